package org.factdesk.detector.stale.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the clause around a date: the preposition that leads into it, whether the clause speaks of the future
 * ("will", "plans to") or the present ("is", "shows", "have been"), and whether the year only names a law.
 *
 * <p>A clause is the words around the date within its sentence, at most {@value #CLAUSE_REACH} characters to
 * each side, cut at ";", ":", dashes and the conjunctions "and", "but", "while", "whereas", "although",
 * "though". So in "Last year the department had one investigator, and in 2013 the department plans to add a
 * second" the clause of 2013 is "in 2013 the department plans to add a second", and in "The law was passed in
 * 2005 and will be reviewed" the future belongs to another clause than 2005. Clauses are compared as lists of
 * lower-case words, not with patterns, because this runs for every date of a page.
 */
final class TimeCues {
    static final int CLAUSE_REACH = 120;

    private static final Set<String> BARRIER_WORDS = Set.of("and", "but", "while", "whereas", "although", "though");
    private static final String BARRIER_MARKS = ";:—";
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "upcoming");
    /** Nouns and determiners before "will" that make it a noun: "against their will", "free will". */
    private static final Set<String> NOUN_WILL = Set.of("their", "his", "her", "its", "own", "free", "good", "ill",
            "against", "the", "my", "your", "our");
    private static final Set<String> BEFORE_TO = Set.of("plan", "plans", "planning", "planned", "intend", "intends",
            "intending", "aim", "aims", "expect", "expects", "expected", "scheduled", "going", "hope", "hopes", "hoping");
    private static final Set<String> PRESENT_WORDS = Set.of("is", "are", "has", "have", "remain", "remains", "show",
            "shows", "continue", "continues", "rank", "ranks", "exist", "exists", "serve", "serves", "offer", "offers",
            "provide", "provides", "operate", "operates", "include", "includes", "means", "hold", "holds", "lead",
            "leads", "total", "totals");

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)\\b(?<word>in|by|since|until|till|during|through|before|after|as of)\\s{1,3}$");
    /** "the 2011 Safe Harbor law": a year that names a law, not a time the claim is bound to. */
    private static final Pattern NAMES_A_LAW = Pattern.compile(
            "^(?:['’]s)?(?:\\s+\\p{Lu}[\\w’'-]*){0,3}\\s+(?i:law|act|statute|amendments?|bill|legislation|session)\\b");
    private static final int LEAD_IN_REACH = 12;
    private static final int NAME_REACH = 60;

    private TimeCues() {
    }

    /** The start of the preposition before the date ("in 2013", "as of 2020"), or {@code dateStart} if none. */
    static int leadInStart(String text, int sentenceStart, int dateStart) {
        int from = Math.max(sentenceStart, dateStart - LEAD_IN_REACH);
        Matcher m = LEAD_IN.matcher(text.substring(from, dateStart));
        return m.find() ? from + m.start() : dateStart;
    }

    /** The lower-cased preposition before the date, or the empty string. */
    static String leadInWord(String text, int leadInStart, int dateStart) {
        return text.substring(leadInStart, dateStart).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The lower-case words of the clause around {@code [start, end)} inside the sentence
     * {@code [sentenceStart, sentenceEnd)}, without the words of {@code [start, end)} itself.
     */
    static List<String> clauseWords(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        List<String> left = new ArrayList<>();
        int i = start - 1;
        int stop = Math.max(sentenceStart, start - CLAUSE_REACH);
        while (i >= stop) {
            char c = text.charAt(i);
            if (isBarrierMark(text, i)) {
                break;
            }
            if (Character.isLetter(c)) {
                int wordEnd = i + 1;
                while (i > stop && Character.isLetter(text.charAt(i - 1))) {
                    i--;
                }
                String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
                if (BARRIER_WORDS.contains(word)) {
                    break;
                }
                left.add(word);
            }
            i--;
        }
        Collections.reverse(left);
        List<String> words = new ArrayList<>(left);
        int j = end;
        int limit = Math.min(sentenceEnd, end + CLAUSE_REACH);
        while (j < limit) {
            char c = text.charAt(j);
            if (isBarrierMark(text, j)) {
                break;
            }
            if (Character.isLetter(c)) {
                int wordStart = j;
                while (j < limit && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String word = text.substring(wordStart, j).toLowerCase(Locale.ROOT);
                if (BARRIER_WORDS.contains(word)) {
                    break;
                }
                words.add(word);
            } else {
                j++;
            }
        }
        return words;
    }

    /** ";", ":", an em dash, or an en dash standing between spaces (a dash inside "2013–2014" joins). */
    private static boolean isBarrierMark(String text, int i) {
        char c = text.charAt(i);
        if (BARRIER_MARKS.indexOf(c) >= 0) {
            return true;
        }
        return c == '–' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
    }

    /** "will" (not the noun), "shall", "upcoming", "plans to", "is set to", "by the end of", "in the coming". */
    static boolean speaksOfFuture(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            String previous = k > 0 ? words.get(k - 1) : "";
            String next = k + 1 < words.size() ? words.get(k + 1) : "";
            if (FUTURE_WORDS.contains(w) && !(w.equals("will") && NOUN_WILL.contains(previous))
                    || BEFORE_TO.contains(w) && next.equals("to")
                    || w.equals("set") && next.equals("to") && (previous.equals("is") || previous.equals("are"))
                    || w.equals("end") && previous.equals("the") && next.equals("of") && k > 1 && words.get(k - 2).equals("by")
                    || w.equals("coming") && previous.equals("the") && k > 1 && words.get(k - 2).equals("in")) {
                return true;
            }
        }
        return false;
    }

    /** A present-tense verb: "is", "are", "has", "have", "shows", "remains", "provides" ... */
    static boolean speaksOfPresent(List<String> words) {
        for (String w : words) {
            if (PRESENT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text right after a year makes it part of a law's name. */
    static boolean namesALaw(String text, int yearEnd) {
        return NAMES_A_LAW.matcher(text.substring(yearEnd, Math.min(text.length(), yearEnd + NAME_REACH))).find();
    }
}
