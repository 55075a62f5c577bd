package org.factdesk.detector.artifact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.support.text.LowerCaseWords;

/**
 * Finds the phrases a chat model writes and an editor never publishes: refusals, "As an AI language model",
 * self-descriptions of an assigned role or expertise, knowledge-cutoff talk and chat leftovers.
 *
 * <p>Every phrase is anchored on the first person ("I", "my", "me") or on chat-interface text, so third-person
 * prose ("Victims cannot leave due to threats", "As an advocate for survivors, the agency ...") never matches.
 *
 * <p>Speed: each phrase starts with a literal word. The text is scanned once for word starts, and a phrase's
 * pattern is tried (anchored, on a window of {@value #WINDOW} characters) only where its first word occurs, so
 * the cost is linear in the text length and independent of how many phrases there are; a 50 MB page does not
 * run a dozen case-insensitive searches over every character.
 */
final class ArtifactCues {
    /** Longer than any phrase can match: the longest, "As an expert in ..., I", is bounded at about 130. */
    static final int WINDOW = 256;
    private static final int MAX_ANCHOR_LENGTH = 16;

    /** Straight and typographic apostrophes: pages mix them. */
    private static final String A = "['’]";
    private static final String I_AM = "I(?: am|" + A + "m)";
    private static final String CANNOT = "(?:cannot|can not|can" + A + "?t|am unable to|" + A + "m unable to|am not able to|"
            + A + "m not able to|won" + A + "t be able to|will not be able to|must decline to)";
    private static final String TASK = "(?:provide|assist|help (?:you )?with|fulfill?|comply|answer|generate|create|write|"
            + "offer|give|share|browse|access|discuss|engage|complete|support|verify|predict|speculate)";
    private static final String AI = "(?:AI|A\\.I\\.|artificial intelligence)";

    /**
     * One phrase: a pattern that starts with the literal word {@code anchor}.
     *
     * @param index     the phrase's place in the list of all phrases, where {@link #find} keeps its matcher
     * @param speakable see {@link CueMatch#speakable()}
     */
    private record Phrase(int index, ArtifactKind kind, boolean speakable, String anchor, Pattern pattern) {
    }

    private static final List<Phrase> PHRASES = phrases();
    private static final Map<String, List<Phrase>> BY_ANCHOR = byAnchor(PHRASES);
    /** The anchors, so that a word of the text is looked up without being cut out and lower-cased. */
    private static final LowerCaseWords ANCHORS = LowerCaseWords.of(BY_ANCHOR.keySet());

