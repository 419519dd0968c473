package org.vesnik.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a page's schema.org JSON-LD: the first object of an Article type (NewsArticle,
 * BlogPosting, ReportageNewsArticle …), at the top, in an array, inside {@code @graph} or as a
 * {@code mainEntity}; failing that, the first object that has a headline or a publication date
 * (a WebPage). Malformed JSON-LD, common on the web, is read leniently or skipped.
 */
final class JsonLd {

    /** What a page's JSON-LD says about its article; absent values are empty. */
    record Facts(boolean isArticle, Optional<String> headline, List<Name> authors, Optional<String> published,
                 Optional<String> modified, Optional<String> publisher, Optional<String> url,
                 Optional<String> description, Optional<String> language, Optional<String> body) {

        static final Facts NONE = new Facts(false, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** An author's name, and whether JSON-LD typed the author an organisation rather than a person. */
    record Name(String name, boolean organisation) {
    }

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "asksnewsarticle", "askpublicnewsarticle",
            "satiricalarticle", "blogposting", "liveblogposting", "socialmediaposting", "techarticle",
            "scholarlyarticle", "medicalscholarlyarticle", "report", "discussionforumposting");

    /** JSON-LD on the web has comments, trailing commas, raw line breaks and single quotes. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                    .build())
            .build();

    private JsonLd() {
    }

    static Facts read(Document page) {
        JsonNode fallback = null;
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            for (JsonNode node : objects(parse(script.data()))) {
                if (isArticle(node)) {
                    return facts(node, true);
                }
                if (fallback == null && (node.hasNonNull("headline") || node.hasNonNull("datePublished"))) {
                    fallback = node;
                }
            }
        }
        return fallback == null ? Facts.NONE : facts(fallback, false);
    }

    private static JsonNode parse(String json) {
        String s = json.strip();
        // CMS templates wrap JSON-LD in HTML comments or CDATA
        s = s.replaceFirst("^(?:<!--|/\\*<!\\[CDATA\\[\\*/|<!\\[CDATA\\[)", "").replaceFirst("(?:-->|/\\*\\]\\]>\\*/|\\]\\]>)$", "");
        try (JsonParser parser = JSON.createParser(s)) {
            JsonNode node = JSON.readTree(parser);
            return node == null ? JSON.missingNode() : node;
        } catch (JsonProcessingException malformed) {
            return JSON.missingNode();
        } catch (java.io.IOException cannotHappenOnAString) {
            return JSON.missingNode();
        }
    }

    /** Every object of the tree in breadth-first order, without recursion. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> objects = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                objects.add(node);
            }
            if (node.isContainerNode()) {
                node.forEach(queue::add);
            }
        }
        return objects;
    }

    private static boolean isArticle(JsonNode node) {
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(simpleType(type.asText()));
        } else if (type.isArray()) {
            type.forEach(t -> types.add(simpleType(t.asText())));
        }
        return types;
    }

    /** {@code http://schema.org/NewsArticle} and {@code schema:NewsArticle} are NewsArticle. */
    private static String simpleType(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static Facts facts(JsonNode n, boolean article) {
        return new Facts(article, text(n.path("headline")).or(() -> text(n.path("name"))), names(n.path("author")),
                text(n.path("datePublished")).or(() -> text(n.path("dateCreated"))), text(n.path("dateModified")),
                name(n.path("publisher")).or(() -> name(n.path("sourceOrganization"))),
                text(n.path("url")).or(() -> id(n.path("mainEntityOfPage"))),
                text(n.path("description")), name(n.path("inLanguage")), text(n.path("articleBody")));
    }

    private static Optional<String> text(JsonNode node) {
        if (node.isArray() && !node.isEmpty()) {
            return text(node.get(0));
        }
        if (node.isTextual() || node.isNumber()) {
            // JSON-LD values are often HTML-escaped a second time (&amp;, &#8216;)
            String s = Parser.unescapeEntities(node.asText(), false).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        return Optional.empty();
    }

    private static Optional<String> name(JsonNode node) {
        if (node.isArray() && !node.isEmpty()) {
            return name(node.get(0));
        }
        return node.isObject() ? text(node.path("name")).or(() -> text(node.path("alternateName"))) : text(node);
    }

    private static Optional<String> id(JsonNode node) {
        return node.isObject() ? text(node.path("@id")).or(() -> text(node.path("url"))) : text(node);
    }

    private static List<Name> names(JsonNode node) {
        List<Name> names = new ArrayList<>();
        List<JsonNode> authors = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(authors::add);
        } else {
            authors.add(node);
        }
        for (JsonNode author : authors) {
            boolean organisation = types(author).stream().anyMatch(t -> t.equals("organization") || t.equals("newsmediaorganization"));
            name(author).filter(n -> !n.startsWith("http")).ifPresent(n -> names.add(new Name(n, organisation)));
        }
        return List.copyOf(names);
    }
}
