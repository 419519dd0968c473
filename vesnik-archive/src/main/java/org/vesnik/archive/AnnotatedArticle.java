package org.vesnik.archive;

import java.util.Objects;
import org.vesnik.core.article.Article;

/** An article ready for the archive: its id, the fingerprint of this version, and its facts. */
public record AnnotatedArticle(Article article, String id, String fingerprint, ArticleFacts facts) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(facts, "facts");
    }

    /** The language the article was found to be in (ISO 639-1). */
    public String language() {
        return facts.language();
    }

    /** Only Macedonian articles go into the archive; the others are counted by language. */
    public boolean macedonian() {
        return "mk".equals(facts.language());
    }
}
