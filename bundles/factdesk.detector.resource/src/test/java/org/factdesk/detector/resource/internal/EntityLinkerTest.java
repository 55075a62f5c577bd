package org.factdesk.detector.resource.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker();

    /**
     * Links the details in {@code text} to the names and returns, per detail, the name it went to, "CONTEXT" or
     * "UNLINKED". Sentences end at ". " (enough for these examples).
     */
    private Map<String, String> link(String text, List<String> names, List<String> details, List<String> sharedCodes,
                                     EntityLinker.ContextUse context) {
        List<Span> nameSpans = spans(text, names, List.of());
        List<Span> detailSpans = spans(text, details, nameSpans);
        List<EntityLinker.Detail> items = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            items.add(new EntityLinker.Detail(detailSpans.get(i), sharedCodes.contains(details.get(i))));
        }
        int[] links = linker.link(text, sentences(text), nameSpans, items, context);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < details.size(); i++) {
            String target = links[i] >= 0 ? names.get(links[i]) : links[i] == EntityLinker.CONTEXT ? "CONTEXT" : "UNLINKED";
            out.put(details.get(i), target);
        }
        return out;
    }

    private Map<String, String> link(String text, List<String> names, List<String> details) {
        return link(text, names, details, List.of(), EntityLinker.ContextUse.NONE);
    }

    /**
     * Each string's first occurrence after the previous one's that does not overlap {@code avoid}, so that repeated
     * words are told apart by order and a detail is not found inside a name ("988" in "988 Suicide ...").
     */
    private static List<Span> spans(String text, List<String> parts, List<Span> avoid) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (String p : parts) {
            int at = text.indexOf(p, from);
            while (at >= 0 && overlapsAny(new Span(at, at + p.length()), avoid)) {
                at = text.indexOf(p, at + 1);
            }
            out.add(new Span(at, at + p.length()));
            from = at + p.length();
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean overlapsAny(Span span, List<Span> others) {
        return others.stream().anyMatch(span::overlaps);
    }

    private static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                out.add(new Span(start, i + 1));
                start = i + 2;
            }
        }
        out.add(new Span(start, text.length()));
        return out;
    }

    @Test
    void eachNumberGoesToTheNameInItsOwnPartOfTheSentence() {
        String text = "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888).";
        assertEquals(Map.of("320-235-2244", "Willmar PD", "888-373-7888", "National Human Trafficking Hotline"),
                link(text, List.of("Willmar PD", "National Human Trafficking Hotline"), List.of("320-235-2244", "888-373-7888")));
    }

    @Test
    void aNumberBeforeItsNameGoesToTheNameAfterIt() {
        String text = "Call 320-555-0100 for Safe House or 320-555-0101 for Youth Harbor.";
        assertEquals(Map.of("320-555-0100", "Safe House", "320-555-0101", "Youth Harbor"),
                link(text, List.of("Safe House", "Youth Harbor"), List.of("320-555-0100", "320-555-0101")));
        String brackets = "For shelter call 320-555-0100 (Safe House) or 320-555-0101 (Youth Harbor).";
        assertEquals(Map.of("320-555-0100", "Safe House", "320-555-0101", "Youth Harbor"),
                link(brackets, List.of("Safe House", "Youth Harbor"), List.of("320-555-0100", "320-555-0101")));
    }

    @Test
    void allTheDetailsOfALabelGoToIt() {
        String text = "National Human Trafficking Hotline: 888-373-7888 or text HELP to 233733";
        assertEquals(Map.of("888-373-7888", "National Human Trafficking Hotline", "233733", "National Human Trafficking Hotline"),
                link(text, List.of("National Human Trafficking Hotline"), List.of("888-373-7888", "233733")));
        String directory = "Safe Harbor Center — 612-555-0100 — 123 Main St — Mon–Fri 9–5";
        Map<String, String> all = link(directory, List.of("Safe Harbor Center"), List.of("612-555-0100", "123 Main St", "Mon–Fri 9–5"));
        assertEquals(List.of("Safe Harbor Center", "Safe Harbor Center", "Safe Harbor Center"), List.copyOf(all.values()));
    }

    @Test
    void aDifferentNameBetweenTwoNumbersTakesTheSecond() {
        String text = "Windham PD tip line: 860-465-3135; Love146 crisis text line: 860-555-0123.";
        assertEquals(Map.of("860-465-3135", "Windham PD", "860-555-0123", "Love146"),
                link(text, List.of("Windham PD", "Love146"), List.of("860-465-3135", "860-555-0123")));
    }

    @Test
    void sharedServiceCodesAreNobodysOwnNumber() {
        String text = "Call Safe Avenues at 320-235-0962 or 911 in an emergency.";
        assertEquals(Map.of("320-235-0962", "Safe Avenues", "911", "UNLINKED"),
                link(text, List.of("Safe Avenues"), List.of("320-235-0962", "911"), List.of("911"), EntityLinker.ContextUse.ALWAYS));
        String own = "988 Suicide & Crisis Lifeline: call or text 988. Deaf callers can dial 711 for Relay Iowa.";
        assertEquals(Map.of("988", "988 Suicide & Crisis Lifeline", "711", "Relay Iowa"),
                link(own, List.of("988 Suicide & Crisis Lifeline", "Relay Iowa"), List.of("988", "711"), List.of("988", "711"), EntityLinker.ContextUse.ALWAYS));
        String alone = "Emergency: Dial 911 for active solicitation.";
        assertEquals(Map.of("911", "UNLINKED"), link(alone, List.of(), List.of("911"), List.of("911"), EntityLinker.ContextUse.ALWAYS));
    }

    @Test
    void aBackReferenceGoesToTheContext() {
        String text = "This Bridge Street shelter provides emergency housing. Their 24/7 hotline (860-456-7470) connects individuals.";
        assertEquals(Map.of("24/7", "CONTEXT", "860-456-7470", "CONTEXT"),
                link(text, List.of(), List.of("24/7", "860-456-7470"), List.of(), EntityLinker.ContextUse.ALWAYS));
    }

    @Test
    void aBackReferenceWithoutContextGoesToTheNameOfAnEarlierSentence() {
        String text = "The Lakewalk Sisters Collective opened in 2019. Call them at 218-555-0167.";
        assertEquals(Map.of("218-555-0167", "Lakewalk Sisters Collective"),
                link(text, List.of("Lakewalk Sisters Collective"), List.of("218-555-0167")));
    }

    @Test
    void aSentenceThatNamesNoOneDoesNotBorrowANameFromAnotherSentence() {
        String text = "Survivors may be eligible for the Texas Compensation Program. Spanish-speaking advocates are available at 512.555.0165.";
        assertEquals(Map.of("512.555.0165", "UNLINKED"), link(text, List.of("Texas Compensation Program"), List.of("512.555.0165")));
        assertEquals(Map.of("512.555.0165", "CONTEXT"),
                link(text, List.of("Texas Compensation Program"), List.of("512.555.0165"), List.of(), EntityLinker.ContextUse.ALWAYS));
    }

    @Test
    void aContextForBackReferencesOnlyTakesNothingElse() {
        String text = "Corrections? Leave a message at 515-555-0199. Their line is 515-555-0166.";
        assertEquals(Map.of("515-555-0199", "UNLINKED", "515-555-0166", "CONTEXT"),
                link(text, List.of(), List.of("515-555-0199", "515-555-0166"), List.of(), EntityLinker.ContextUse.ON_BACK_REFERENCE));
    }

    @Test
    void aFieldLineWithoutNamesGoesToTheContext() {
        assertEquals(Map.of("515-555-0102", "CONTEXT", "24 hours", "CONTEXT"),
                link("Phone: 515-555-0102 (24 hours)", List.of(), List.of("515-555-0102", "24 hours"), List.of(), EntityLinker.ContextUse.ALWAYS));
        assertEquals(Map.of("515-555-0102", "UNLINKED"), link("Phone: 515-555-0102", List.of(), List.of("515-555-0102")));
    }

    @Test
    void aNameAfterTheNumberNeedsAShortLink() {
        String text = "Call 651-555-0100 if you need help finding Breaking Free.";
        assertEquals(Map.of("651-555-0100", "UNLINKED"), link(text, List.of("Breaking Free"), List.of("651-555-0100")));
    }

    @Test
    void semicolonsSeparateClauses() {
        String text = "Safe House: 320-555-0100; call 320-555-0199 for Youth Harbor";
        assertEquals(Map.of("320-555-0100", "Safe House", "320-555-0199", "Youth Harbor"),
                link(text, List.of("Safe House", "Youth Harbor"), List.of("320-555-0100", "320-555-0199")));
        assertEquals(List.of(new Span(0, 25), new Span(25, 60)), EntityLinker.clauses(text, List.of(new Span(0, text.length()))));
    }

    @Test
    void manyNamesAndNumbersAreLinkedQuickly() {
        StringBuilder text = new StringBuilder();
        List<Span> names = new ArrayList<>();
        List<EntityLinker.Detail> details = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int start = text.length();
            text.append("Safe House ");
            names.add(new Span(start, start + 10));
            int d = text.length();
            text.append("320-555-0100 ");
            details.add(new EntityLinker.Detail(new Span(d, d + 12), false));
        }
        String t = text.toString();
        long started = System.nanoTime();
        int[] links = linker.link(t, List.of(new Span(0, t.length())), names, details, EntityLinker.ContextUse.NONE);
        assertEquals(49_999, links[49_999]);
        assertEquals(true, System.nanoTime() - started < 5_000_000_000L, "linear-ish, not quadratic");
    }
}
