package org.factdesk.detector.boilerplate.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.support.text.AsciiChars;
import org.factdesk.detector.boilerplate.internal.FoldedText.Needle;
import org.factdesk.detector.boilerplate.internal.Verdict.Strength;

/**
 * Judges one block by its own text: chrome by itself, a known label that is chrome only next to other chrome,
 * a short link-like label, or content. Only blocks of at most {@value #MAX_CHROME_LENGTH} characters can be
 * chrome, so a long block costs nothing and no pattern ever sees more than that.
 *
 * <p>One instance judges the blocks of one document, one after another: it keeps a matcher per pattern and resets
 * it for each block, since creating a matcher costs more than most of the attempts it makes. Not thread-safe.
 */
final class ChromeLabels {
    static final int MAX_CHROME_LENGTH = 600;
    /** A link label has at most this many words ("About this site", "Find a service"). */
    static final int MAX_LINK_WORDS = 5;
    static final int MAX_LINK_LENGTH = 40;
    /** A line of social links or a tag line is short; longer text with network names is prose about them. */
    static final int MAX_LINE_WORDS = 40;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A pattern and the lower-case strings of which its every match contains at least one: the pattern runs only
     * on a block that holds one of them, so the usual block (a paragraph, a code line) costs a few substring
     * searches instead of forty regular expressions. A pattern {@code anchored} at the start of the block is
     * tried there only ({@code lookingAt}); {@code find} would try it at every position and fail at each but the first.
     */
    private record Rule(ChromeKind kind, Pattern pattern, boolean anchored, Needle[] needles) {
        boolean mayMatch(FoldedText folded) {
            for (Needle needle : needles) {
                if (folded.contains(needle)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Patterns that make a block chrome by themselves; tried on the trimmed block (at its start when anchored there). */
    private static final List<Rule> CHROME_RULES = List.of(
            rule(ChromeKind.COMMENTS, "^no comments yet\\b",
                    "no comments yet"),
            rule(ChromeKind.COMMENTS, "^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment)\\b.{0,40}$",
                    "leave a ", "a comment"),
            rule(ChromeKind.COMMENTS, "your email address will not be published",
                    "will not be published"),
            rule(ChromeKind.COMMENTS, "required fields are marked",
                    "required fields"),
            rule(ChromeKind.COMMENTS, "^save my name,? email,? and website",
                    "save my name"),
            rule(ChromeKind.COMMENTS, "^notify me of (?:follow-up comments|new comments|new posts)",
                    "notify me of"),
            rule(ChromeKind.COMMENTS, "^you must be (?:logged|signed) in to (?:post a )?comment",
                    "you must be"),
            rule(ChromeKind.COMMENTS, "^comments are closed\\b",
                    "comments are closed"),
            rule(ChromeKind.COMMENTS, "^this site uses akismet",
                    "akismet"),
            rule(ChromeKind.COMMENTS, "^\\d{1,5} (?:comments?|responses?|replies|thoughts on)\\b.{0,120}$",
                    "comment", "respons", "replies", "thoughts on"),
            rule(ChromeKind.COMMENTS, "^be the first to comment\\b",
                    "be the first to comment"),
            rule(ChromeKind.COMMENTS, "^(?:post|submit) comment$",
                    "comment"),
            rule(ChromeKind.COMMENTS, "^cancel reply$",
                    "cancel reply"),
            rule(ChromeKind.NAVIGATION, "^skip to (?:the )?(?:main )?(?:content|navigation|main|search|footer)\\b.{0,20}$",
                    "skip to"),
            rule(ChromeKind.NAVIGATION, "^jump to (?:navigation|content|search)\\b.{0,20}$",
                    "jump to"),
            rule(ChromeKind.NAVIGATION, "^print (?:this )?(?:page|article|story)$",
                    "print "),
            rule(ChromeKind.NAVIGATION, "^(?:back|return) to top$",
                    " to top"),
            rule(ChromeKind.NAVIGATION, "^(?:toggle (?:navigation|menu)|(?:main|primary|open|close) menu)$",
                    "menu", "toggle navigation"),
            rule(ChromeKind.NAVIGATION, "^you are here:",
                    "you are here"),
            rule(ChromeKind.NAVIGATION, "^(?:related (?:posts|articles|stories|content|links)|you (?:may|might) also like|more (?:stories|articles|news))$",
                    "related ", "also like", "more "),
            rule(ChromeKind.NAVIGATION, "^(?:previous|next) (?:post|article|story)\\b[^.!?]{0,120}$",
                    "previous ", "next "),
            rule(ChromeKind.NAVIGATION, "^(?:sign up for|subscribe to) (?:our )?(?:email updates|e-?mail alerts|newsletters?)\\b[^.!?]{0,40}$",
                    "sign up for", "subscribe to"),
            rule(ChromeKind.NAVIGATION, "^(?:search (?:this site|for:?)|select (?:a )?language|powered by google translate)$",
                    "search ", "select ", "translate"),
            rule(ChromeKind.SOCIAL, "^(?:share|email) this (?:page|article|story|post)\\b:?$",
                    "this "),
            rule(ChromeKind.SOCIAL, "^(?:share|post|tweet|pin) (?:on|to) [\\w ]{1,30}$",
                    " on ", " to "),
            rule(ChromeKind.SOCIAL, "^(?:share|like) this:?$",
                    "share this", "like this"),
            rule(ChromeKind.SOCIAL, "^like loading",
                    "like loading"),
            rule(ChromeKind.SOCIAL, "^(?:follow|like|find|connect with) us on\\b[^.!?]{0,80}$",
                    " us on"),
            rule(ChromeKind.CATEGORY, "^(?:categories|category|tags|tagged(?: with| as)?|filed (?:under|in)|posted in)\\s*:?\\s+\\p{Lu}[^.!?]{0,200}$",
                    "categor", "tag", "filed ", "posted in"),
            rule(ChromeKind.LOGO, "^[^.!?]{0,80}\\slogo$",
                    "logo"),
            rule(ChromeKind.LOGO, "^logo(?: of|:)\\s[^.!?]{1,80}$",
                    "logo"),
            rule(ChromeKind.LEGAL, "^(?:©|\\(c\\)\\s*(?:19|20)\\d\\d|copyright\\b.{0,12}(?:©|(?:19|20)\\d\\d))",
                    "©", "(c)", "copyright"),
            rule(ChromeKind.LEGAL, "©\\s*(?:19|20)\\d\\d",
                    "©"),
            rule(ChromeKind.LEGAL, "\\ball rights reserved\\b",
                    "all rights reserved"),
            rule(ChromeKind.COOKIE, "\\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\\b",
                    "cookie"),
            rule(ChromeKind.COOKIE, "\\baccept(?: all)? cookies\\b",
                    "cookie"),
            rule(ChromeKind.COOKIE, "\\bcookie (?:settings|preferences|policy|consent|notice)\\b",
                    "cookie"),
            rule(ChromeKind.COOKIE, "\\bby (?:continuing|clicking|using)\\b.{0,80}\\bcookies\\b",
                    "cookie"),
            rule(ChromeKind.COOKIE, "\\bconsent to (?:the use of )?cookies\\b",
                    "cookie"));

    /** Labels that are chrome when they stand next to other chrome; compared lower-cased, without end marks. */
    private static final Map<String, ChromeKind> LABELS = labels();

    private static Map<String, ChromeKind> labels() {
        Map<String, ChromeKind> m = new HashMap<>();
        put(m, ChromeKind.COMMENTS, "comments", "comment", "comment *", "name", "name *", "email", "email *", "e-mail",
                "website", "reply", "log in to reply", "leave a reply");
        put(m, ChromeKind.NAVIGATION, "home", "homepage", "menu", "search", "contact", "contact us", "about", "about us",
                "about this site", "email updates", "find a service", "for employees", "news", "newsroom", "events",
                "calendar", "jobs", "careers", "employment", "accessibility", "site map", "sitemap", "donate",
                "get involved", "subscribe", "log in", "login", "sign in", "register", "read more", "continue reading",
                "print", "faq", "faqs", "translate", "feedback", "departments", "staff directory", "directory",
                "español", "previous", "next", "top", "related");
        put(m, ChromeKind.SOCIAL, "facebook", "twitter", "youtube", "linkedin", "instagram", "pinterest", "tiktok",
                "share", "tweet", "follow us", "rss");
        put(m, ChromeKind.LEGAL, "privacy", "privacy policy", "privacy statement", "terms of use", "terms of service",
                "terms and conditions", "disclaimer", "legal", "legal notices", "non-discrimination policy");
        put(m, ChromeKind.COOKIE, "accept", "accept all", "reject", "reject all", "decline", "got it", "allow all",
                "manage preferences");
        put(m, ChromeKind.CATEGORY, "categories", "tags");
        return Map.copyOf(m);
    }

    private static void put(Map<String, ChromeKind> m, ChromeKind kind, String... labels) {
        for (String label : labels) {
            m.put(label, kind);
        }
    }

    /** The longest of the {@link #LABELS}: a longer block is none of them. */
    private static final int LONGEST_LABEL = LABELS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "youtube", "linkedin", "instagram",
            "pinterest", "tiktok", "reddit", "whatsapp", "tumblr", "flickr", "snapchat", "bluesky", "mastodon",
            "nextdoor", "vimeo");
    private static final List<Needle> NETWORK_NEEDLES = NETWORKS.stream().map(Needle::of).toList();
    /** Lower-case words a line of social links may contain ("City of Minneapolis Facebook"); "and" means prose. */
    private static final Set<String> LINK_LINE_WORDS = Set.of("of", "on", "us", "the", "this", "with", "to", "via",
            "channel", "page", "share", "follow");

    /** Arrows and separators that menus put before labels, and after them (with a colon). */
    private static final String LEADING_DECORATION = "»›>|•·";
    private static final String TRAILING_DECORATION = "»›>|•·:";

    /** The matcher of each rule, by its index in {@link #CHROME_RULES}, once a block has needed it. */
    private final Matcher[] matchers = new Matcher[CHROME_RULES.size()];

    private static Rule rule(ChromeKind kind, String regex, String... needles) {
        Needle[] compiled = new Needle[needles.length];
        for (int i = 0; i < needles.length; i++) {
            compiled[i] = Needle.of(needles[i]);
        }
        return new Rule(kind, Pattern.compile(regex, FLAGS), isAnchoredAtStart(regex), compiled);
    }

    /**
     * Whether every match of the regular expression begins at the start of the input: it starts with {@code ^}
     * and has no alternative outside parentheses that could match elsewhere. When unsure (a character class that
     * holds a bracket or a bar) it says no, which costs only speed.
     */
    static boolean isAnchoredAtStart(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, bracket or bar included, is a literal
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return false;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** The closing bracket of the character class opened at {@code open}, or -1 if it holds a bracket or a bar. */
    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            } else if (c == '[' || c == '(' || c == ')' || c == '|') {
                return -1;
            }
        }
        return -1;
    }

