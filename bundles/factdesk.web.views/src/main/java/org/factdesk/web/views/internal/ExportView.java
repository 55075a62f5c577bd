package org.factdesk.web.views.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.export.ExportService;
import org.factdesk.api.workbench.Dock;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.ViewDescriptor;
import org.factdesk.api.workbench.ViewEndpoint;
import org.factdesk.api.workbench.ViewRequest;
import org.factdesk.api.workbench.ViewResponse;
import org.factdesk.api.workbench.WorkbenchView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Export perspective: runs the export service into {@code WORKSPACE/export/} ({@code POST run}, maintainers) and
 * shows the last export there: its manifest (counts, formats, checksums) and its {@code changes.json}
 * ({@code GET last}).
 */
@Component(service = WorkbenchView.class)
public final class ExportView implements WorkbenchView {
    static final String FOLDER = "export";
    static final ViewDescriptor DESCRIPTOR = new ViewDescriptor("export", "Export", "Export", Dock.CENTER, 400,
            "export.js", List.of(
                    ViewEndpoint.read("last", "the last export in WORKSPACE/export: manifest, changes, files"),
                    ViewEndpoint.action("run", Role.MAINTAINER,
                            "run the export: {formats: [names], includeUnverified: false}; empty formats for all")),
            Role.VIEWER);

    private final ExportService export;

    @Activate
    public ExportView(@Reference ExportService export) {
        this.export = export;
    }

    @Override
    public ViewDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ViewResponse call(ViewRequest r) throws IOException {
        return switch (r.endpoint()) {
            case "last" -> Responses.ok(last(r.workspace().resolve(FOLDER)));
            case "run" -> run(r);
            default -> Responses.error(404, "no endpoint " + r.endpoint());
        };
    }

    private ViewResponse run(ViewRequest r) throws IOException {
        ObjectNode body = Responses.body(r.body());
        List<String> formats = new ArrayList<>();
        for (JsonNode f : body.path("formats")) {
            formats.add(f.asText());
        }
        boolean includeUnverified = body.path("includeUnverified").asBoolean(false);
        Path dir = r.workspace().resolve(FOLDER);
        ExportService.ExportSummary s = export.export(r.workspace(), r.corpus(), dir, formats, includeUnverified, r.asOf());
        ObjectNode out = last(dir);
        ObjectNode summary = out.putObject("summary").put("resources", s.resources()).put("phones", s.phones())
                .put("claims", s.claims()).put("added", s.added()).put("removed", s.removed()).put("changed", s.changed())
                .put("by", r.principal().name());
        ArrayNode files = summary.putArray("files");
        s.files().forEach(files::add);
        return Responses.ok(out);
    }

    static ObjectNode last(Path dir) throws IOException {
        ObjectNode out = Responses.JSON.createObjectNode().put("directory", dir.toString());
        Path manifest = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            out.putNull("manifest");
            out.putNull("changes");
            return out;
        }
        out.put("writtenAt", Files.getLastModifiedTime(manifest).toInstant().toString());
        out.set("manifest", Responses.JSON.readTree(Files.readAllBytes(manifest)));
        Path changes = dir.resolve("changes.json");
        out.set("changes", Files.isRegularFile(changes) ? Responses.JSON.readTree(Files.readAllBytes(changes))
                : Responses.JSON.nullNode());
        return out;
    }
}
