package org.factdesk.detector.artifact.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factdesk.api.document.Block;

/**
 * Finds answers on a question-and-answer page that do not answer their question, as a model does when it was
 * set up for another subject ("it seems to be unrelated to Temporary Protected Status, which is the area of
 * expertise I was designated to assist with").
 *
 * <p>A page is a Q&amp;A page when at least {@value #MIN_QUESTIONS} blocks are questions (a block of at most
 * {@value #MAX_QUESTION_LENGTH} characters ending with "?", optionally numbered "6." or "6)") followed by
 * answer blocks; an answer is every block up to the next question. An answer is off-topic when all of these
 * hold:
 * <ol>
 * <li>it has at least {@value #MIN_ANSWER_WORDS} topic words (shorter answers are lead-ins such as "Multiple
 *     local organizations provide exit services:" and cannot be judged);</li>
 * <li>coverage, the share of the question's distinct topic stems (see {@link ContentWords}) that occur in the
 *     answer, is below {@value #MAX_COVERAGE};</li>
 * <li>it uses none of the page's own topic stems, those in at least half of the questions (for a page whose
 *     every question ends "... in Minnesota?", "minne", "sex" and "traff");</li>
 * <li>it names another topic at least twice: a name of two or more capitalized words (see
 *     {@link ContentWords#names}) that shares no stem with the question or the page topic.</li>
 * </ol>
 * The last two rules keep ordinary answers that use other words than their question ("Are there specialized
 * services for trafficking victims?" answered with "The Love146 Hartford Office serves Windham County with:
 * trauma therapy ...") from being reported: such an answer names local places once, not a second subject over
 * and over.
 */
final class OffTopicAnswers {
    static final int MIN_QUESTIONS = 3;
    static final int MAX_QUESTION_LENGTH = 250;
    static final int MIN_ANSWER_WORDS = 12;
    static final double MAX_COVERAGE = 0.25;

    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,3}[.)]\\s+");

    private record Pair(Block question, List<Block> answer) {
    }

    List<OffTopicAnswer> find(String text, List<Block> blocks) {
        List<Pair> pairs = pairs(text, blocks);
        if (pairs.size() < MIN_QUESTIONS) {
            return List.of();
        }
        List<Set<String>> questionStems = new ArrayList<>(pairs.size());
        for (Pair p : pairs) {
            questionStems.add(new HashSet<>(ContentWords.stems(questionText(text, p.question()))));
        }
        Set<String> pageTopic = pageTopic(questionStems);
        List<OffTopicAnswer> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            Set<String> question = questionStems.get(i);
            int start = p.answer().getFirst().span().start();
            int end = p.answer().getLast().span().end();
            String answer = text.substring(start, end);
            List<String> answerStems = ContentWords.stems(answer);
            if (question.isEmpty() || answerStems.size() < MIN_ANSWER_WORDS) {
                continue;
            }
            Set<String> answerSet = new HashSet<>(answerStems);
            double coverage = covered(question, answerSet) / (double) question.size();
            if (coverage >= MAX_COVERAGE || covered(pageTopic, answerSet) > 0) {
                continue;
            }
            Set<String> known = new HashSet<>(question);
            known.addAll(pageTopic);
            String topic = repeatedForeignName(answer, known);
            if (topic != null) {
                out.add(new OffTopicAnswer(start, end, questionText(text, p.question()), coverage, topic));
            }
        }
        return out;
    }

    private static List<Pair> pairs(String text, List<Block> blocks) {
        List<Pair> pairs = new ArrayList<>();
        Block question = null;
        List<Block> answer = new ArrayList<>();
        for (Block b : blocks) {
            if (isQuestion(text, b)) {
                addPair(pairs, question, answer);
                question = b;
                answer = new ArrayList<>();
            } else if (question != null) {
                answer.add(b);
            }
        }
        addPair(pairs, question, answer);
        return pairs;
    }

    private static void addPair(List<Pair> pairs, Block question, List<Block> answer) {
        if (question != null && !answer.isEmpty()) {
            pairs.add(new Pair(question, answer));
        }
    }

    private static boolean isQuestion(String text, Block b) {
        int start = b.span().start();
        int end = b.span().end();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start && end - start <= MAX_QUESTION_LENGTH && text.charAt(end - 1) == '?';
    }

    private static String questionText(String text, Block b) {
        return NUMBERING.matcher(text.substring(b.span().start(), b.span().end()).strip()).replaceFirst("");
    }

    /** Stems that occur in at least half of the questions. */
    private static Set<String> pageTopic(List<Set<String>> questions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> q : questions) {
            for (String stem : q) {
                counts.merge(stem, 1, Integer::sum);
            }
        }
        Set<String> topic = new HashSet<>();
        counts.forEach((stem, count) -> {
            if (2 * count >= questions.size()) {
                topic.add(stem);
            }
        });
        return topic;
    }

    private static int covered(Set<String> wanted, Set<String> present) {
        int n = 0;
        for (String s : wanted) {
            if (present.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** The first-mentioned name that occurs at least twice and shares no stem with {@code known}, or null. */
    private static String repeatedForeignName(String answer, Set<String> known) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (String name : ContentWords.names(answer)) {
            String key = name.toLowerCase(Locale.ROOT);
            mentions.merge(key, 1, Integer::sum);
            spelling.putIfAbsent(key, name);
        }
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (e.getValue() >= 2 && covered(new HashSet<>(ContentWords.stems(e.getKey())), known) == 0) {
                return spelling.get(e.getKey());
            }
        }
        return null;
    }
}
