package org.factdesk.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The Factdesk commands as Gogo shell commands ({@code factdesk:run corpus --out out}), and the entry point the
 * launcher's main thread uses. Services are looked up when a command runs, so the shell stays usable while
 * bundles come and go; a command that needs a missing service says so.
 */
@Component(service = FactdeskCommands.class, property = {
        "osgi.command.scope=factdesk",
        "osgi.command.function=run",
        "osgi.command.function=search",
        "osgi.command.function=bundles",
        "osgi.command.function=queue",
        "osgi.command.function=show",
        "osgi.command.function=review",
        "osgi.command.function=history",
        "osgi.command.function=status",
        "osgi.command.function=export",
        "osgi.command.function=eval",
        "osgi.command.function=backup",
        "osgi.command.function=restore"})
public final class FactdeskCommands {
    private final BundleContext context;

    @Activate
    public FactdeskCommands(BundleContext context) {
        this.context = context;
    }

    public int run(String... args) {
        return execute("run", args, false);
    }

    public int search(String... args) {
        return execute("search", args, false);
    }

    public int bundles() {
        return execute("bundles", new String[0], false);
    }

    public int queue(String... args) {
        return execute("queue", args, false);
    }

    public int show(String... args) {
        return execute("show", args, false);
    }

    public int review(String... args) {
        return execute("review", args, false);
    }

    public int history(String... args) {
        return execute("history", args, false);
    }

    public int status(String... args) {
        return execute("status", args, false);
    }

    public int export(String... args) {
        return execute("export", args, false);
    }

    public int eval(String... args) {
        return execute("eval", args, false);
    }

    public int backup(String... args) {
        return execute("backup", args, false);
    }

    public int restore(String... args) {
        return execute("restore", args, false);
    }

    /** Runs one command line; {@code terminal} turns on progress output and bold highlights. */
    int execute(List<String> args, boolean terminal) {
        return new CommandLine(new RegistryServices(context), new Output(System.out, System.err, terminal)).execute(args);
    }

    private int execute(String command, String[] args, boolean terminal) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(args));
        return execute(all, terminal);
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
