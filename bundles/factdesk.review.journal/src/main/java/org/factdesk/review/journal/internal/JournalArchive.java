package org.factdesk.review.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.factdesk.api.workspace.WorkspaceArchive;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Backup and restore of a workspace. Entries: {@code workspace/journal.jsonl} (copied under the journal's write
 * lock, so it ends on a complete record), every other small settings file at the top of the workspace
 * ({@code *.json}, {@code *.properties}), and {@code reference/*.json} from the corpus; plus {@code MANIFEST.sha256},
 * one "checksum  entry" line each. Entry names are checked on restore, so a crafted archive cannot write outside
 * the workspace or the registry folder.
 */
@Component(service = WorkspaceArchive.class)
public final class JournalArchive implements WorkspaceArchive {
    static final String MANIFEST = "MANIFEST.sha256";
    private static final long MAX_ENTRY = 512L * 1024 * 1024;

    private final ReviewWorkflow workflow;

    @Activate
    public JournalArchive(@Reference ReviewWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public List<String> backup(Path workspace, Path corpus, Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put("workspace/" + ReviewWorkflow.JOURNAL, workflow.journal(workspace).snapshotBytes());
        try (Stream<Path> files = Files.list(workspace)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".json") || name.endsWith(".properties")) && Files.size(f) < MAX_ENTRY) {
                    entries.put("workspace/" + name, Files.readAllBytes(f));
                }
            }
        }
        Path reference = corpus.resolve("reference");
        if (Files.isDirectory(reference)) {
            try (Stream<Path> files = Files.list(reference)) {
                for (Path f : files.sorted().toList()) {
                    if (f.getFileName().toString().endsWith(".json")) {
                        entries.put("reference/" + f.getFileName(), Files.readAllBytes(f));
                    }
                }
            }
        }
        StringBuilder manifest = new StringBuilder();
        entries.forEach((name, bytes) -> manifest.append(sha256(bytes)).append("  ").append(name).append('\n'));
        Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(MANIFEST));
            z.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<String> names = new ArrayList<>(entries.keySet());
        names.add(MANIFEST);
        return names;
    }

    @Override
    public List<String> restore(Path zip, Path workspace, Path corpus) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                entries.put(e.getName(), readBounded(z, e.getName()));
            }
        }
        byte[] manifest = entries.remove(MANIFEST);
        if (manifest == null) {
            throw new IOException(zip + ": not a Factdesk backup (no " + MANIFEST + ")");
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                sums.put(line.substring(66), line.substring(0, 64));
            }
        }
        for (Map.Entry<String, String> s : sums.entrySet()) {
            byte[] bytes = entries.get(s.getKey());
            if (bytes == null) {
                throw new IOException(zip + ": entry " + s.getKey() + " is missing; nothing was restored");
            }
            if (!sha256(bytes).equals(s.getValue())) {
                throw new IOException(zip + ": entry " + s.getKey() + " is damaged (checksum mismatch); nothing was restored");
            }
            target(s.getKey(), workspace, corpus);
        }
        if (!sums.keySet().equals(entries.keySet())) {
            throw new IOException(zip + ": entries not in the manifest: nothing was restored");
        }
        Files.createDirectories(workspace);
        List<String> restored = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Path target = target(e.getKey(), workspace, corpus);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.copy(target, target.resolveSibling(target.getFileName() + ".before-restore"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path tmp = target.resolveSibling(target.getFileName() + ".restore-tmp");
            Files.write(tmp, e.getValue());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            restored.add(e.getKey());
        }
        workflow.forget(workspace);
        return restored;
    }

    /** Where an entry goes; refuses names that would leave their folder. */
    private static Path target(String name, Path workspace, Path corpus) throws IOException {
        String[] parts = name.split("/");
        if (parts.length != 2 || parts[1].isEmpty() || parts[1].startsWith(".") || parts[1].contains("\\")) {
            throw new IOException("backup entry '" + name + "' is not a workspace or registry file: refused");
        }
        return switch (parts[0]) {
            case "workspace" -> workspace.resolve(parts[1]);
            case "reference" -> corpus.resolve("reference").resolve(parts[1]);
            default -> throw new IOException("backup entry '" + name + "' is not a workspace or registry file: refused");
        };
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_ENTRY) {
                throw new IOException("backup entry " + name + " is larger than " + MAX_ENTRY + " bytes: refused");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
