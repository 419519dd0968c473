package org.vesnik.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vesnik.core.claims.ClaimFinder;
import org.vesnik.core.ner.EntityRecognizer;
import org.vesnik.core.quotes.QuotationFinder;
import org.vesnik.core.time.DateTagger;

/**
 * {@code docs/rules.md} lists every rule as the code has it, in the order the stages try them;
 * when a rule changes, the test writes the new list to {@code target/rules.md} to copy over.
 */
class RulesDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");

    @Test
    void theRulesDocumentListsEveryRuleAsTheCodeHasIt() throws IOException {
        String expected = document();
        String actual = Files.isReadable(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", "rules.md"), expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("docs/rules.md is out of date: copy vesnik-core/target/rules.md over it").isEqualTo(expected);
    }

    @Test
    void everyExampleInTheDataNamesARuleOfItsStage() {
        assertThat(RuleBook.load(EntityRecognizer.class).ruleNames()).isSubsetOf(names(new EntityRecognizer().rules()));
        assertThat(RuleBook.load(QuotationFinder.class).ruleNames()).isSubsetOf(names(new QuotationFinder().rules()));
        assertThat(RuleBook.load(ClaimFinder.class).ruleNames()).isSubsetOf(names(new ClaimFinder().rules()));
        assertThat(RuleBook.load(DateTagger.class).ruleNames()).isSubsetOf(names(new DateTagger(null).rules()));
    }

    private static List<String> names(List<Rule<?, ?>> rules) {
        return rules.stream().map(Rule::name).toList();
    }

    static String document() {
        StringBuilder md = new StringBuilder("""
                # The rules of the extraction stages

                Each decision of the entity, quotation, claim and date stages is made by a named rule, tried
                in the order listed: the first that applies decides. `./vesnik annotate --explain` writes the
                rule's name beside what it decided (see [annotation-format.md](annotation-format.md)). Every
                example runs as a test (`EntityRulesTest`, `QuotationRulesTest`, `ClaimRulesTest`,
                `DateRulesTest`): the words in brackets get what the example says, by that rule. The
                examples are data, in each stage's `rule-examples.tsv` (`vesnik-core/src/main/resources/
                org/vesnik/core/ner/`, `quotes/`, `claims/`, `time/`), one a line, so a linguist adds one
                without reading the engine; the rules themselves are code, each a few lines where its stage
                lists them. This page is written from both by `RulesDocumentTest`, which says when it needs
                the new list; only each rule's first example is shown.
                """);
        section(md, "Entities (`ner`)", "the type of each name (`entities[].rule`)", new EntityRecognizer().rules());
        section(md, "Quotations (`quotes`)", "who said quoted words (`quotations[].rule`), who reports them"
                + " (`quotations[].source.rule`) and who speaks in indirect statements (`statements[].rule`); in brackets"
                + " the quoted words, then the speaker or the source. The last two groups find the subject of a verb"
                + " (from `verbal-adverb` on) and the one named after a speech verb (from `pronoun-after-verb` on) for"
                + " the rules before them, and `--explain` names both: `subject-of-speech-verb/name-in-clause`,"
                + " `named-after-verb-after/head-noun-phrase`", new QuotationFinder().rules());
        section(md, "Claims (`claims`)", "each hedge and epistemic marker (`rule` on each) and who states the claim"
                + " (`claims[].source.rule`); for a source, the claim in brackets, then who states it", new ClaimFinder().rules());
        section(md, "Dates (`time`)", "what each date or time resolves to (`dates[].rule`), against 4 September 2025"
                + " in the examples", new DateTagger(null).rules());
        return md.toString();
    }

    private static void section(StringBuilder md, String title, String decides, List<Rule<?, ?>> rules) {
        md.append("\n## ").append(title).append("\n\nThe rules decide ").append(decides).append(".\n\n")
                .append("| rule | matches | decides | example |\n|---|---|---|---|\n");
        for (Rule<?, ?> rule : rules) {
            Example example = rule.examples().get(0);
            String marked = example.text().replaceFirst(java.util.regex.Pattern.quote(example.words()),
                    java.util.regex.Matcher.quoteReplacement("[" + example.words() + "]"));
            md.append("| `").append(rule.name()).append("` | ").append(cell(rule.matches())).append(" | ")
                    .append(cell(rule.decides())).append(" | ").append(cell(marked)).append(" → ")
                    .append(cell(example.decision())).append(" |\n");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
