/**
 * The archive: articles with their annotations, one document per quotation, the entity registry
 * across articles, facets and search, over an embedded Lucene index.
 */
package org.vesnik.archive;
