package org.factdesk.export.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.factdesk.api.export.ClaimRecord;
import org.factdesk.api.export.DocumentInfo;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.PhoneRecord;
import org.factdesk.api.export.Provenance;
import org.factdesk.api.export.ResourceRecord;
import org.factdesk.support.json.PrettyJson;
import org.osgi.service.component.annotations.Component;

/**
 * The Factdesk dataset as one JSON document, {@code factdesk-dataset.json}, following the JSON Schema (draft
 * 2020-12) {@value #SCHEMA_FILE}, which is written beside it so a consumer needs nothing else. Every record carries
 * its provenance; fields are always present (empty strings rather than missing keys), in a fixed order.
 */
@Component(property = {Exporter.FORMAT + "=factdesk-json", Exporter.SCHEMA_VERSION + "=" + FactdeskJsonExporter.VERSION})
public final class FactdeskJsonExporter implements Exporter {
    static final String VERSION = "1.0";
    static final String SCHEMA_FILE = "factdesk-dataset-1.0.schema.json";
    static final String DATA_FILE = "factdesk-dataset.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<Path> export(ExportRequest request, Path directory) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema_version", VERSION);
        root.put("state_as_of", request.dataset().stateAsOf());
        root.put("include_unverified", request.includeUnverified());
        root.put("publisher", request.publisher());
        List<Object> documents = new ArrayList<>();
        for (DocumentInfo d : request.dataset().documents().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", d.path());
            m.put("title", d.title());
            m.put("publisher", d.publisher());
            m.put("kind", d.kind());
            m.put("date", d.date());
            m.put("url", d.url());
            m.put("state", d.state());
            documents.add(m);
        }
        root.put("documents", documents);
        List<Object> resources = new ArrayList<>();
        for (ResourceRecord r : request.dataset().resources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", r.name());
            m.put("location", r.location());
            m.put("address", r.address());
            m.put("hours", r.hours());
            m.put("services", r.services());
            List<Object> phones = new ArrayList<>();
            for (PhoneRecord p : r.phones()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("id", p.id());
                pm.put("flag_id", p.flagId());
                pm.put("number", p.number());
                pm.put("channel", p.channel());
                pm.put("extension", p.extension());
                pm.put("as_written", p.asWritten());
                pm.put("provenance", provenance(p.provenance()));
                phones.add(pm);
            }
            m.put("phones", phones);
            m.put("provenance", provenance(r.provenance()));
            resources.add(m);
        }
        root.put("resources", resources);
        List<Object> claims = new ArrayList<>();
        for (ClaimRecord c : request.dataset().claims()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("flag_id", c.flagId());
            m.put("type", c.type());
            m.put("normalized", c.normalized());
            m.put("verdict", c.verdict());
            m.put("corrected_value", c.correctedValue());
            m.put("provenance", provenance(c.provenance()));
            claims.add(m);
        }
        root.put("claims", claims);
        PrettyJson.write(JSON.valueToTree(root), directory.resolve(DATA_FILE));
        try (InputStream schema = FactdeskJsonExporter.class.getResourceAsStream("/schema/" + SCHEMA_FILE)) {
            if (schema == null) {
                throw new IOException("the dataset schema is missing from the bundle: /schema/" + SCHEMA_FILE);
            }
            Files.write(directory.resolve(SCHEMA_FILE), schema.readAllBytes());
        }
        return List.of(Path.of(DATA_FILE), Path.of(SCHEMA_FILE));
    }

    private static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", p.doc());
        m.put("quote", p.quote());
        m.put("start", p.start());
        m.put("end", p.end());
        m.put("status", p.status());
        m.put("evidence", p.evidence());
        m.put("reviewer", p.reviewer());
        m.put("reviewed_at", p.reviewedAt());
        m.put("verified_at", p.verifiedAt());
        m.put("recheck_due", p.recheckDue());
        m.put("note", p.note());
        return m;
    }
}
