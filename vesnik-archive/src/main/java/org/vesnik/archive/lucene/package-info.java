/**
 * The archive in an embedded Lucene index: {@link org.vesnik.archive.lucene.LuceneArchiveWriter}
 * writes it, {@link org.vesnik.archive.lucene.LuceneArchive} reads it, with no lock, while a
 * writer in another process works.
 */
package org.vesnik.archive.lucene;
