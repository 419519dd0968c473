package org.vesnik.core.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vesnik.core.resources.ResourceFile;

/** The roles of the small words later stages read sentences by ({@code function-words.tsv}). Immutable. */
public final class FunctionWords {

    private static final Set<String> ROLES = Set.of("future", "verb-cue", "clitic", "complementizer",
            "according-to", "clause-start", "from", "of", "auxiliary", "as", "phrase-link", "object-clitic", "coordinator", "and",
            "range-start", "range-end", "reflexive", "makes-conjunction");

    private final Map<String, Set<String>> rolesByWord;

    private FunctionWords(Map<String, Set<String>> rolesByWord) {
        this.rolesByWord = Map.copyOf(rolesByWord);
    }

    private static final class Holder {
        static final FunctionWords INSTANCE = load();
    }

    public static FunctionWords macedonian() {
        return Holder.INSTANCE;
    }

    private static FunctionWords load() {
        ResourceFile file = ResourceFile.load(FunctionWords.class, "function-words.tsv");
        Map<String, Set<String>> roles = new HashMap<>();
        for (ResourceFile.Row row : file.rows()) {
            if (row.columns().size() != 2 || !ROLES.contains(row.column(1))) {
                throw file.error(row, "expected a word and one of the roles " + ROLES);
            }
            if (!roles.computeIfAbsent(row.first(), w -> new HashSet<>()).add(row.column(1))) {
                throw file.error(row, "duplicate role");
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        roles.forEach((word, set) -> frozen.put(word, Set.copyOf(set)));
        return new FunctionWords(frozen);
    }

    private boolean has(String word, String role) {
        Set<String> roles = word == null ? null : rolesByWord.get(word);
        return roles != null && roles.contains(role);
    }

    /** ќе: the sentence speaks of the future. */
    public boolean isFuture(String word) {
        return has(word, "future");
    }

    /** да, ќе, би, не, нека: a verb follows. */
    public boolean isVerbCue(String word) {
        return has(word, "verb-cue");
    }

    /** The base form of a clitic pronoun (тој for го, себе for се). */
    public boolean isClitic(String lemma) {
        return has(lemma, "clitic");
    }

    /** дека, оти: what someone said follows. */
    public boolean isComplementizer(String word) {
        return has(word, "complementizer");
    }

    /** според: a source follows. */
    public boolean isAccordingTo(String word) {
        return has(word, "according-to");
    }

    /** од: who speaks, after a speech verb; the group, after a number. */
    public boolean isFrom(String word) {
        return has(word, "from");
    }

    /** на: the owner of the noun before follows. */
    public boolean isOf(String word) {
        return has(word, "of");
    }

    /** сум, има: with a participle, a past tense (беше рекол, имаше речено). */
    public boolean isAuxiliary(String lemma) {
        return has(lemma, "auxiliary");
    }

    /** на, од, за: joins a noun to the owner, origin or office after it inside one phrase. */
    public boolean isPhraseLink(String word) {
        return has(word, "phrase-link");
    }

    /** ги, го, ја: a short pronoun that doubles a direct object (односите ги нарече). */
    public boolean isObjectClitic(String word) {
        return has(word, "object-clitic");
    }

    /** и, а, но: joins two clauses that may share a subject. */
    public boolean isCoordinator(String word) {
        return has(word, "coordinator");
    }

    /** и: joins two words or verbs of one kind. */
    public boolean isAnd(String word) {
        return has(word, "and");
    }

    /** како: познат како „…“, a name or a comparison follows. */
    public boolean isAs(String word) {
        return has(word, "as");
    }

    /** од: opens a range of numbers (од 5 до 7). */
    public boolean isRangeStart(String word) {
        return has(word, "range-start");
    }

    /** до: closes a range of numbers. */
    public boolean isRangeEnd(String word) {
        return has(word, "range-end");
    }

    /** себе: the reflexive pronoun's full form, which is no subject. */
    public boolean isReflexive(String word) {
        return has(word, "reflexive");
    }

    /** да: after a word that can be a conjunction, makes it one (за да). */
    public boolean makesConjunction(String word) {
        return has(word, "makes-conjunction");
    }

    /** а, но, што, кој: a new clause starts. */
    public boolean isClauseStart(String word) {
        return has(word, "clause-start");
    }
}
