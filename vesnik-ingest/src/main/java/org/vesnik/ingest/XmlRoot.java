package org.vesnik.ingest;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Names what an XML document is from its first element: a feed ({@code rss}, {@code feed},
 * RSS 1.0's {@code RDF}) or a sitemap ({@code urlset}, {@code sitemapindex}). Reads no DTD and
 * resolves no entity: it stops at the first element.
 */
final class XmlRoot {

    enum Kind { FEED, SITEMAP, OTHER }

    /** The document's kind and its first element's name. */
    record Root(Kind kind, String name) {
    }

    private static final XMLInputFactory FACTORY = secureFactory();

    private XmlRoot() {
    }

    /** @throws XMLStreamException when the bytes are not XML up to a first element */
    static Root of(byte[] bytes) throws XMLStreamException {
        try {
            return firstElement(bytes);
        } catch (RuntimeException e) {
            // an encoding declaration the JDK does not know, and the like
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    private static Root firstElement(byte[] bytes) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    return new Root(kindOf(name.toLowerCase(Locale.ROOT)), name);
                }
            }
            throw new XMLStreamException("no element");
        } finally {
            reader.close();
        }
    }

    private static Kind kindOf(String name) {
        switch (name) {
            case "rss", "feed", "rdf":
                return Kind.FEED;
            case "urlset", "sitemapindex":
                return Kind.SITEMAP;
            default:
                return Kind.OTHER;
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
