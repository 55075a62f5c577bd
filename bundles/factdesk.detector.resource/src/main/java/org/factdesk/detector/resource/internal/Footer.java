package org.factdesk.detector.resource.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.document.Block;

/**
 * Where a page's footer begins: the first block in the second half of the text that is a dateline ("Published
 * Jan 16, 2013"), "Contact us", a copyright line or a list of social media links. The footer names the page's
 * publisher and its own offices (the City Clerk, the 311 call centre), which are not services the page offers.
 */
final class Footer {
    private static final Pattern CUE = Pattern.compile(
            "(?i)(?:(?:published|posted|last updated|updated|last reviewed)\\b.{0,40}\\b(?:19|20)\\d{2}|contact us\\b|©|copyright\\b"
                    + "|privacy policy\\b|terms of (?:use|service)\\b|follow us\\b|share this\\b|leave a reply\\b)");
    private static final String CUE_FIRST_CHARACTERS = "pluctfsPLUCTFS©";
    private static final List<String> NETWORKS = List.of("facebook", "twitter", "youtube", "linkedin", "instagram");
    private static final Pattern SOCIAL = Pattern.compile("(?i)\\b(?:" + String.join("|", NETWORKS) + ")\\b");

    private Footer() {
    }

    /** The offset where the footer begins, or the text's length when there is none. */
    static int start(String text, List<Block> blocks) {
        int half = text.length() / 2;
        // the blocks looked at lie in the second half: when it names no network, none of them does
        boolean networksNamed = namesANetwork(text, half, text.length());
        for (Block b : blocks) {
            if (b.span().start() < half || b.span().end() > text.length()) {
                continue;
            }
            String s = text.substring(b.span().start(), Math.min(b.span().end(), b.span().start() + 200));
            if (mayOpenWithCue(s) && CUE.matcher(s).lookingAt() || networksNamed && countSocial(s) >= 2) {
                return b.span().start();
            }
        }
        return text.length();
    }

    /** True when a network's name stands in the text in any case: the pattern needs one, between word boundaries. */
    private static boolean namesANetwork(String text, int from, int to) {
        for (String network : NETWORKS) {
            if (TextScan.containsIgnoreCase(text, from, to, network)) {
                return true;
            }
        }
        return false;
    }

    /** Every cue begins with one of these characters, in either case: most blocks are passed over by one look. */
    private static boolean mayOpenWithCue(String s) {
        return !s.isEmpty() && CUE_FIRST_CHARACTERS.indexOf(s.charAt(0)) >= 0;
    }

    private static int countSocial(String s) {
        if (!namesANetwork(s, 0, s.length())) {
            return 0; // a few quick scans instead of the pattern tried at every position
        }
        Matcher m = SOCIAL.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
