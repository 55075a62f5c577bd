package org.factdesk.detector.statistic.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.support.text.LowerCaseWords;

/**
 * Statistics written without a number: multipliers ("twice as likely", "triple the state average", "arrests
 * doubled"), "half of", and vague magnitudes ("hundreds of individuals").
 *
 * <p>A vague magnitude is flagged, not skipped: "hundreds of individuals trafficked each year" is exactly the
 * kind of claim an editor must source. It is normalized as a range with the qualifier {@code vague}: the
 * plural of a magnitude means at least two and fewer than ten of it, so "hundreds" is 200-999, "dozens" 24-119,
 * "thousands" 2000-9999. "double" and "triple" count only before a comparison ("the", "that", "what", ...), so
 * "double standard" and "triple-check" are not statistics.
 */
final class WordStatistics {
    /*
     * The first words of the phrases below. Each phrase's first word is followed by white space, "-" or a word
     * boundary, so a phrase can only match where the whole word is one of its first words: a phrase is tried only
     * there, and "a", by far the most frequent of them, is not tried as "twice" or "hundreds".
     */
    private static final Set<String> MULTIPLIER_WORDS = Set.of("twice", "doubled", "tripled", "quadrupled", "double",
            "triple", "quadruple");
    private static final Set<String> MAGNITUDE_WORDS = Set.of("tens", "hundreds", "dozens", "thousands", "millions");
    private static final Set<String> COUNT_WORDS = Set.of("a", "one", "two", "three");
    private static final Set<String> SHARE_WORDS = Set.of("half", "a", "one", "two", "three");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    /** Every word a phrase below starts with. */
    static final Set<String> FIRST_WORD_SET = union(MULTIPLIER_WORDS, MAGNITUDE_WORDS, SHARE_WORDS, ARTICLES);
    private static final int PHRASE_REACH = 64;

    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?i)(?:(?<two>twice|doubled)|(?<three>tripled)|(?<four>quadrupled)"
                    + "|(?<adjective>double|triple|quadruple)(?=[\\s\\u00A0]+(?:the|that|what|its|their|his|her|our)\\b))\\b");
    private static final Pattern HALF = Pattern.compile(
            "(?i)half(?=[\\s\\u00A0]+(?:of|the|all|these|those|their)\\b)");
    /** "a third of", "one-quarter of", "two-thirds of": shares written as fractions. */
    private static final Pattern FRACTION = Pattern.compile(
            "(?i)(?<count>a|one|two|three)(?:[\\s\\u00A0]+|-)(?<part>thirds?|quarters?|fifths?)(?=[\\s\\u00A0]+of\\b)");
    /**
     * "roughly half return", "by about a third", "Two-thirds were minors": a share without "of" is one only after a
     * qualifier or as the subject opening a sentence.
     */
    private static final Pattern BARE_SHARE = Pattern.compile(
            "(?i)(?:half|(?<count>a|one|two|three)(?:[\\s\\u00A0]+|-)(?<part>thirds?|quarters?|fifths?))\\b(?!-)"
                    // "a quarter mile", "half an hour", "a third party", "a quarter century", "two quarters ago"
                    + "(?![\\s\\u00A0]+(?:miles?|inch(?:es)?|pounds?|past|to|century|centuries|part(?:y|ies)|ago|later"
                    + "|hours?|an?|moon|dozen|cups?|way|times?|points?|pages?)\\b)");
    private static final LowerCaseWords SHARE_QUALIFIERS = LowerCaseWords.of("about", "roughly", "nearly", "almost", "around",
            "approximately", "over", "than", "some", "just");
    /**
     * "as much as a year", "almost a month": a duration of one unit written with an article, a statistic only
     * after a qualifier, and not a point in time ("about a year ago").
     */
    private static final Pattern ONE_UNIT = Pattern.compile(
            "(?i)an?[\\s\\u00A0]+(?<unit>year|month|week|day|decade)(?![\\w-])"
                    + "(?![\\s\\u00A0]+(?:ago|later|earlier|before|after|from|since|old|and[\\s\\u00A0]+a[\\s\\u00A0]+half)\\b)");
    /** "Reports doubled over a year", "under a year old": these words say when or how old, not how long. */
    private static final Set<String> NOT_DURATION_QUALIFIERS = Set.of("over", "under", "above", "below");
    private static final Map<String, Integer> PARTS = Map.of("third", 3, "thirds", 3, "quarter", 4, "quarters", 4,
            "fifth", 5, "fifths", 5);
    private static final Pattern VAGUE = Pattern.compile(
            "(?i)(?<magnitude>tens[\\s\\u00A0]+of[\\s\\u00A0]+thousands|hundreds[\\s\\u00A0]+of[\\s\\u00A0]+thousands"
                    + "|dozens|hundreds|thousands|millions)[\\s\\u00A0]+of\\b");

    private static final Map<String, Long> MAGNITUDES = Map.of(
            "dozens", 12L, "hundreds", 100L, "thousands", 1_000L, "millions", 1_000_000L,
            "tens of thousands", 10_000L, "hundreds of thousands", 100_000L);
    private static final Map<String, Integer> ADJECTIVES = Map.of("double", 2, "triple", 3, "quadruple", 4);

    private WordStatistics() {
    }

    /**
     * Adds the statistics written without a number to {@code out}, reading only the words of {@code index}: a phrase
     * can only match where one of its first words stands.
     */
    static void find(String text, WordIndex index, List<Statistic> out) {
        Matcher multiplier = MULTIPLIER.matcher(text).useTransparentBounds(true);
        Matcher half = HALF.matcher(text).useTransparentBounds(true);
        Matcher vague = VAGUE.matcher(text).useTransparentBounds(true);
        Matcher fraction = FRACTION.matcher(text).useTransparentBounds(true);
        Matcher bareShare = BARE_SHARE.matcher(text).useTransparentBounds(true);
        Matcher oneUnit = ONE_UNIT.matcher(text).useTransparentBounds(true);
        int n = text.length();
        for (int k = 0; k < index.size(); k++) {
            String word = index.kind(k);
            if (!FIRST_WORD_SET.contains(word)) {
                continue;
            }
            int i = index.start(k);
            int reach = Math.min(n, i + PHRASE_REACH);
            if (MULTIPLIER_WORDS.contains(word) && multiplier.region(i, reach).lookingAt()) {
                addMultiplier(text, multiplier, out);
            } else if (word.equals("half") && half.region(i, reach).lookingAt()) {
                out.add(qualified(text, i, half.end(), Statistic.PERCENT, BigDecimal.valueOf(50), "percent"));
            } else if (MAGNITUDE_WORDS.contains(word) && vague.region(i, reach).lookingAt()) {
                addVagueCount(text, vague, out);
            } else if (COUNT_WORDS.contains(word) && fraction.region(i, reach).lookingAt()) {
                out.add(qualified(text, i, fraction.end(), Statistic.PERCENT, share(fraction), "percent"));
            } else if (SHARE_WORDS.contains(word) && bareShareAt(text, i, reach, bareShare)) {
                BigDecimal share = bareShare.group("part") == null ? BigDecimal.valueOf(50) : share(bareShare);
                out.add(qualified(text, i, bareShare.end(), Statistic.PERCENT, share, "percent"));
            } else if (ARTICLES.contains(word) && oneUnit.region(i, reach).lookingAt() && isDurationQualifier(text, i)) {
                out.add(qualified(text, i, oneUnit.end(), Statistic.DURATION, BigDecimal.ONE,
                        oneUnit.group("unit").toLowerCase(Locale.ROOT)));
            }
        }
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** The percentage a fraction stands for: "a third" 33.3, "two-thirds" 66.7. */
    private static BigDecimal share(Matcher fraction) {
        int count = switch (fraction.group("count").toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            default -> 1;
        };
        return BigDecimal.valueOf(100L * count)
                .divide(BigDecimal.valueOf(PARTS.get(fraction.group("part").toLowerCase(Locale.ROOT))), 1,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Whether the word before {@code at} is a qualifier of a share ("about", "roughly", "more than"). */
    private static boolean afterShareQualifier(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        int start = end;
        while (start > 0 && NumberScanner.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end < at && start < end && end - start <= 13
                && SHARE_QUALIFIERS.contains(text, start, end);
    }

    /**
     * Whether a share without "of" stands at {@code at} (then {@code share} holds it): after a qualifier, or opening
     * a sentence as its subject, a verb after it ("Two-thirds were minors"), not a name ("Half Moon Bay").
     */
    private static boolean bareShareAt(String text, int at, int reach, Matcher share) {
        boolean qualified = afterShareQualifier(text, at);
        if (!qualified && !(opensSentence(text, at) && !startsWithA(text, at))) {
            return false;
        }
        return share.region(at, reach).lookingAt() && (qualified || lowerCaseWordAt(text, share.end()));
    }

    /** Whether the next word after {@code from}, past a space or two, begins with a lower-case letter. */
    private static boolean lowerCaseWordAt(String text, int from) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k > from && k < text.length() && Character.isLowerCase(text.charAt(k));
    }

    /** A qualifier of a length of time stands before {@code at}: "as much as", "almost", "up to"; not "over". */
    private static boolean isDurationQualifier(String text, int at) {
        Qualifiers.Found q = Qualifiers.before(text, at);
        return q != null && !NOT_DURATION_QUALIFIERS.contains(text.substring(q.at(), at).strip().toLowerCase(Locale.ROOT));
    }

    /** "A third party", "A quarter mile": an article-led fraction opening a sentence is rarely a share. */
    private static boolean startsWithA(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == 'A' || text.charAt(at) == 'a')
                && !NumberScanner.isLetter(text.charAt(at + 1));
    }

    /** A capitalized word with nothing before it but white space since the end of a sentence or line. */
    private static boolean opensSentence(String text, int at) {
        if (!Character.isUpperCase(text.charAt(at))) {
            return false;
        }
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00A0' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k == 0 || ".!?\n•·▪◦*–".indexOf(text.charAt(k - 1)) >= 0; // a sentence, a line or a list item
    }

    private static void addMultiplier(String text, Matcher m, List<Statistic> out) {
        int factor = m.group("two") != null ? 2 : m.group("three") != null ? 3 : m.group("four") != null ? 4
                : ADJECTIVES.get(m.group("adjective").toLowerCase(Locale.ROOT));
        out.add(qualified(text, m.start(), m.end(), Statistic.MULTIPLIER, BigDecimal.valueOf(factor), "times"));
    }

    private static void addVagueCount(String text, Matcher m, List<Statistic> out) {
        CountNouns.CountedNoun noun = CountNouns.read(text, m.end());
        if (noun == null) {
            return;
        }
        String magnitude = m.group("magnitude").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        long size = MAGNITUDES.get(magnitude);
        out.add(new Statistic(m.start(), noun.end(), Statistic.COUNT, BigDecimal.valueOf(2 * size),
                BigDecimal.valueOf(10 * size - 1), noun.noun(), Qualifiers.VAGUE));
    }

    /** A statistic whose span starts at the qualifier in front of it, when there is one ("nearly half"). */
    private static Statistic qualified(String text, int start, int end, String kind, BigDecimal value, String unit) {
        Qualifiers.Found q = Qualifiers.before(text, start);
        return new Statistic(q == null ? start : q.at(), end, kind, value, null, unit, q == null ? "" : q.canonical());
    }
}
