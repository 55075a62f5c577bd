package org.factdesk.web.auth.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.factdesk.api.workbench.Role;

/**
 * {@code WORKSPACE/users.json}: {@code {"users": [{"name", "role", "password", "created"}]}}, sorted by name.
 * Writes go to a temporary file in the same folder, which is flushed to disk and renamed over the old one, so a
 * crash leaves either the old or the new file; the file is readable by its owner only where the file system has
 * POSIX permissions. Changes are read-modify-write under an exclusive lock on {@code users.json.lock}, so the
 * command line and a running server can both change it.
 */
final class UserFile {
    static final String NAME = "users.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    UserFile(Path workspace) {
        this.file = workspace.resolve(NAME);
    }

    Path path() {
        return file;
    }

    /** The accounts, or none when the file does not exist yet. @throws IOException naming the file when malformed */
    List<UserAccount> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<UserAccount> users = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(bytes);
            for (JsonNode u : root.path("users")) {
                users.add(new UserAccount(u.path("name").asText(), Role.fromLabel(u.path("role").asText()),
                        u.path("password").asText(), u.path("created").asText()));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(file + " is not a valid users file: " + e.getMessage(), e);
        }
        return users;
    }

    /** A change of the whole list. */
    interface Change {
        List<UserAccount> apply(List<UserAccount> current) throws IOException;
    }

    /** Reads, changes and writes the file atomically, holding the lock throughout. */
    List<UserAccount> update(Change change) throws IOException {
        Files.createDirectories(file.getParent());
        Path lockFile = file.resolveSibling(NAME + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.lock()) {
            List<UserAccount> changed = new ArrayList<>(change.apply(read()));
            changed.sort(Comparator.comparing(UserAccount::name));
            write(changed);
            return changed;
        }
    }

    private void write(List<UserAccount> users) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("users");
        for (UserAccount u : users) {
            list.addObject().put("name", u.name()).put("role", u.role().label()).put("password", u.password())
                    .put("created", u.created());
        }
        byte[] bytes = (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        Path tmp = Files.createTempFile(file.getParent(), NAME + ".", ".tmp");
        try {
            ownerOnly(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void ownerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions apply
        }
    }
}
