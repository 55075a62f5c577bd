package org.factdesk.web.auth.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
import org.factdesk.api.workbench.UserDirectory;
import org.osgi.service.component.annotations.Component;

/** The users of any workspace, for the command line ({@code factdesk user add}); same rules as the workbench. */
@Component
public final class UserDirectoryService implements UserDirectory {
    private final PasswordHasher hasher = new PasswordHasher();

    @Override
    public void add(Path workspace, String name, Role role, char[] password) throws IOException {
        new UserStore(workspace, hasher, Clock.systemUTC()).add(name, role, password);
    }

    @Override
    public List<Principal> list(Path workspace) throws IOException {
        return new UserStore(workspace, hasher, Clock.systemUTC()).list();
    }
}
