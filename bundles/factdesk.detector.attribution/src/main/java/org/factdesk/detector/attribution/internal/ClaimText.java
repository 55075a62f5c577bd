package org.factdesk.detector.attribution.internal;

/** Tidies the words of a credited claim for the {@code claim} attribute. */
final class ClaimText {
    static final int MAX_LENGTH = 300;

    private ClaimText() {
    }

    /**
     * Collapses white space, drops a leading "that" and the punctuation left where the source phrase was cut out,
     * and shortens the text to {@link #MAX_LENGTH} characters at a word boundary.
     */
    static String tidy(String raw) {
        String s = raw.replaceAll("\\s+", " ").strip();
        s = s.replace(" ,", ",").replace(",,", ",");
        s = stripEdges(s);
        if (s.regionMatches(true, 0, "that ", 0, 5)) {
            s = stripEdges(s.substring(5));
        }
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf(' ', MAX_LENGTH - 1);
            s = s.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
        }
        return s;
    }

    private static String stripEdges(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEdge(s.charAt(a))) {
            a++;
        }
        while (b > a && (isEdge(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '—' || c == '–';
    }
}
