package org.factdesk.detector.attribution.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factdesk.api.document.Span;
import org.factdesk.support.text.LowerCaseWords;

/**
 * Tells, from the raw text and without cutting it into tokens, whether a sentence holds a word or a character that
 * some cue rule or the document memory needs. Most sentences hold none; they cannot credit a source, and the
 * detector skips them before tokenizing.
 *
 * <p>Why a skipped sentence loses nothing: each rule of {@link CueFinder}, and
 * {@link DocumentMemory#rememberOrganizations}, acts (adds a cue, or remembers a person or an organization) only
 * when the sentence has a word below, with the case shown, or the character shown:
 * <ul>
 * <li>{@link AccordingToRule}: "according", "per", "based", or "reported" (of "as reported"), in any case;
 * <li>{@link ReportingVerbRule}: a reporting verb that is not capitalized;
 * <li>{@link SpeakerAfterQuoteRule}, {@link AppositiveSpeakerRule}: a verb of speech that is not capitalized;
 * <li>{@link ParentheticalRule}: a bracket it looks into (paired as it pairs them, with as many characters inside)
 * that holds a capital letter (its first word, unless the bracket is labelled), or else a label word
 * ({@link ParentheticalRule#SOURCE_LABELS}, in any case here);
 * <li>{@link DocumentMentionRule}: a document noun (its head), in any case;
 * <li>{@link SourceLineRule}: "source", "sources" or "data", in any case;
 * <li>{@link PassiveRule}: one of its pattern's verbs, in any case: the pattern puts a space before and after the
 * verb, so the verb is a word of its own;
 * <li>{@link DocumentMemory#rememberOrganizations}: a capitalized organization noun, possibly possessive, since a
 * name run ends in a capitalized word.
 * </ul>
 * The words are found as the {@link Tokenizer} cuts them ({@link Tokenizer#wordEnd}) and looked up lower-cased as
 * {@link Token#lower()} is, so a word here is a token's lower case. The one difference is the period an
 * abbreviation keeps ("co."): it is left out here, which can only find a word the token does not have (no word
 * below ends in a period), never miss one.
 */
final class CueWords {
    /** Needed in any case. */
    private static final LowerCaseWords ANY_CASE = LowerCaseWords.of(union(
            Set.of("according", "per", "based", "reported"),
            Set.of("source", "sources", "data"),
            ParentheticalRule.SOURCE_LABELS,
            Lexicon.DOCUMENT_NOUNS,
            PassiveRule.VERBS));
    /** Needed with a first letter that is not upper case ({@link Token#capitalized()} false). */
    private static final LowerCaseWords NOT_CAPITALIZED = LowerCaseWords.of(union(
            Lexicon.REPORTING_VERBS, Lexicon.SPEECH_VERBS));
    /** Needed with a first letter in upper case. */
    private static final LowerCaseWords CAPITALIZED = LowerCaseWords.of(possessives(Lexicon.ORGANIZATION_NOUNS));

    private CueWords() {
    }

    /** False only when no cue rule can fire on the sentence and the document memory would learn nothing from it. */
    static boolean mayHold(String text, Span sentence) {
        int to = sentence.end();
        int i = sentence.start();
        int open = -1;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0) {
                if (ParentheticalRule.looksInto(open, i) && hasUpperCase(text, open + 1, i)) {
                    return true;
                }
                open = -1;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int end = Tokenizer.wordEnd(text, i, to);
            if (isCue(text, i, end)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static boolean isCue(String text, int start, int end) {
        if (ANY_CASE.contains(text, start, end)) {
            return true;
        }
        return Character.isUpperCase(text.charAt(start))
                ? CAPITALIZED.contains(text, start, end)
                : NOT_CAPITALIZED.contains(text, start, end);
    }

    private static boolean hasUpperCase(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The nouns and their possessives, as {@link Words#bare} reads them back: "county", "county’s", "county's". */
    private static Set<String> possessives(Set<String> nouns) {
        Set<String> out = new HashSet<>();
        for (String noun : nouns) {
            out.add(noun);
            out.add(noun + "’s");
            out.add(noun + "'s");
        }
        return out;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> set : List.of(sets)) {
            out.addAll(set);
        }
        return out;
    }
}
