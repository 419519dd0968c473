package org.vesnik.archive.lucene;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.vesnik.archive.BadQueryException;
import org.vesnik.core.ner.EntityType;

/**
 * Lucene's classic query syntax over the archive: phrases, {@code AND}/{@code OR}/{@code NOT},
 * {@code +}/{@code -}, wildcards, and fields. Free words must all match (AND), each in one of
 * the default fields. In an entity field ({@code entity:}, {@code speaker:}, {@code per:} …)
 * the value is an entity id, an id's key without its type, or a name the registry resolves to
 * ids ({@code entity:Путин} and {@code entity:putin} are {@code entity:per:putin}). A query that does not parse is a {@link BadQueryException} with one line.
 */
final class ArchiveQueryParser {

    /** Fields whose values are entity ids. */
    private static final Set<String> ID_FIELDS = Set.of(ArchiveSchema.ENTITY, ArchiveSchema.SPEAKER,
            ArchiveSchema.typeField(EntityType.PER), ArchiveSchema.typeField(EntityType.ORG),
            ArchiveSchema.typeField(EntityType.LOC), ArchiveSchema.typeField(EntityType.MISC));

    /** Finds the ids an entity field's value stands for. */
    interface EntityResolver {
        /** The ids of the entities {@code idOrName} names: itself if it is an id, else the registry's matches; never empty. */
        List<String> ids(String idOrName);
    }

    private final String[] fields;
    private final Map<String, Float> boosts;
    private final EntityResolver resolver;

    ArchiveQueryParser(List<String> fields, Map<String, Float> boosts, EntityResolver resolver) {
        this.fields = fields.toArray(String[]::new);
        this.boosts = Map.copyOf(boosts);
        this.resolver = resolver;
    }

    Query parse(String query) {
        if (query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, ArchiveSchema.ANALYZER, boosts) {
            @Override
            protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
                if (field != null && ID_FIELDS.contains(field)) {
                    return idQuery(field, resolver.ids(text));
                }
                return super.getFieldQuery(field, text, quoted);
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | IndexSearcher.TooManyClauses | TooComplexToDeterminizeException | IllegalArgumentException e) {
            throw bad(query, e);
        }
    }

    /** Matches a document with any of {@code ids} in {@code field}. */
    static Query idQuery(String field, List<String> ids) {
        if (ids.size() == 1) {
            return new TermQuery(new Term(field, ids.get(0)));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String id : ids) {
            any.add(new TermQuery(new Term(field, id)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The reason a query failed, in one line a user can act on. */
    static BadQueryException bad(String query, Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        // the classic parser's message repeats the query: "Cannot parse 'x:': Encountered ..."
        String repeated = "Cannot parse '" + query + "': ";
        if (message.startsWith(repeated)) {
            message = message.substring(repeated.length());
        }
        String reason = message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .orElse(e.getClass().getSimpleName());
        if (e instanceof IndexSearcher.TooManyClauses) {
            reason = "it expands to more than " + IndexSearcher.getMaxClauseCount() + " terms";
        } else if (e instanceof TooComplexToDeterminizeException) {
            reason = "its wildcards or regular expression are too complex to match";
        }
        return new BadQueryException("bad query '" + oneLine(query) + "': " + oneLine(reason));
    }

    /** The text with its line breaks and other control characters escaped, so a message stays one line. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
