package org.factdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code factdesk serve} as a child JVM, started the way a user starts it, stopped the way Ctrl-C stops it. */
final class WorkbenchServer implements AutoCloseable {
    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    final int port;

    private WorkbenchServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static WorkbenchServer start(Path workDir, String data, int port) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(FactdeskProcess.java(), "--enable-native-access=ALL-UNNAMED", "-Xmx384m",
                "-jar", FactdeskProcess.jar().toAbsolutePath().toString(), "serve", "--port", Integer.toString(port),
                "--data", data));
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).start();
        WorkbenchServer server = new WorkbenchServer(p, port);
        CountDownLatch ready = new CountDownLatch(1);
        pump(p.getInputStream(), server.out, ready);
        pump(p.getErrorStream(), server.err, null);
        if (!ready.await(90, TimeUnit.SECONDS) || !p.isAlive()) {
            p.destroyForcibly();
            throw new IllegalStateException("factdesk serve did not start:\n" + server.out + server.err);
        }
        return server;
    }

    private static void pump(java.io.InputStream in, StringBuffer into, CountDownLatch ready) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    into.append(line).append('\n');
                    if (ready != null && line.startsWith("Factdesk workbench at ")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** SIGTERM, as Ctrl-C would send SIGINT: the shutdown hook stops the framework. @return the exit code */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no flushing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
