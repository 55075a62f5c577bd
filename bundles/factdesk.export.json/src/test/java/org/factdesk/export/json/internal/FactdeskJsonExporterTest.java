package org.factdesk.export.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.Provenance;
import org.factdesk.api.export.ResourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactdeskJsonExporterTest {
    @TempDir
    Path dir;

    static Dataset dataset() {
        Provenance verified = new Provenance("seed/000.txt", "888-373-7888", 4499, 4511, "verified",
                "https://humantraffickinghotline.org/en/contact (read 2026-11-20)", "ana", "2026-11-23T09:00:00Z",
                "2026-11-23", "2027-11-23", "");
        Provenance mention = new Provenance("seed/000.txt", "National Human Trafficking Hotline", 4460, 4494, "open",
                "", "", "", "", "", "");
        PhoneRecord phone = new PhoneRecord("2b1e3c1a-6d0e-3f6c-9c69-0f0d4e7a1b11", "fd-1", "+18883737888", "voice", "",
                "888-373-7888", verified);
        ResourceRecord r = new ResourceRecord("8f0b7d5e-2a51-3c61-8a7a-3d9c3f8b7e22", "National Human Trafficking Hotline",
                "", "", "24/7", "", List.of(phone), mention);
        ClaimRecord c = new ClaimRecord("5d8c0f2e-0f3b-3b8e-9f7a-1c2d3e4f5a6b", "fd-2", "statistic", "68 percent",
                "corrected", "58 percent", new Provenance("seed/000.txt", "68%", 10, 13, "corrected",
                "doc:seed/004.txt#1-9", "ben", "2026-11-22T08:00:00Z", "2026-11-22", "", "source says 58%"));
        return new Dataset(List.of(r), List.of(c), Map.of("seed/000.txt",
                new DocumentInfo("seed/000.txt", "Willmar guide", "unknown", "secondary", "", "")), "2026-11-23T09:00:00Z");
    }

    @Test
    void writesTheDatasetAndItsSchemaAndTheDatasetValidates() throws Exception {
        List<Path> files = new FactdeskJsonExporter().export(new ExportRequest(dataset(), false, "Factdesk"), dir);
        assertEquals(List.of(Path.of("factdesk-dataset.json"), Path.of("factdesk-dataset-1.0.schema.json")), files);
        ObjectMapper json = new ObjectMapper();
        JsonNode data = json.readTree(dir.resolve("factdesk-dataset.json").toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(dir.resolve("factdesk-dataset-1.0.schema.json")));
        Set<ValidationMessage> errors = schema.validate(data);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("+18883737888", data.at("/resources/0/phones/0/number").asText());
        assertEquals("verified", data.at("/resources/0/phones/0/provenance/status").asText());
        assertEquals("2027-11-23", data.at("/resources/0/phones/0/provenance/recheck_due").asText());
        assertEquals("58 percent", data.at("/claims/0/corrected_value").asText());

        // the schema catches what a consumer must not get
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.at("/resources/0/phones/0")).put("number", "call us");
        assertEquals(1, schema.validate(data).size());
    }

    @Test
    void theSameRequestGivesTheSameBytes() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        new FactdeskJsonExporter().export(new ExportRequest(dataset(), false, "Factdesk"), a);
        new FactdeskJsonExporter().export(new ExportRequest(dataset(), false, "Factdesk"), b);
        assertEquals(Files.readString(a.resolve("factdesk-dataset.json")), Files.readString(b.resolve("factdesk-dataset.json")));
    }
}
