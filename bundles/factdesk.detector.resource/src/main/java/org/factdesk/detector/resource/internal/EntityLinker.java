package org.factdesk.detector.resource.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.factdesk.api.document.Span;

/**
 * Decides which named entity each contact detail (a phone number, a short code, an address, opening hours) in a
 * passage belongs to. "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888)"
 * gives 320-235-2244 to Willmar PD and 888-373-7888 to the hotline, not both to one.
 *
 * <p>Self-contained on purpose: it depends only on {@link Span} from the API and on the text, so the phone
 * detector can reuse it to put an {@code entity} attribute on phone flags once it moves to a shared bundle. The
 * caller finds the names and the details; this class only links them.
 *
 * <p>The passage is cut into clauses at its sentence boundaries (given by the caller, who knows the abbreviations)
 * and at semicolons. For each detail, in order of preference (the first three look only inside its clause):
 * <ol>
 *   <li>a name right after it, joined only by a bracket, a colon or dash, or "for", "to reach", "to contact",
 *       "at", "from" ("call 320-555-0100 (Safe House)", "dial 711 for Relay Iowa"), when no name precedes it in the
 *       clause or an "or", "and", comma or semicolon stands between that name and the detail ("call 320-555-0100
 *       for Safe House or 320-555-0101 for Youth Harbor");</li>
 *   <li>the nearest name before it in the clause (names usually come first: "Willmar PD at ...", "Safe Avenues
 *       shelter (...)", "Hotline: ...");</li>
 *   <li>a name after it in the clause, as above;</li>
 *   <li>a shared service code (911, 211, 988, ...) is nobody's own number: it is linked only inside its clause, to a
 *       name with no other detail in between, and is otherwise left unlinked;</li>
 *   <li>the nearest name in an earlier clause of the same sentence ("... Law Clinic offers free consultations;
 *       call 402-555-0177");</li>
 *   <li>when the words before the detail in its clause refer back ("Their 24/7 hotline", "Its office", "This
 *       shelter", "call them at"), the context entity, that is, what the surrounding text is about (a heading, a
 *       directory entry), or without one the nearest name in an earlier sentence of the passage;</li>
 *   <li>the context entity, if the caller says the passage is about it ({@link ContextUse#ALWAYS}: a field line
 *       under a directory entry, a paragraph under a heading that names the organization); otherwise the detail
 *       stays unlinked. A detail in a sentence that names nobody and refers back to nobody ("Spanish-speaking
 *       advocates are available at ...") is not given to a name from another sentence: it may well belong to the
 *       page's publisher.</li>
 * </ol>
 *
 * <p>Thread-safe (no state). Each detail costs O(log n) lookups plus the text between it and its candidates.
 */
final class EntityLinker {
    /** The detail belongs to no entity. */
    static final int UNLINKED = -1;
    /** The detail belongs to the context entity the caller knows of (a heading, a directory entry). */
    static final int CONTEXT = -2;

    /** A detail to link: where it is, and whether it is a shared service code such as 911 or 988. */
    record Detail(Span span, boolean sharedCode) {
    }

    /** When a detail that no name in its sentence claims may go to the context entity. */
    enum ContextUse {
        /** There is no context entity. */
        NONE,
        /** Only when its clause refers back ("Their hotline", "call them"): the context is not the passage's topic. */
        ON_BACK_REFERENCE,
        /** Whenever no name claims it: the passage is about the context entity (a field line, a section's paragraph). */
        ALWAYS
    }