    Verdict judge(String block) {
        String text = block.strip();
        if (text.isEmpty() || text.length() > MAX_CHROME_LENGTH) {
            return Verdict.CONTENT;
        }
        FoldedText folded = FoldedText.of(text);
        for (int i = 0; i < CHROME_RULES.size(); i++) {
            Rule r = CHROME_RULES.get(i);
            if (r.mayMatch(folded) && matches(i, text)) {
                return new Verdict(Strength.CHROME, r.kind());
            }
        }
        if (mentionsTwoNetworks(folded) && isSocialLinkLine(text)) {
            return new Verdict(Strength.CHROME, ChromeKind.SOCIAL);
        }
        // an ASCII block's folded text is its lower case already, with the decoration in the same places
        String label = withoutDecoration(folded.isAscii() ? folded.text() : text);
        // lower-casing never shortens a string, so a label too long now is too long for LABELS after it
        ChromeKind kind = label.length() > LONGEST_LABEL ? null
                : LABELS.get(folded.isAscii() ? label : label.toLowerCase(Locale.ROOT));
        if (kind != null) {
            return new Verdict(Strength.LABEL, kind);
        }
        return isLinkLike(text) ? Verdict.LINK_LIKE : Verdict.CONTENT;
    }

    /** Whether rule {@code i}'s pattern matches the text: only at its start when it is anchored there. */
    private boolean matches(int i, String text) {
        Rule r = CHROME_RULES.get(i);
        Matcher m = matchers[i];
        if (m == null) {
            m = r.pattern().matcher(text);
            matchers[i] = m;
        } else {
            m.reset(text);
        }
        return r.anchored() ? m.lookingAt() : m.find();
    }

