package org.vesnik.lucene.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The analyzer's terms, offsets and types, and Lucene's random-input checks of the whole chain. */
public class MacedonianAnalyzerTest extends BaseTokenStreamTestCase {

    public void testInflectedFormsShareAStem() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            assertAnalyzesTo(analyzer, "војник војници војниците", new String[] {"војниц", "војниц", "војниц"});
            assertAnalyzesTo(analyzer, "ветер ветрот", new String[] {"ветр", "ветр"});
            assertAnalyzesTo(analyzer, "коса косата", new String[] {"кос", "кос"});
            assertAnalyzesTo(analyzer, "лице лицето лица", new String[] {"лиц", "лиц", "лиц"});
            assertAnalyzesTo(analyzer, "голем големиот големата големите", new String[] {"голем", "голем", "голем", "голем"});
            assertAnalyzesTo(analyzer, "градот градови", new String[] {"град", "град"});
        }
    }

    public void testStopWordsAreRemovedWithTheirPositions() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            assertAnalyzesTo(analyzer, "Ким и Путин се сретнаа во Пекинг",
                    new String[] {"ким", "путин", "сретна", "пекинз"},
                    new int[] {1, 2, 2, 2});
        }
    }

    public void testLatinSpellingsMeetCyrillic() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            assertAnalyzesTo(analyzer, "Putin Путин KCNA КЦНА", new String[] {"путин", "путин", "кцн", "кцн"});
            assertAnalyzesTo(analyzer, "Džong Dzhong Џонг", new String[] {"џонз", "џонз", "џонз"});
            assertAnalyzesTo(analyzer, "Skopje Скопје Ǵorče Gjorche Ѓорче", new String[] {"скопј", "скопј", "ѓорч", "ѓорч", "ѓорч"});
        }
    }

    /** Offsets point into the text as given, across the cleanup of a glued full stop. */
    public void testOffsetsSurviveCleanup() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            assertAnalyzesTo(analyzer, "објави КЦНА.Ким изјави",
                    new String[] {"објав", "кцн", "ким", "изјав"},
                    new int[] {0, 7, 12, 16},
                    new int[] {6, 11, 15, 22});
        }
    }

    public void testNumbersUrlsAndAbbreviationsStayWhole() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            assertAnalyzesTo(analyzer, "2.000 денари на time.mk, д-р Петров",
                    new String[] {"2.000", "денр", "time.mk", "д-р", "петров"},
                    new String[] {"number", "word", "url", "word", "word"});
        }
    }

    public void testStemExclusionsAreKept() throws IOException {
        CharArraySet exclusions = new CharArraySet(java.util.List.of("војниците"), false);
        try (Analyzer analyzer = new MacedonianAnalyzer(MacedonianAnalyzer.getDefaultStopSet(), exclusions)) {
            assertAnalyzesTo(analyzer, "војниците војници", new String[] {"војниците", "војниц"});
        }
    }

    public void testFactoriesAreFoundByTheirSpiNames() throws IOException {
        try (Analyzer analyzer = CustomAnalyzer.builder()
                .withTokenizer("macedonian")
                .addTokenFilter("lowercase")
                .addTokenFilter("macedonianTranslit")
                .addTokenFilter("macedonianStem")
                .build()) {
            assertAnalyzesTo(analyzer, "Putin и војниците", new String[] {"путин", "и", "војниц"});
        }
    }

    public void testEmptyAndPunctuationOnlyInput() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            assertAnalyzesTo(analyzer, "", new String[0]);
            assertAnalyzesTo(analyzer, " „ “ ... ! ", new String[0]);
        }
    }

    public void testRandomStrings() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomLongStrings() throws IOException {
        try (Analyzer analyzer = new MacedonianAnalyzer()) {
            checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 2048);
        }
    }
}
