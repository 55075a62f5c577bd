package org.factdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Output output = new Output(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false);

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int serve(FakeWebHost host, String... args) {
        return new ServeCommand(host, output, 200).execute(List.of(args));
    }

    private int user(FakeWebHost host, String stdin, String... args) {
        return new UserCommand(host, output, null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .execute(List.of(args));
    }

    @Test
    void serveSaysWhereItServesAndBlocksUntilTheFrameworkStops() throws Exception {
        Files.writeString(dir.resolve("flags.jsonl"), "");
        FakeWebHost host = new FakeWebHost().serving(18080, "127.0.0.1", dir);
        host.endpoints.add("http://127.0.0.1:18080/");
        host.users.add(new Principal("root", Role.ADMIN));
        assertEquals(0, serve(host, "--port", "18080", "--data", dir.toString()));
        assertEquals("Factdesk workbench at http://127.0.0.1:18080/ (workspace " + dir.toAbsolutePath().normalize()
                + "); press Ctrl-C to stop\n", out());
        assertEquals("", err(), "on this machine only: no warning");
        assertTrue(host.stopped);
    }

    @Test
    void anotherAddressIsServedWithAWarning() {
        FakeWebHost host = new FakeWebHost().serving(8080, "0.0.0.0", dir);
        host.endpoints.add("http://0.0.0.0:8080/");
        assertEquals(0, serve(host, "--host", "0.0.0.0", "--data", dir.toString()));
        assertTrue(err().contains("warning: serving on 0.0.0.0, not only on this machine"), err());
        assertTrue(err().contains("no flags in"), "no run yet: " + err());
        assertTrue(err().contains("no users yet: create the first admin with 'factdesk user add NAME --role admin"), err());
    }

    @Test
    void aServerThatDoesNotStartIsAFailure() {
        FakeWebHost host = new FakeWebHost().serving(8080, "127.0.0.1", dir);
        assertEquals(1, serve(host, "--data", dir.toString()));
        assertTrue(err().contains("the HTTP server did not start on 127.0.0.1:8080"), err());
        assertFalse(host.stopped);
    }

    @Test
    void argumentsTheLauncherDidNotConfigureAreRefused() {
        FakeWebHost host = new FakeWebHost().serving(8080, "127.0.0.1", dir);
        host.endpoints.add("http://127.0.0.1:8080/");
        assertEquals(1, serve(host, "--port", "9090", "--data", dir.toString()));
        assertTrue(err().contains("was not configured for these arguments"), err());
    }

    @Test
    void aWrongServeCommandLineIsAUsageError() {
        FakeWebHost host = new FakeWebHost();
        assertEquals(2, serve(host, "--port", "http"));
        assertEquals(2, serve(host, "--port", "70000"));
        assertEquals(2, serve(host, "--bind", "x"));
        assertEquals(2, serve(host, "extra"));
        assertTrue(err().contains("usage: factdesk serve"), err());
    }

    @Test
    void userAddReadsThePasswordFromAFileNeverFromTheCommandLine() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw"), "correct horse battery\nsecond line ignored\n");
        FakeWebHost host = new FakeWebHost();
        assertEquals(0, user(host, "", "add", "root", "--role", "admin", "--password-file", pw.toString(), "--data", "ws"));
        assertEquals(List.of("ws root admin correct horse battery"), host.added);
        assertEquals("added root (admin) to ws/users.json\n", out());
    }

    @Test
    void userAddReadsThePasswordFromStandardInputWithoutATerminal() {
        FakeWebHost host = new FakeWebHost();
        assertEquals(0, user(host, "correct horse battery\n", "add", "ana", "--role", "editor"));
        assertEquals(List.of(".factdesk ana editor correct horse battery"), host.added);
    }

    @Test
    void userAddRefusesWhatTheDirectoryRefusesAndWrongCommandLines() {
        FakeWebHost host = new FakeWebHost();
        assertEquals(1, user(host, "short\n", "add", "ana", "--role", "editor"));
        assertTrue(err().contains("user add refused: password: 10 to 1024 characters"), err());
        assertEquals(2, user(host, "", "add", "ana"), "the role is required");
        assertEquals(2, user(host, "", "add", "ana", "--role", "root"));
        assertEquals(2, user(host, "", "add", "--role", "admin"));
        assertEquals(2, user(host, "", "remove", "ana"));
        assertEquals(2, user(host, ""));
        assertEquals(1, user(host, "", "add", "ana", "--role", "editor", "--password-file", dir.resolve("none").toString()));
        assertTrue(host.added.isEmpty());
    }

    @Test
    void withoutTheWebFeatureThereIsNoUserDirectory() {
        FakeWebHost host = new FakeWebHost();
        host.webInstalled = false;
        assertEquals(1, user(host, "correct horse battery\n", "add", "ana", "--role", "editor"));
        assertTrue(err().contains("the web feature is not installed"), err());
    }

    @Test
    void userListShowsNamesAndRoles() {
        FakeWebHost host = new FakeWebHost();
        host.users.add(new Principal("ana", Role.EDITOR));
        host.users.add(new Principal("root", Role.ADMIN));
        assertEquals(0, user(host, "", "list"));
        assertEquals("ana\teditor\nroot\tadmin\n2 users\n", out());
    }
}