    private static List<Phrase> phrases() {
        List<Phrase> all = new ArrayList<>();
        add(all, ArtifactKind.AI_SELF_REFERENCE, false,
                "as an? " + AI + " language model\\b",
                "as an? " + AI + "(?: model| assistant| chatbot| system| program)?,? (?:I|my)\\b",
                "as an? (?:large )?language model,? (?:I|my)\\b",
                I_AM + " (?:just |only |merely )?(?:an? )?(?:" + AI
                        + "(?: language model| assistant| model| chatbot)?|(?:large )?language model|chatbot|virtual assistant)\\b",
                "I (?:was|am|" + A + "ve been|have been) (?:trained|developed|created|made) by (?:OpenAI|Anthropic|Google|Meta)\\b",
                "I do(?: not|n" + A + "t) have (?:personal )?(?:opinions|feelings|beliefs|emotions|personal experiences)\\b");
        add(all, ArtifactKind.KNOWLEDGE_CUTOFF, false,
                "as of my (?:last |latest |most recent )?(?:knowledge )?(?:update|training|cut-?off)\\b",
                "my (?:knowledge|training) (?:cut-?off|data)\\b",
                "knowledge cut-?off\\b",
                "based on my training\\b",
                "I do(?: not|n" + A + "t) have (?:access to )?real-time (?:information|data|updates)\\b",
                "I " + CANNOT + " (?:browse|access) the (?:internet|web)\\b");
        add(all, ArtifactKind.ROLE_SELF_DESCRIPTION, true,
                "my (?:area of )?expertise (?:lies|lays|is)\\b",
                "my area of expertise\\b",
                "area of expertise I\\b",
                "I (?:was|am|" + A + "m|have been|" + A + "ve been) (?:designated|assigned|programmed|designed|instructed|configured) to "
                        + "(?:assist|help|answer|provide|respond|focus|discuss)\\b",
                I_AM + " (?:only )?here to (?:assist|help)(?: you)? with\\b",
                "I do(?: not|n" + A + "t) specialize in\\b",
                "outside (?:of )?(?:my (?:area of )?expertise|the scope of my (?:expertise|knowledge))\\b",
                // the role must be the writer's: "As an expert in X, I ..." (bounded, no sentence end inside)
                "as an? (?:expert|specialist|assistant|advisor|adviser|consultant) (?:in|on)\\b[^.;!?\\n]{1,100}?,\\s*(?:I|my)\\b");
        add(all, ArtifactKind.REFUSAL, true,
                I_AM + " sorry,? but (?:I|as)\\b",
                "I apologi[sz]e,? but (?:I|as)\\b",
                "I " + CANNOT + " " + TASK + "\\b",
                I_AM + " unable to\\b",
                "your question (?:seems|appears) (?:to be )?(?:unrelated|not related|outside)\\b",
                "this question (?:seems|appears) (?:to be )?(?:unrelated|not related|outside)\\b",
                "it (?:seems|appears) to be unrelated to\\b");
        add(all, ArtifactKind.CHAT_LEFTOVER, true,
                "certainly[!,.] ?(?:here (?:is|are|" + A + "s)|below (?:is|are)|I" + A + "d be)\\b",
                "sure[!,.] ?(?:here (?:is|are|" + A + "s)|below (?:is|are)|I" + A + "d be)\\b",
                "absolutely[!,.] ?(?:here (?:is|are|" + A + "s)|below (?:is|are)|I" + A + "d be)\\b",
                "of course[!,.] ?(?:here (?:is|are|" + A + "s)|below (?:is|are)|I" + A + "d be)\\b",
                "I(?:" + A + "d| would) be (?:happy|glad) to (?:help|assist)\\b",
                "I hope (?:this|that|these|the above) (?:information )?(?:helps|answers|clarifies|is helpful|was helpful)\\b",
                "hope (?:this|that|these|the above) (?:information )?(?:helps|answers|clarifies|is helpful|was helpful)\\b",
                "let me know if you (?:have|need|would like|want|require)\\b",
                "feel free to ask\\b",
                "don" + A + "t hesitate to ask\\b",
                "I appreciate your question\\b",
                "great question!",
                "I apologi[sz]e for (?:any|the) confusion\\b");
        // chat-interface text and template placeholders: no person says these, so quotation marks do not excuse them
        add(all, ArtifactKind.CHAT_LEFTOVER, false,
                "Regenerate response\\b",
                "ChatGPT can make mistakes\\b",
                "\\[(?:insert|your|add|enter) [^\\]\\n]{1,40}\\]");
        return all;
    }

    private static void add(List<Phrase> all, ArtifactKind kind, boolean speakable, String... regexes) {
        for (String regex : regexes) {
            all.add(new Phrase(all.size(), kind, speakable, anchorOf(regex),
                    Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
    }

    private static Map<String, List<Phrase>> byAnchor(List<Phrase> phrases) {
        Map<String, List<Phrase>> byAnchor = new HashMap<>();
        for (Phrase p : phrases) {
            byAnchor.computeIfAbsent(p.anchor(), k -> new ArrayList<>()).add(p);
        }
        return Map.copyOf(byAnchor);
    }

    /** The literal first word of a phrase pattern, lower-cased; "[" for a placeholder. */
    private static String anchorOf(String regex) {
        if (regex.startsWith("\\[")) {
            return "[";
        }
        int end = 0;
        while (end < regex.length() && Character.isLetter(regex.charAt(end))) {
            end++;
        }
        if (end == 0) {
            throw new IllegalStateException("phrase must start with a literal word: " + regex);
        }
        return regex.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** All cue phrases in {@code text}, ordered by start, then by kind. */
    List<CueMatch> find(CharSequence text) {
        Matcher[] matchers = new Matcher[PHRASES.size()];
        List<CueMatch> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                tryAt(text, i, "[", matchers, found);
                i++;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                String anchor = wordStart && end - i <= MAX_ANCHOR_LENGTH ? ANCHORS.find(text, i, end) : null;
                if (anchor != null) {
                    tryAt(text, i, anchor, matchers, found);
                }
                i = end;
            } else {
                i++;
            }
        }
        found.sort(Comparator.comparingInt(CueMatch::start).thenComparing(CueMatch::kind));
        return found;
    }

    private static void tryAt(CharSequence text, int at, String word, Matcher[] matchers, List<CueMatch> found) {
        List<Phrase> candidates = BY_ANCHOR.get(word);
        if (candidates == null) {
            return;
        }
        for (Phrase p : candidates) {
            Matcher m = matchers[p.index()];
            if (m == null) {
                m = p.pattern().matcher(text).useTransparentBounds(true);
                matchers[p.index()] = m;
            }
            m.region(at, Math.min(text.length(), at + WINDOW));
            if (m.lookingAt()) {
                found.add(new CueMatch(at, m.end(), p.kind(), p.speakable()));
            }
        }
    }
}
