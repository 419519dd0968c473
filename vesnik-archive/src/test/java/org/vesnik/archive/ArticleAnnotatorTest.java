package org.vesnik.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.clean.Cleaner;
import org.vesnik.core.pipeline.Pipeline;
import org.vesnik.core.segment.Tokenizer;

class ArticleAnnotatorTest {

    @Test
    void aMacedonianArticleIsAnnotated() {
        AnnotatedArticle annotated = News.ANNOTATOR.annotate(News.MOSCOW);
        assertThat(annotated.macedonian()).isTrue();
        assertThat(annotated.id()).isEqualTo("https://sitel.example.mk/moskva");
        assertThat(annotated.fingerprint()).isEqualTo(ArticleId.fingerprint(News.MOSCOW));
        assertThat(annotated.facts().mentionedIds()).contains("per:putin", "per:kim-jong-un");
    }

    @Test
    void anArticleInAnotherLanguageIsOnlyIdentified() {
        AnnotatedArticle annotated = News.ANNOTATOR.annotate(News.BULGARIAN);
        assertThat(annotated.macedonian()).isFalse();
        assertThat(annotated.language()).isEqualTo("bg");
        assertThat(annotated.facts().mentions()).isEmpty();
        assertThat(annotated.facts().entities()).isEmpty();
        assertThat(annotated.facts().quotes()).isEmpty();
        assertThat(annotated.facts().claims()).isEmpty();
    }

    @Test
    void relativeDatesCountFromThePublicationDay() {
        AnnotatedArticle annotated = News.ANNOTATOR.annotate(News.article("https://vesti.example.mk/vchera", "МИА",
                "2025-09-04T10:00:00+02:00", "Седница", "Владата вчера одржа седница."));
        assertThat(annotated.facts().dates()).singleElement()
                .satisfies(d -> assertThat(d.value()).contains("2025-09-03"));
    }

    @Test
    void withoutAnnotationTheTextIsTakenAsMacedonianAndNotAnnotated() {
        AnnotatedArticle annotated = ArticleAnnotator.textOnly().annotate(News.BULGARIAN);
        assertThat(annotated.macedonian()).isTrue();
        assertThat(annotated.facts()).isEqualTo(ArticleFacts.none("mk"));
        assertThat(ArticleAnnotator.textOnly().annotates()).isFalse();
    }

    @Test
    void aPipelineWithoutLanguageIdentificationIsRefused() {
        Pipeline noLanguage = Pipeline.builder().stages(List.of(Cleaner.standard(), new Tokenizer())).build();
        assertThatThrownBy(() -> ArticleAnnotator.annotating(noLanguage)).isInstanceOf(IllegalArgumentException.class);
    }
}
