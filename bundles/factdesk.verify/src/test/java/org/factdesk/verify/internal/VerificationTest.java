package org.factdesk.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factdesk.api.detect.Flag;
import org.factdesk.api.document.Span;
import org.factdesk.api.evidence.Assessment;
import org.factdesk.api.evidence.Evidence;
import org.factdesk.api.index.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationTest {
    private static final Path CORPUS = Path.of("../../corpus");

    private static Flag flag(String id, String doc, String type, String text, String normalized, String context,
                             Map<String, String> attributes) {
        int at = Math.max(0, context.indexOf(text));
        return new Flag(id, doc, type, at, at + text.length(), text, normalized, context, "open", 0.9, attributes);
    }

    private static Flag sms(String code, String context) {
        return flag("fd-" + code, "seed/001.txt", "phone", code, code, context, Map.of("channel", "sms"));
    }

    @Test
    void theRegistryContradictsTheWrongShortCodeAndSupportsTheRightOne() throws Exception {
        ReferenceRegistry registry = ReferenceRegistry.load(CORPUS);
        List<Evidence> wrong = PhoneAssessor.assess(sms("233722", "24-hour crisis text line: Text “HELP” to 233722"), registry);
        assertEquals(1, wrong.size());
        assertEquals(Assessment.CONTRADICTS, wrong.get(0).assessment());
        assertEquals("the registry gives 233733 for texting HELP to National Human Trafficking Hotline; 233722 differs",
                wrong.get(0).reason());
        List<Evidence> right = PhoneAssessor.assess(sms("233733",
                "National Human Trafficking Hotline: 888-373-7888 or text “HELP” to 233733"), registry);
        assertEquals(List.of(Assessment.SUPPORTS), right.stream().map(Evidence::assessment).toList());
        Flag voice = flag("fd-v", "seed/000.txt", "phone", "888-373-7888", "+18883737888",
                "the National Human Trafficking Hotline (888-373-7888).", Map.of("channel", "voice"));
        assertEquals(List.of(Assessment.SUPPORTS), PhoneAssessor.assess(voice, registry).stream().map(Evidence::assessment).toList());
    }

    @Test
    void anotherNumberBesideTheNamedHotlineIsNotAContradiction() throws Exception {
        Flag pd = flag("fd-pd", "seed/000.txt", "phone", "320-235-2244", "+13202352244",
                "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888).",
                Map.of("channel", "voice"));
        assertEquals(List.of(), PhoneAssessor.assess(pd, ReferenceRegistry.load(CORPUS)));
        Flag wrong = flag("fd-w", "x.txt", "phone", "888-373-7000", "+18883737000",
                "Call the National Human Trafficking Hotline at 888-373-7000.", Map.of("channel", "voice"));
        assertEquals(List.of(Assessment.CONTRADICTS),
                PhoneAssessor.assess(wrong, ReferenceRegistry.load(CORPUS)).stream().map(Evidence::assessment).toList());
    }

    @Test
    void statisticsFromDocumentsAboutDifferentStatesAreDifferentQuantities() throws Exception {
        List<Flag> fines = List.of(
                flag("a", "mn.txt", "statistic", "$3,000", "3000 USD", "Repeat offenses escalate to gross misdemeanors (1 year jail, $3,000 fines).", Map.of()),
                flag("b", "ct.txt", "statistic", "$2,000", "2000 USD", "A Class A misdemeanor punishable by up to 1 year in jail and fines up to $2,000.", Map.of()));
        assertEquals(0, ConflictFinder.find(fines, ReferenceRegistry.empty(), Map.of("mn.txt", "MN", "ct.txt", "CT")).size());
    }

    @Test
    void phonesGetTheOrganizationThatListsThem() {
        String sentence = "Contact Willmar PD at 320-235-2244 or the National Human Trafficking Hotline (888-373-7888).";
        Flag pd = flag("p1", "g.txt", "phone", "320-235-2244", "+13202352244", sentence, Map.of("channel", "voice"));
        Flag nhth = flag("p2", "g.txt", "phone", "888-373-7888", "+18883737888", sentence, Map.of("channel", "voice"));
        Flag other = flag("p3", "other.txt", "phone", "320-235-2244", "+13202352244", sentence, Map.of("channel", "voice"));
        Flag willmarPd = flag("r1", "g.txt", "resource", "Willmar PD", "Willmar PD", sentence, Map.of("phones", "+13202352244"));
        Flag hotline = flag("r2", "g.txt", "resource", "National Human Trafficking Hotline", "National Human Trafficking Hotline",
                sentence, Map.of("phones", "+18883737888"));
        List<Flag> linked = ResourceLinks.attach(List.of(pd, nhth, other, willmarPd, hotline));
        assertEquals("Willmar PD", linked.get(0).attributes().get("entity"));
        assertEquals("National Human Trafficking Hotline", linked.get(1).attributes().get("entity"));
        assertEquals(null, linked.get(2).attributes().get("entity"), "a resource of another document does not claim it");
    }

    @Test
    void nearMissesAreTyposOfTheSameLength() {
        assertTrue(PhoneAssessor.nearMiss("+18883737887", "+18883737888"));
        assertTrue(PhoneAssessor.nearMiss("+18883377888", "+18883737888"));
        assertTrue(!PhoneAssessor.nearMiss("+16126732700", "+18883737888"));
        assertTrue(!PhoneAssessor.nearMiss("911", "988"));
    }

    @Test
    void conflictsOfTheSeedKinds() throws Exception {
        String footer = "Para asistencia 612-673-2700, Yog xav tau kev pab, hu 612-637-2800, Hadii aad u baahantahay 612-673-3500.";
        List<Flag> flags = List.of(
                sms("233722", "24-hour crisis text line: Text “HELP” to 233722"),
                flag("p1", "seed/003.txt", "phone", "612-673-2700", "+16126732700", footer, Map.of("channel", "voice")),
                flag("p2", "seed/003.txt", "phone", "612-637-2800", "+16126372800", footer, Map.of("channel", "voice")),
                flag("p3", "seed/003.txt", "phone", "612-673-3500", "+16126733500", footer, Map.of("channel", "voice")),
                flag("s1", "seed/003.txt", "statistic", "14", "14",
                        "For example, national research shows that 96 percent of girls who are trafficked are runaways, "
                                + "and their average age of entry into prostitution is 14.", Map.of()),
                flag("s2", "seed/004.txt", "statistic", "12-14 years old", "12-14 years",
                        "The average age of entry into prostitution by minors is 12-14 years old.", Map.of()),
                flag("s3", "seed/000.txt", "statistic", "68%", "68 percent",
                        "A 2022 Minnesota Department of Health report found 68% of sex workers experienced physical assault.", Map.of()));
        List<Flag> conflicts = ConflictFinder.find(flags, ReferenceRegistry.load(CORPUS));
        assertEquals(List.of("registry:233722", "pattern:612-637-2800", "value:14", "value:12-14 years old"),
                conflicts.stream().map(c -> c.attributes().get("kind") + ":" + c.text()).toList());
        Flag value = conflicts.get(2);
        assertEquals("conflict", value.type());
        assertEquals("'14' here, '12-14 years old' in seed/004.txt (age average entry prostitution)", value.normalized());
        assertEquals("s2", value.attributes().get("with"));
        assertEquals(Flag.stableId("seed/003.txt", "conflict", "value:14", 1), value.id());
    }

    @Test
    void aPrimaryPassageWithAnotherValueIsADifference() {
        Flag claim = flag("s1", "seed/003.txt", "statistic", "14", "14",
                "their average age of entry into prostitution is 14.", Map.of());
        SearchHit hit = new SearchHit("seed/004.txt", new Span(100, 170),
                "Juveniles are extremely vulnerable. The average age of entry into prostitution by minors is 12-14 years old.",
                List.of(), 3f);
        Evidence e = DocumentEvidenceSource.assess(claim, hit);
        assertEquals(Assessment.CONTRADICTS, e.assessment());
        assertEquals("doc:seed/004.txt#100-170", e.reference());
        assertEquals("gives 12-14 where the claim gives 14: a difference to resolve", e.reason());
        assertEquals("\"14\"^3 average age entry prostitution", DocumentEvidenceSource.query(claim));
    }

    @Test
    void aBrokenRegistryFileIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reference"));
        Files.writeString(dir.resolve("reference/x.json"), "{\"entries\":[{\"id\":\"a\"}]}");
        IOException e = assertThrows(IOException.class, () -> ReferenceRegistry.load(dir));
        assertEquals("reference registry x.json entries[0]: field 'organization' is missing", e.getMessage());
    }
}
