package org.factdesk.review.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.pipeline.RunRequest;
import org.factdesk.api.review.Decision;
import org.factdesk.api.review.IllegalTransitionException;
import org.factdesk.api.review.ReviewRequest;
import org.factdesk.api.review.StaleDecisionException;
import org.factdesk.api.review.Verdict;
import org.factdesk.support.json.FlagLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewWorkflowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String HOTLINE_SENTENCE = "Contact the National Human Trafficking Hotline (888-373-7888).";

    @TempDir
    Path ws;
    private final ReviewWorkflow workflow = new ReviewWorkflow(365,
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

    private static Flag phone(String id, String text, String context, double priority) {
        return new Flag(id, "seed/a.txt", "phone", 10, 22, text, "+1" + text.replace("-", ""), context, "open", priority,
                Map.of("channel", "voice"));
    }

    private void flags(Flag... flags) throws Exception {
        FlagLines.writeAtomically(ws.resolve("flags.jsonl"), List.of(flags));
    }

    private Decision review(String id, long version, Verdict v, String evidence) throws Exception {
        return workflow.review(ws, new ReviewRequest(id, version, v, "", evidence, "checked", "ana"), TODAY);
    }

    @BeforeEach
    void setUp() throws Exception {
        flags(phone("fd-1", "888-373-7888", HOTLINE_SENTENCE, 0.95), phone("fd-2", "320-235-2244", "Call Willmar PD at 320-235-2244.", 0.85));
    }

    @Test
    void aDecisionSetsStatusEvidenceAndRecheckDate() throws Exception {
        Decision d = review("fd-1", 0, Verdict.VERIFIED, "https://humantraffickinghotline.org/ (read 2026-11-20)");
        assertEquals(1, d.sequence());
        Flag f = workflow.flag(ws, "fd-1", TODAY).orElseThrow();
        assertEquals("verified", f.status());
        assertEquals("1", f.attributes().get("version"));
        assertEquals("ana", f.attributes().get("reviewer"));
        assertEquals("2026-11-23", f.attributes().get("verified_at"));
        assertEquals("2027-11-23", f.attributes().get("recheck_due"));
        assertEquals(List.of("fd-2"), workflow.queue(ws, TODAY).stream().map(Flag::id).toList());
        assertEquals(1, workflow.history(ws, "fd-1").size());
    }

    @Test
    void aVerifiedNumberExpiresAfterTheRecheckPeriod() throws Exception {
        review("fd-1", 0, Verdict.VERIFIED, "doc:seed/b.txt#0-40");
        Flag later = workflow.flag(ws, "fd-1", TODAY.plusDays(365)).orElseThrow();
        assertEquals("needs-recheck", later.status());
        assertEquals("verification expired on 2027-11-23 (re-check every 365 days)", later.attributes().get("recheck_reason"));
        assertEquals("fd-1", workflow.queue(ws, TODAY.plusDays(400)).get(0).id());
        review("fd-1", 1, Verdict.VERIFIED, "doc:seed/b.txt#0-40"); // re-verified
        assertEquals(2, workflow.history(ws, "fd-1").size());
    }

    @Test
    void aDecisionAgainstAnOlderVersionIsRefused() throws Exception {
        review("fd-1", 0, Verdict.VERIFIED, "doc:seed/b.txt#0-40");
        StaleDecisionException e = assertThrows(StaleDecisionException.class,
                () -> review("fd-1", 0, Verdict.DISPUTED, "doc:seed/b.txt#0-40"));
        assertEquals("flag fd-1 is at version 1, the decision was made against version 0: reload and decide again", e.getMessage());
        assertEquals(1, workflow.history(ws, "fd-1").size());
    }

    @Test
    void illegalTransitionsAndMissingFieldsAreRefusedWithTheReason() throws Exception {
        review("fd-1", 0, Verdict.VERIFIED, "doc:seed/b.txt#0-40");
        IllegalTransitionException t = assertThrows(IllegalTransitionException.class,
                () -> review("fd-1", 1, Verdict.NOT_A_CLAIM, ""));
        assertEquals("a flag that is 'verified' cannot become 'not-a-claim'; allowed: verified, corrected, disputed, unverifiable",
                t.getMessage());
        IllegalArgumentException noEvidence = assertThrows(IllegalArgumentException.class,
                () -> review("fd-2", 0, Verdict.VERIFIED, ""));
        assertTrue(noEvidence.getMessage().startsWith("evidence: a 'verified' verdict needs evidence"));
        IllegalArgumentException undated = assertThrows(IllegalArgumentException.class,
                () -> review("fd-2", 0, Verdict.VERIFIED, "https://example.org/page"));
        assertTrue(undated.getMessage().contains("a URL needs the date it was read"), undated.getMessage());
        IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class,
                () -> review("fd-2", 0, Verdict.CORRECTED, "doc:x.txt"));
        assertEquals("value: a 'corrected' verdict needs the corrected value (--value X)", noValue.getMessage());
        assertThrows(IllegalArgumentException.class, () -> review("fd-9", 0, Verdict.NOT_A_CLAIM, ""));
        assertEquals("not-a-claim", workflow.flag(ws, "fd-2", TODAY).map(f -> {
            try {
                review("fd-2", 0, Verdict.NOT_A_CLAIM, "");
                return workflow.flag(ws, "fd-2", TODAY).orElseThrow().status();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow());
    }

    @Test
    void editsKeepVerdictsOfUnchangedClaimsAndReopenChangedOnes() throws Exception {
        review("fd-1", 0, Verdict.VERIFIED, "doc:seed/b.txt#0-40");
        review("fd-2", 0, Verdict.VERIFIED, "doc:seed/b.txt#0-40");
        // the document changed: the hotline sentence is the same (new id after a reorder), the PD sentence changed
        flags(phone("fd-1b", "888-373-7888", HOTLINE_SENTENCE, 0.95),
                phone("fd-2", "320-235-2244", "Call the Willmar Police Department at 320-235-2244 or 911.", 0.85));
        Flag hotline = workflow.flag(ws, "fd-1b", TODAY).orElseThrow();
        assertEquals("verified", hotline.status());
        Flag pd = workflow.flag(ws, "fd-2", TODAY).orElseThrow();
        assertEquals("needs-recheck", pd.status());
        assertEquals("the sentence changed since the decision; it was: Call Willmar PD at 320-235-2244.",
                pd.attributes().get("recheck_reason"));
        assertEquals(1, workflow.history(ws, "fd-1b").size());

        // and a claim that vanished leaves an orphan, listed, not lost
        flags(phone("fd-2", "320-235-2244", "Call the Willmar Police Department at 320-235-2244 or 911.", 0.85));
        assertEquals(List.of("fd-1"), workflow.orphans(ws).stream().map(Decision::flagId).toList());
    }

    @Test
    void asAStageItReadsOnlyTheDocumentsItsJournalHasDecisionsOn() throws Exception {
        RunRequest run = new RunRequest(ws.resolve("corpus"), ws.resolve("out"), ws, TODAY, 1);
        assertFalse(workflow.documents(run).test("seed/a.txt"), "no decision yet: no document to read");
        review("fd-1", 0, Verdict.VERIFIED, "doc:seed/b.txt#0-40");
        assertTrue(workflow.documents(run).test("seed/a.txt"));
        assertFalse(workflow.documents(run).test("seed/b.txt"), "evidence in a document is no decision on it");
    }
}
