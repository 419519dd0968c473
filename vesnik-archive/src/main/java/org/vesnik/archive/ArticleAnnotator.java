package org.vesnik.archive;

import java.util.List;
import org.vesnik.core.article.Article;
import org.vesnik.core.langid.DocumentLanguage;
import org.vesnik.core.langid.LanguageIdentification;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.text.Document;
import org.vesnik.core.text.Layer;
import org.vesnik.core.text.Stage;
import org.vesnik.core.time.DateTagger;

/**
 * Turns an article into what the archive stores. With annotation, the language is decided first
 * (cleanup and language identification only), and only a Macedonian article goes through the
 * rest of the pipeline; without it (bulk loads of text known to be Macedonian, the ingest
 * benchmark), the text is taken as Macedonian and not annotated. Thread-safe.
 */
public final class ArticleAnnotator {

    private final Pipeline identify;
    private final Pipeline annotate;

    private ArticleAnnotator(Pipeline identify, Pipeline annotate) {
        this.identify = identify;
        this.annotate = annotate;
    }

    /** Annotates with the stages of {@code pipeline}, split after its language identification. */
    public static ArticleAnnotator annotating(Pipeline pipeline) {
        List<Stage> stages = pipeline.stages();
        int language = 0;
        while (language < stages.size() && !(stages.get(language) instanceof LanguageIdentification)) {
            language++;
        }
        if (language == stages.size()) {
            throw new IllegalArgumentException("the pipeline has no language identification stage");
        }
        List<Stage> identifying = stages.subList(0, language + 1);
        List<Layer<?>> identified = identifying.stream().flatMap(stage -> stage.adds().stream()).toList();
        return new ArticleAnnotator(Pipeline.builder().stages(identifying).build(),
                Pipeline.builder().given(identified).stages(stages.subList(language + 1, stages.size())).build());
    }

    /** Indexes text and metadata only: no language identification, no annotation. */
    public static ArticleAnnotator textOnly() {
        return new ArticleAnnotator(null, null);
    }

    public boolean annotates() {
        return annotate != null;
    }

    public AnnotatedArticle annotate(Article article) {
        ArticleId.Identity identity = ArticleId.identify(article);
        String id = identity.id();
        String fingerprint = identity.fingerprint();
        if (annotate == null) {
            return new AnnotatedArticle(article, id, fingerprint, ArticleFacts.none("mk"));
        }
        Document document = new Document(article.text(), article.source());
        // relative dates (вчера, во среда) count from the day the article was published
        article.published().ifPresent(p -> document.add(DateTagger.ARTICLE_DATE, p.toLocalDate()));
        identify.annotate(document);
        if (document.get(DocumentLanguage.LAYER).isMacedonian()) {
            annotate.annotate(document);
        }
        return new AnnotatedArticle(article, id, fingerprint, ArticleFacts.of(document));
    }
}
