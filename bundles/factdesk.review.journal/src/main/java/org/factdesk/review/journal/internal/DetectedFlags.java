package org.factdesk.review.journal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.factdesk.api.detect.Flag;
import org.factdesk.support.json.FlagLines;

/**
 * The flags of the last run of each workspace ({@code flags.jsonl}), read once and kept while the file stays the
 * same. A workspace of a hundred thousand flags is tens of megabytes of JSON: reading it for every decision made
 * recording one take most of a second. The main job replaces the file atomically (a new file renamed over the
 * old), so its identity (the file key where the file system has one), size and modification time tell when to
 * read it again. Only a file replaced by one of the same size within the file system's timestamp resolution, on a
 * system without file keys, could go unnoticed; restoring a backup forgets the workspace explicitly. Thread-safe.
 */
final class DetectedFlags {
    /** The flags as read, their index by id, and the file state they were read from. */
    record Snapshot(List<Flag> flags, Map<String, Flag> byId, Object fileKey, long size, FileTime modified) {
        boolean describes(BasicFileAttributes a) {
            return Objects.equals(fileKey, a.fileKey()) && size == a.size() && modified.equals(a.lastModifiedTime());
        }
    }

    private final Map<Path, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** Drops what was read for the workspace's {@code file}: the next call reads it again. */
    void forget(Path file) {
        snapshots.remove(file.toAbsolutePath().normalize());
    }

    /** The current flags of the workspace's {@code file}; an IOException naming the run to make when there is none. */
    Snapshot of(Path workspace, Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(key, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            snapshots.remove(key);
            throw new IOException("no flags in " + workspace + ": run 'factdesk run' first");
        }
        Snapshot cached = snapshots.get(key);
        if (cached != null && cached.describes(attributes)) {
            return cached;
        }
        List<Flag> flags;
        try {
            flags = List.copyOf(FlagLines.read(key));
        } catch (NoSuchFileException e) { // replaced or removed since its attributes were read
            throw new IOException("no flags in " + workspace + ": run 'factdesk run' first");
        }
        Map<String, Flag> byId = new HashMap<>(flags.size() * 2);
        for (Flag f : flags) {
            byId.putIfAbsent(f.id(), f); // the first of equal ids, as a search from the top finds
        }
        Snapshot fresh = new Snapshot(flags, Map.copyOf(byId), attributes.fileKey(), attributes.size(),
                attributes.lastModifiedTime());
        snapshots.put(key, fresh);
        return fresh;
    }
}
