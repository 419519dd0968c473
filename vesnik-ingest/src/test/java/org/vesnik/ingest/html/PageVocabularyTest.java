package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageVocabularyTest {

    private final PageVocabulary vocabulary = PageVocabulary.standard();

    private static Element element(String classes, String id) {
        return Jsoup.parseBodyFragment("<div class=\"" + classes + "\" id=\"" + id + "\"></div>").body().child(0);
    }

    @ParameterizedTest
    @CsvSource({
        "share-bar, , true",
        "relatedPosts, , true",
        "jp-relatedposts, , true",
        "post, comments, true",
        "c-cookie_notice, , true",
        "sidebar-widget, , true",
        "article-body, , false",
        "commentary-text, , false",
        "address, , false",
        "shadow, , false",
        "content__header content__header--no-promo, , false",
        "layout has-sidebar, , false",
        "sidebar, , true",
    })
    void boilerplateIsFoundInClassAndIdWords(String classes, String id, boolean boilerplate) {
        assertThat(vocabulary.namesBoilerplate(element(classes, id == null ? "" : id))).isEqualTo(boilerplate);
    }

    @Test
    void contentContainersAreFoundWhateverTheSeparators() {
        assertThat(vocabulary.namesContent(element("c-article-body__text", ""))).isTrue();
        assertThat(vocabulary.namesContent(element("", "articleBody"))).isTrue();
        assertThat(vocabulary.namesContent(element("entry_content", ""))).isTrue();
        assertThat(vocabulary.namesContent(element("content", ""))).isFalse();
    }

    @Test
    void interfaceLinesMatchWholeLinesOnly() {
        assertThat(vocabulary.isInterfaceLine("  СПОДЕЛИ: ")).isTrue();
        assertThat(vocabulary.isInterfaceLine("Read more…")).isTrue();
        assertThat(vocabulary.opensAfterArticle("Коментари (12)")).isTrue();
        assertThat(vocabulary.isInterfaceLine("Сподели ја веста со пријателите што живеат во странство")).isFalse();
    }

    @Test
    void bylinePrefixesNeedAWordBoundary() {
        assertThat(vocabulary.withoutBylinePrefix("By Jane Doe")).isEqualTo("Jane Doe");
        assertThat(vocabulary.withoutBylinePrefix("Пишува: Марко Марковски")).isEqualTo("Марко Марковски");
        assertThat(vocabulary.withoutBylinePrefix("Бојан Одовски")).isEqualTo("Бојан Одовски");
        assertThat(vocabulary.withoutBylinePrefix("Byron Hale")).isEqualTo("Byron Hale");
    }
}
