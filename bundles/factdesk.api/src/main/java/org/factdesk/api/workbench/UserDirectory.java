package org.factdesk.api.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The users of a workspace, kept in {@code WORKSPACE/users.json} with salted password hashes. The command line
 * creates the first administrator through it ({@code factdesk user add NAME --role admin}); the workbench manages
 * the others.
 */
@ProviderType
public interface UserDirectory {
    /**
     * Adds a user and writes the file atomically.
     *
     * @param password the password; the caller clears the array afterwards
     * @throws IllegalArgumentException the name is malformed or taken, or the password is too short (the message
     *                                  says which)
     */
    void add(Path workspace, String name, Role role, char[] password) throws IOException;

    /** The users' names and roles, sorted by name. */
    List<Principal> list(Path workspace) throws IOException;
}
