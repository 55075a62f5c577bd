package org.factdesk.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The command line of {@code java -jar factdesk.jar ARGS}. The bnd launcher starts every bundle, registers its
 * arguments as the service property {@code launcher.arguments} (under its own class name, hence the lookup by
 * filter alone), then calls the {@code Callable} registered with {@code main.thread=true} on the main thread and
 * exits with its result. Tests that boot the framework themselves never call it.
 */
@Component(service = Callable.class, property = "main.thread=true")
public final class LauncherMain implements Callable<Integer> {
    private static final String ARGUMENTS = "launcher.arguments";

    private final BundleContext context;
    private final FactdeskCommands commands;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Activate
    public LauncherMain(BundleContext context, @Reference FactdeskCommands commands) {
        this.context = context;
        this.commands = commands;
    }

    @Override
    public Integer call() throws InterruptedException, InvalidSyntaxException {
        List<String> args = launcherArguments();
        if (!args.isEmpty() && args.get(0).equals("shell")) {
            stopped.await(); // the Gogo shell owns the terminal until the framework stops
            return 0;
        }
        return commands.execute(args, Boolean.getBoolean("factdesk.terminal"));
    }

    private List<String> launcherArguments() throws InvalidSyntaxException {
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(" + ARGUMENTS + "=*)");
        if (refs == null || refs.length == 0) {
            return List.of();
        }
        Object value = refs[0].getProperty(ARGUMENTS);
        return value instanceof String[] array ? List.of(array) : List.of();
    }

    @Deactivate
    void deactivate() {
        stopped.countDown();
    }
}
