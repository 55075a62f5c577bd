package org.factdesk.export.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.factdesk.api.export.Dataset;
import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.ExportService;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.review.ReviewService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Runs the exporters (whiteboard) on the dataset of a workspace. Each exporter writes into a fresh temporary
 * folder; its files are then moved into the export folder one by one with an atomic rename, so a reader never
 * sees half a file. {@code manifest.json} is written last: counts, formats with their schema versions, SHA-256 of
 * every file, and the state's time. {@code changes.json} lists what was added, removed or changed since the
 * previous export; it is rewritten only when the records changed, so exporting the same state twice gives
 * byte-identical folders.
 */
@Component(service = ExportService.class)
public final class DatasetExportService implements ExportService {
    static final String PUBLISHER = "Factdesk";
    /** Staging folders are made beside the export folder, so that the final renames stay on one file system. */
    static final String STAGING_PREFIX = ".export-";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Registered(Exporter exporter, String format, String schemaVersion) {
    }

    private final List<Registered> exporters = new CopyOnWriteArrayList<>();

    @Reference
    private ReviewService review;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(Exporter exporter, Map<String, Object> properties) {
        exporters.add(new Registered(exporter, String.valueOf(properties.get(Exporter.FORMAT)),
                String.valueOf(properties.getOrDefault(Exporter.SCHEMA_VERSION, ""))));
    }

    void removeExporter(Exporter exporter) {
        exporters.removeIf(r -> r.exporter == exporter);
    }

    @Override
    public ExportSummary export(Path workspace, Path corpus, Path directory, List<String> formats,
                                boolean includeUnverified, LocalDate asOf) throws IOException {
        List<Registered> chosen = choose(formats);
        Dataset dataset = DatasetBuilder.build(review.flags(workspace, asOf), ManifestReader.read(corpus), includeUnverified);
        return write(dataset, chosen, directory, includeUnverified);
    }

    private List<Registered> choose(List<String> formats) {
        List<Registered> all = exporters.stream().sorted(Comparator.comparing(Registered::format)).toList();
        if (formats.isEmpty()) {
            return all;
        }
        List<Registered> chosen = new ArrayList<>();
        for (String f : formats) {
            Registered r = all.stream().filter(e -> e.format().equals(f)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("no exporter for format '" + f + "'; installed: "
                            + String.join(", ", all.stream().map(Registered::format).toList())));
            chosen.add(r);
        }
        return chosen;
    }

    ExportSummary write(Dataset dataset, List<Registered> chosen, Path directory, boolean includeUnverified)
            throws IOException {
        Files.createDirectories(directory);
        Path parent = directory.toAbsolutePath().getParent();
        clearAbandonedStaging(parent);
        Path staging = Files.createTempDirectory(parent, STAGING_PREFIX);
        try {
            ExportRequest request = new ExportRequest(dataset, includeUnverified, PUBLISHER);
            Map<String, String> files = new TreeMap<>();
            Map<String, String> schemas = new TreeMap<>();
            for (Registered r : chosen) {
                schemas.put(r.format(), r.schemaVersion());
                for (Path written : r.exporter().export(request, staging)) {
                    files.put(written.toString().replace('\\', '/'), sha256(Files.readAllBytes(staging.resolve(written))));
                }
            }
            Map<String, Map<String, String>> previous = RecordIndex.read(directory);
            Map<String, Map<String, String>> current = RecordIndex.of(dataset);
            Map<String, List<Map<String, String>>> changes = RecordIndex.changes(previous, current);
            boolean changed = !previous.equals(current) || !Files.exists(directory.resolve("changes.json"));
            for (String name : files.keySet()) {
                moveIntoPlace(staging.resolve(name), directory.resolve(name));
            }
            if (changed) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("state_as_of", dataset.stateAsOf());
                doc.putAll(changes);
                writeAtomically(directory.resolve("changes.json"), JSON.writeValueAsBytes(doc), staging);
            }
            writeAtomically(directory.resolve(RecordIndex.FILE), RecordIndex.bytes(current), staging);
            int phones = dataset.resources().stream().mapToInt(r -> r.phones().size()).sum();
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("generator", "Factdesk");
            manifest.put("state_as_of", dataset.stateAsOf());
            manifest.put("include_unverified", includeUnverified);
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("resources", dataset.resources().size());
            counts.put("phones", phones);
            counts.put("claims", dataset.claims().size());
            counts.put("documents", dataset.documents().size());
            manifest.put("counts", counts);
            manifest.put("formats", schemas);
            manifest.put("files", files);
            writeAtomically(directory.resolve("manifest.json"), JSON.writeValueAsBytes(new TreeMap<>(manifest)), staging);
            List<String> written = new ArrayList<>(files.keySet());
            written.add("manifest.json");
            return new ExportSummary(written, dataset.resources().size(), phones, dataset.claims().size(),
                    changes.get("added").size(), changes.get("removed").size(), changes.get("changed").size());
        } finally {
            deleteTree(staging);
        }
    }

    /** Staging folders an export killed mid-way left behind: never read, safe to remove. */
    private static void clearAbandonedStaging(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX) && Files.isDirectory(p)).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeAtomically(Path target, byte[] bytes, Path staging) throws IOException {
        Path tmp = staging.resolve(target.getFileName() + ".tmp");
        byte[] withNewline = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes
                : (new String(bytes, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(tmp, withNewline);
        moveIntoPlace(tmp, target);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless and named .export-*
        }
    }
}