    /** The label inside its menu decoration: "» Contact us |" is "Contact us". */
    static String withoutDecoration(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (AsciiChars.isRegexSpace(text.charAt(start))
                || LEADING_DECORATION.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (AsciiChars.isRegexSpace(text.charAt(end - 1))
                || TRAILING_DECORATION.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The white space of a regular expression's {@code \\s}: the decoration stripped is what the old pattern stripped. */
    /** Whether two different network names occur in the case-folded text: the cheap half of a social link line. */
    private static boolean mentionsTwoNetworks(FoldedText folded) {
        int found = 0;
        for (Needle network : NETWORK_NEEDLES) {
            if (folded.contains(network) && ++found == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of links to social accounts: two or more network names, no sentence punctuation at the end, and
     * no lower-case word except the few that link texts use ("City of Minneapolis Facebook City of Minneapolis
     * Twitter ..."). "Traffickers use Facebook and Instagram." is prose, and so is a list "Facebook, Instagram
     * and Snapchat" ("and").
     */
    private static boolean isSocialLinkLine(String text) {
        if (endsLikeSentence(text)) {
            return false;
        }
        String[] words = text.split("[\\s|,/•·]+");
        if (words.length > MAX_LINE_WORDS) {
            return false;
        }
        Set<String> networks = new HashSet<>();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NETWORKS.contains(lower)) {
                networks.add(lower);
            } else if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !LINK_LINE_WORDS.contains(lower)) {
                return false;
            }
        }
        return networks.size() >= 2;
    }

    /**
     * Reads like a link: one to {@value #MAX_LINK_WORDS} words, at most {@value #MAX_LINK_LENGTH} characters,
     * starting with a capital, no digits (a date, phone number or address is content), no comma (an
     * enumeration is prose) and no punctuation at the end (a question, a sentence or a list lead-in is content).
     * A list item ("• Food shelf", "- Child custody", "1. Apply") never starts with a capital, so the first test
     * keeps it out too.
     */
    static boolean isLinkLike(String text) {
        if (text.length() > MAX_LINK_LENGTH || !Character.isUpperCase(text.charAt(0))
                || endsLikeSentence(text) || text.indexOf(',') >= 0) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            // words as split by \s+: a capital starts the text, so there is no empty word before the first
            boolean space = AsciiChars.isRegexSpace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words <= MAX_LINK_WORDS;
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
    }
}