    private static final Pattern LINK_TO_NAME_AFTER = Pattern.compile(
            "\\s*(?:\\(\\s*|[:—–-]\\s*|(?:for|to reach|to contact|at|from)\\s+(?:the\\s+)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVE = Pattern.compile("\\b(?:or|and)\\b|[,;]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(?:their|its|this|these|the same|they|them|it)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_SHARED_CODE_DISTANCE = 60;

    /**
     * Links every detail of a passage.
     *
     * @param text             the document text
     * @param sentences        the passage's sentences, in order (the passage is their union)
     * @param names            the entity names in the passage, in order, not overlapping (so their ends are in order too)
     * @param details          the details to link, in order, not overlapping
     * @param context          when the context entity may be used
     * @return for each detail, the index of its name in {@code names}, {@link #CONTEXT} or {@link #UNLINKED}
     */
    int[] link(String text, List<Span> sentences, List<Span> names, List<Detail> details, ContextUse context) {
        List<Span> clauses = clauses(text, sentences);
        int[] out = new int[details.size()];
        for (int d = 0; d < details.size(); d++) {
            out[d] = linkOne(text, sentences, clauses, names, details, d, context);
        }
        return out;
    }

    private static int linkOne(String text, List<Span> sentenceSpans, List<Span> clauses, List<Span> names,
                               List<Detail> details, int d, ContextUse context) {
        Detail detail = details.get(d);
        Span clause = containing(clauses, detail.span().start());
        int before = nameBefore(names, clause.start(), detail.span().start());
        int after = nameAfter(text, names, details, d, clause);
        if (after >= 0 && (before < 0 || ALTERNATIVE.matcher(text.substring(names.get(before).end(), detail.span().start())).find())) {
            return after;
        }
        if (before >= 0) {
            if (!detail.sharedCode() || closeWithNothingBetween(names.get(before), details, d)) {
                return before;
            }
        } else if (after >= 0) {
            return after;
        }
        if (detail.sharedCode()) {
            return UNLINKED;
        }
        Span sentence = containing(sentenceSpans, detail.span().start());
        int inSentence = nameBefore(names, sentence.start(), clause.start());
        if (inSentence >= 0) {
            return inSentence; // "Nebraska Survivor Law Clinic offers consultations; call 402-555-0177."
        }
        String lead = text.substring(clause.start(), detail.span().start());
        if (BACK_REFERENCE.matcher(lead).find()) {
            if (context != ContextUse.NONE) {
                return CONTEXT;
            }
            int earlier = nameBefore(names, 0, clause.start());
            if (earlier >= 0) {
                return earlier;
            }
        }
        return context == ContextUse.ALWAYS ? CONTEXT : UNLINKED;
    }

    /** The index of the last name that starts at or after {@code from} and ends at or before {@code offset}, or -1. */
    private static int nameBefore(List<Span> names, int from, int offset) {
        int lo = 0;
        int hi = names.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).end() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && names.get(found).start() >= from ? found : -1;
    }

    /** The index of a name right after the detail in its clause, joined by a short link and no other detail; or -1. */
    private static int nameAfter(String text, List<Span> names, List<Detail> details, int d, Span clause) {
        Span detail = details.get(d).span();
        int lo = 0;
        int hi = names.size() - 1;
        int first = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).start() >= detail.end()) {
                first = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (first < 0 || names.get(first).start() >= clause.end()) {
            return -1;
        }
        Span n = names.get(first);
        boolean detailBetween = d + 1 < details.size() && details.get(d + 1).span().start() < n.start();
        boolean shortLink = LINK_TO_NAME_AFTER.matcher(text.substring(detail.end(), n.start())).matches();
        return !detailBetween && shortLink ? first : -1;
    }

    private static boolean closeWithNothingBetween(Span name, List<Detail> details, int d) {
        Span detail = details.get(d).span();
        if (detail.start() - name.end() > MAX_SHARED_CODE_DISTANCE) {
            return false;
        }
        return d == 0 || details.get(d - 1).span().end() <= name.end();
    }

    /** The clause that holds {@code offset}; a one-character span when none does (a detail outside the sentences). */
    private static Span containing(List<Span> clauses, int offset) {
        int lo = 0;
        int hi = clauses.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span c = clauses.get(mid);
            if (offset < c.start()) {
                hi = mid - 1;
            } else if (offset >= c.end()) {
                lo = mid + 1;
            } else {
                return c;
            }
        }
        return new Span(offset, offset + 1);
    }

    /** The sentences, each cut again at semicolons. */
    static List<Span> clauses(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences) {
            int start = s.start();
            for (int i = s.start(); i < s.end(); i++) {
                if (text.charAt(i) == ';') {
                    out.add(new Span(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < s.end()) {
                out.add(new Span(start, s.end()));
            }
        }
        return out;
    }
}
