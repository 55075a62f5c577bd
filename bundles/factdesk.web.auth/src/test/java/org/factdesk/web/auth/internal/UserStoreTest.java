package org.factdesk.web.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
    @TempDir
    Path workspace;

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private UserStore store() {
        return new UserStore(workspace, hasher, clock);
    }

    @Test
    void anAddedUserSignsInWithTheirPasswordOnly() throws Exception {
        UserStore users = store();
        users.add("ana", Role.EDITOR, "correct horse battery".toCharArray());
        assertEquals(new Principal("ana", Role.EDITOR), users.authenticate("ana", "correct horse battery".toCharArray()).orElseThrow());
        assertTrue(users.authenticate("ana", "wrong horse battery".toCharArray()).isEmpty());
        assertTrue(users.authenticate("ANA", "correct horse battery".toCharArray()).isEmpty(), "names are exact at sign-in");
        assertTrue(users.authenticate("nobody", "correct horse battery".toCharArray()).isEmpty());
        assertTrue(users.authenticate(null, "x".toCharArray()).isEmpty());
    }

    @Test
    void theFileHoldsSaltedHashesOnlyAndOnlyItsOwnerMayReadIt() throws Exception {
        store().add("ana", Role.ADMIN, "correct horse battery".toCharArray());
        Path file = workspace.resolve("users.json");
        String text = Files.readString(file);
        assertFalse(text.contains("correct horse battery"));
        assertTrue(text.contains("\"role\" : \"admin\""), text);
        assertTrue(text.contains("pbkdf2-sha256$1000$"), text);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        try (Stream<Path> s = Files.list(workspace)) {
            assertEquals(List.of("users.json", "users.json.lock"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void namesAreUniqueIgnoringCaseAndWellFormed() throws Exception {
        UserStore users = store();
        users.add("ana", Role.EDITOR, "correct horse battery".toCharArray());
        assertThrows(UserStore.UserExistsException.class, () -> users.add("Ana", Role.VIEWER, "another password".toCharArray()));
        for (String bad : new String[] {"", "-ana", "a b", "ana/..", "<script>", "x".repeat(65)}) {
            assertThrows(IllegalArgumentException.class, () -> users.add(bad, Role.VIEWER, "long enough pw".toCharArray()), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> users.add("ben", Role.VIEWER, "short".toCharArray()));
        assertEquals(List.of(new Principal("ana", Role.EDITOR)), users.list());
    }

    @Test
    void theLastAdminCanBeNeitherRemovedNorDemoted() throws Exception {
        UserStore users = store();
        users.add("root", Role.ADMIN, "correct horse battery".toCharArray());
        users.add("ana", Role.EDITOR, "correct horse battery".toCharArray());
        assertThrows(IllegalArgumentException.class, () -> users.remove("root"));
        assertThrows(IllegalArgumentException.class, () -> users.setRole("root", Role.MAINTAINER));
        users.setRole("ana", Role.ADMIN);
        users.setRole("root", Role.VIEWER);
        users.remove("root");
        assertEquals(List.of(new Principal("ana", Role.ADMIN)), users.list());
        assertThrows(UserStore.NoSuchUserException.class, () -> users.remove("root"));
    }

    @Test
    void aChangeByAnotherProcessIsSeenOnTheNextRequest() throws Exception {
        UserStore server = store();
        assertTrue(server.find("ana").isEmpty());
        store().add("ana", Role.EDITOR, "correct horse battery".toCharArray()); // the command line, meanwhile
        assertEquals(Role.EDITOR, server.find("ana").orElseThrow().role());
        store().setRole("ana", Role.VIEWER);
        assertEquals(Role.VIEWER, server.find("ana").orElseThrow().role(), "a role change applies at once");
    }

    @Test
    void aNewPasswordReplacesTheOldOne() throws Exception {
        UserStore users = store();
        users.add("ana", Role.EDITOR, "correct horse battery".toCharArray());
        users.setPassword("ana", "tr0ub4dor&3 xkcd".toCharArray());
        assertTrue(users.authenticate("ana", "correct horse battery".toCharArray()).isEmpty());
        assertTrue(users.authenticate("ana", "tr0ub4dor&3 xkcd".toCharArray()).isPresent());
    }
}
