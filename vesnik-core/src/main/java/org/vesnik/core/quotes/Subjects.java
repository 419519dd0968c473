package org.vesnik.core.quotes;

import java.util.Optional;
import java.util.function.Function;
import org.vesnik.core.lang.FunctionWords;
import org.vesnik.core.morph.Upos;
import org.vesnik.core.rules.Decided;
import org.vesnik.core.rules.Rule;
import org.vesnik.core.rules.RuleBook;
import org.vesnik.core.rules.RuleList;
import org.vesnik.core.text.TextSpan;

/**
 * The subject of a verb before it: the person or organisation named in its clause, or the noun
 * phrase that opens the clause (аналитичарите, Жена од Тетово), past asides, relative clauses and
 * names a preposition governs. The rules below, tried in order, the first that applies deciding;
 * some decide that there is none.
 */
final class Subjects {

    private static final FunctionWords FUNCTION_WORDS = FunctionWords.macedonian();

    /** A verb of a sentence that starts at {@code first}, and where the verb's own clause starts. */
    record Clause(QuoteView view, int first, int verb, int start) {
    }

    /** What a rule found: the subject's words, or null where it decides there is none. */
    record Found(TextSpan words) {
    }

    private final RuleBook book = RuleBook.load(Subjects.class);
    private final RuleList<Clause, Found> rules;

    Subjects() {
        this.rules = RuleList.<Clause, Found>of(
                rule("verbal-adverb", "a verbal adverb", "its main verb's subject", c -> c.view().tag(c.verb()) != Upos.ADV
                        ? Optional.empty() : main(c)),
                rule("coordinated-verb", "a verb right after a coordinator", "the subject of the verb before it",
                        c -> c.start() == c.verb() && c.start() - 1 > c.first() && FUNCTION_WORDS.isCoordinator(c.view().form(c.start() - 1))
                                ? found(subjectOf(c.view(), c.first(), c.start() - 1)) : Optional.empty()),
                rule("subject-before-aside", "a verb right after an aside set off by commas", "the subject before the aside",
                        c -> c.start() == c.verb() ? found(SubjectBeforeVerb.subjectBeforeAside(c.view(), c.first(), c.start())) : Optional.empty()),
                rule("name-in-clause", "a person or organisation no preposition governs, in the verb's clause", "the nearest such name",
                        c -> found(SubjectBeforeVerb.nearestSubjectName(c.view(), c.start(), c.verb()))),
                rule("fronted-object", "a noun phrase opening a joined clause, with an object's clitic before the verb",
                        "no subject in the clause: the name no preposition governs before it, or none", Subjects::frontedObject),
                rule("phrase-opening-clause", "a noun phrase that opens the verb's clause", "that phrase", c -> {
                    int end = SubjectBeforeVerb.phraseEnd(c.view(), c.start(), c.verb());
                    return end > c.start() && SubjectBeforeVerb.isNominal(c.view().tag(c.start()))
                            ? found(c.view().span(c.start(), end)) : Optional.empty();
                }),
                rule("name-governed-in-clause", "any person or organisation named in the verb's clause", "the nearest",
                        c -> found(SubjectBeforeVerb.nearestName(c.view(), c.start(), c.verb()))),
                rule("shared-subject", "a clause joined by a coordinator to the one before", "the name before it, or none",
                        Subjects::sharedSubject),
                rule("first-free-phrase", "a noun phrase in the clause that no preposition governs and no marks enclose",
                        "the first, with its determiner or quantifier", c -> found(SubjectBeforeVerb.firstFreePhrase(c.view(), c.start(), c.verb()))),
                rule("subject-before-aside-of-clause", "an aside set off by commas before the verb's clause",
                        "the subject before the aside", c -> found(SubjectBeforeVerb.subjectBeforeAside(c.view(), c.first(), c.start()))),
                rule("name-no-preposition-governs", "a person or organisation before the verb that no preposition governs",
                        "the nearest", c -> found(SubjectBeforeVerb.nearestSubjectName(c.view(), c.first(), c.verb()))),
                rule("nearest-name", "any person or organisation named before the verb", "the nearest, or none",
                        c -> Optional.of(new Found(SubjectBeforeVerb.nearestName(c.view(), c.first(), c.verb())))));
    }

    private Rule<Clause, Found> rule(String name, String matches, String decides, Function<Clause, Optional<Found>> decision) {
        return book.rule(name, matches, decides, decision);
    }

    RuleList<Clause, Found> rules() {
        return rules;
    }

    /**
     * The subject of the verb at {@code verb} in the sentence that starts at {@code first}, and the
     * rule that found it; the words are null where there is none.
     */
    Decided<Found> subjectOf(QuoteView view, int first, int verb) {
        int start = verb;
        while (start > first && !SubjectBeforeVerb.isClauseBoundary(view, start - 1)) {
            start--;
        }
        return rules.decide(new Clause(view, first, verb, start)).orElseThrow();
    }

    /** The subject's words, or null. */
    TextSpan subjectBefore(QuoteView view, int first, int verb) {
        return subjectOf(view, first, verb).value().words();
    }

    private static Optional<Found> found(TextSpan words) {
        return words == null ? Optional.empty() : Optional.of(new Found(words));
    }

    private static Optional<Found> found(Decided<Found> decided) {
        return Optional.of(decided.value());
    }

    /** … го напуштија Собранието извикувајќи „…“: a verbal adverb's subject is its main verb's. */
    private Optional<Found> main(Clause c) {
        int main = SubjectBeforeVerb.lastVerb(c.view(), c.first(), c.verb());
        return main < 0 ? Optional.empty() : found(subjectOf(c.view(), c.first(), main));
    }

    /** а односите со Москва ги нарече „…“: a fronted object; the subject is the one named before. */
    private static Optional<Found> frontedObject(Clause c) {
        int end = SubjectBeforeVerb.phraseEnd(c.view(), c.start(), c.verb());
        boolean fronted = end > c.start() && c.start() > c.first() && c.view().mentionAt(c.start()) == null
                && SubjectBeforeVerb.doublesObject(c.view(), end, c.verb());
        return fronted ? Optional.of(new Found(SubjectBeforeVerb.nearestSubjectName(c.view(), c.first(), c.start()))) : Optional.empty();
    }

    /** A verb joined by и, а or но shares the subject before it: a name no preposition governs first. */
    private static Optional<Found> sharedSubject(Clause c) {
        if (c.start() >= c.verb() || c.start() <= c.first() || !FUNCTION_WORDS.isCoordinator(c.view().form(c.start() - 1))) {
            return Optional.empty();
        }
        TextSpan shared = SubjectBeforeVerb.nearestSubjectName(c.view(), c.first(), c.verb());
        return Optional.of(new Found(shared != null ? shared : SubjectBeforeVerb.nearestName(c.view(), c.first(), c.verb())));
    }
}
