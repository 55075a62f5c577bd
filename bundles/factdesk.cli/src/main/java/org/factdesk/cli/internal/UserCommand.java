package org.factdesk.cli.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.UserDirectory;

/**
 * {@code factdesk user add NAME --role ROLE [--password-file FILE] [--data DIR]} and {@code factdesk user list}:
 * the workbench's users, kept in {@code DIR/users.json} with salted PBKDF2 hashes. The password is read from the
 * file's first line, else from the terminal (asked twice, not echoed), else from the first line of standard input;
 * never from the command line, where other users of the machine could see it.
 *
 * <p>Exit codes: 0 done, 1 refused (name taken, password too short, ...), 2 the command line was wrong.
 */
final class UserCommand {
    static final String USAGE = """
            usage: factdesk user add NAME --role viewer|editor|maintainer|admin [--password-file FILE] [--data DIR]
                   factdesk user list [--data DIR]
                    the workbench's users; the password comes from FILE's first line, the terminal, or standard input
            """;

    private final WebHost host;
    private final Output o;
    private final Console console;
    private final InputStream stdin;

    UserCommand(WebHost host, Output output, Console console, InputStream stdin) {
        this.host = host;
        this.o = output;
        this.console = console;
        this.stdin = stdin;
    }

    /** The {@code user} command of the command line. */
    static int run(List<String> args, Output output) {
        return new UserCommand(WebHost.current(), output, System.console(), System.in).execute(args);
    }

    int execute(List<String> args) {
        try {
            if (args.isEmpty()) {
                throw new UsageException("user needs a subcommand: add or list");
            }
            Arguments a = Arguments.parse(args.subList(1, args.size()), Set.of("role", "password-file", "data"), Set.of());
            return switch (args.get(0)) {
                case "add" -> add(a);
                case "list" -> list(a);
                default -> throw new UsageException("unknown user subcommand '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            o.err().println("factdesk: " + e.getMessage());
            o.err().print(USAGE);
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            o.err().println("factdesk: user " + args.get(0) + " refused: " + e.getMessage());
            return 1;
        }
    }

    private int add(Arguments a) throws UsageException, IOException {
        if (a.positional().size() != 1) {
            throw new UsageException("user add needs one NAME");
        }
        String roleLabel = a.option("role", null);
        if (roleLabel == null) {
            throw new UsageException("user add needs --role viewer, editor, maintainer or admin");
        }
        Role role;
        try {
            role = Role.fromLabel(roleLabel);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        UserDirectory users = directory();
        Path data = Path.of(a.option("data", ".factdesk"));
        char[] password = password(a.option("password-file", null));
        try {
            users.add(data, a.positional().get(0), role, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        o.out().println("added " + a.positional().get(0) + " (" + role.label() + ") to " + data.resolve("users.json"));
        return 0;
    }

    private int list(Arguments a) throws UsageException, IOException {
        if (!a.positional().isEmpty()) {
            throw new UsageException("user list takes no NAME");
        }
        List<Principal> all = directory().list(Path.of(a.option("data", ".factdesk")));
        for (Principal p : all) {
            o.out().println(p.name() + "\t" + p.role().label());
        }
        o.out().println(all.size() + (all.size() == 1 ? " user" : " users"));
        return 0;
    }

    private UserDirectory directory() throws IOException {
        UserDirectory users = host == null ? null : host.users();
        if (users == null) {
            throw new IOException("the user directory is not available: the web feature is not installed");
        }
        return users;
    }

    private char[] password(String file) throws IOException {
        if (file != null) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    throw new IOException("the password file " + file + " is empty");
                }
                return lines.get(0).toCharArray();
            } catch (NoSuchFileException e) {
                throw new IOException("no password file " + file);
            }
        }
        if (console != null) {
            char[] first = console.readPassword("password: ");
            char[] second = console.readPassword("again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IOException("the passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IOException("no password on standard input (or give --password-file FILE)");
        }
        return line.toCharArray();
    }
}
