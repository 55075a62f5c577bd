package org.factdesk.web.auth.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;

/**
 * The users of one workspace: sign-in and the administration of accounts over {@link UserFile}. The accounts are
 * cached and read again when the file changes (the command line may add a user while the server runs).
 *
 * <p>Rules: names are 1-64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a letter or digit;
 * passwords have {@value #MIN_PASSWORD} to {@value #MAX_PASSWORD} characters; the last admin can be neither
 * removed nor demoted, so a workspace never locks its administrators out.
 */
final class UserStore {
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final UserFile file;
    private final PasswordHasher hasher;
    private final Clock clock;
    private List<UserAccount> cached = List.of();
    private String cachedStamp;

    UserStore(Path workspace, PasswordHasher hasher, Clock clock) {
        this.file = new UserFile(workspace);
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The user when name and password match; takes the same time whether or not the name exists. */
    Optional<Principal> authenticate(String name, char[] password) throws IOException {
        Optional<UserAccount> account = account(name);
        if (account.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        return hasher.verify(password, account.get().password()) ? Optional.of(account.get().principal()) : Optional.empty();
    }

    /** The user as the file has it now (a role change or removal takes effect on the next request). */
    Optional<Principal> find(String name) throws IOException {
        return account(name).map(UserAccount::principal);
    }

    List<Principal> list() throws IOException {
        return accounts().stream().map(UserAccount::principal).toList();
    }

    void add(String name, Role role, char[] password) throws IOException {
        checkName(name);
        checkPassword(password);
        String hash = hasher.hash(password);
        change(users -> {
            if (users.stream().anyMatch(u -> u.name().equalsIgnoreCase(name))) {
                throw new UserExistsException(name);
            }
            List<UserAccount> out = new ArrayList<>(users);
            out.add(new UserAccount(name, role, hash, clock.instant().toString()));
            return out;
        });
    }

    void setRole(String name, Role role) throws IOException {
        change(users -> {
            List<UserAccount> out = replace(users, name, u -> u.withRole(role));
            keepAnAdmin(users, out);
            return out;
        });
    }

    void setPassword(String name, char[] password) throws IOException {
        checkPassword(password);
        String hash = hasher.hash(password);
        change(users -> replace(users, name, u -> u.withPassword(hash)));
    }

    void remove(String name) throws IOException {
        change(users -> {
            List<UserAccount> out = new ArrayList<>(users);
            if (!out.removeIf(u -> u.name().equals(name))) {
                throw new NoSuchUserException(name);
            }
            keepAnAdmin(users, out);
            return out;
        });
    }

    /** A name that is not in the file. */
    static final class NoSuchUserException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NoSuchUserException(String name) {
            super("no user named '" + name + "'");
        }
    }

    /** A name that is taken (names are compared ignoring case). */
    static final class UserExistsException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UserExistsException(String name) {
            super("a user named '" + name + "' exists already");
        }
    }

    private static List<UserAccount> replace(List<UserAccount> users, String name,
                                             java.util.function.UnaryOperator<UserAccount> change) {
        List<UserAccount> out = new ArrayList<>();
        boolean found = false;
        for (UserAccount u : users) {
            if (u.name().equals(name)) {
                out.add(change.apply(u));
                found = true;
            } else {
                out.add(u);
            }
        }
        if (!found) {
            throw new NoSuchUserException(name);
        }
        return out;
    }

    /** Refuses a change that takes away the last admin (a workspace that never had one may go on without). */
    private static void keepAnAdmin(List<UserAccount> before, List<UserAccount> after) {
        boolean had = before.stream().anyMatch(u -> u.role() == Role.ADMIN);
        if (had && after.stream().noneMatch(u -> u.role() == Role.ADMIN)) {
            throw new IllegalArgumentException("the last admin can be neither removed nor demoted");
        }
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new IllegalArgumentException("password: " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }

    private synchronized void change(UserFile.Change change) throws IOException {
        cached = List.copyOf(file.update(change));
        cachedStamp = stamp();
    }

    private Optional<UserAccount> account(String name) throws IOException {
        if (name == null) {
            return Optional.empty();
        }
        return accounts().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    private synchronized List<UserAccount> accounts() throws IOException {
        String now = stamp();
        if (now == null) {
            cached = List.of();
        } else if (!now.equals(cachedStamp)) {
            cached = List.copyOf(file.read());
        }
        cachedStamp = now;
        return cached;
    }

    /** Identifies a version of the file: every write renames a new file into place, so the file key changes too. */
    private String stamp() throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return a.fileKey() + "/" + a.lastModifiedTime() + "/" + a.size();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
