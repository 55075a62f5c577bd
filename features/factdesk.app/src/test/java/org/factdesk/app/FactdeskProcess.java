package org.factdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built application as a child JVM, the way {@code ./factdesk} does, and captures what it prints. */
final class FactdeskProcess {
    record Result(int exitCode, String out, String err) {
    }

    static Path jar() {
        return Path.of(System.getProperty("factdesk.jar", "target/factdesk.jar"));
    }

    static Path seedCorpus() {
        return Path.of(System.getProperty("factdesk.corpus", "../../corpus"));
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-Xmx256m",
                "-jar", jar().toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("stdout.txt").toFile())
                .redirectError(workDir.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("factdesk " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(),
                java.nio.file.Files.readString(workDir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    /** A copy of the bundled corpus (documents, manifest, reference registry; not the annotations) in {@code dst}. */
    static void copyCorpus(Path dst) throws IOException {
        Path src = seedCorpus();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(src)) {
            for (Path f : files.toList()) {
                Path rel = src.relativize(f);
                if (rel.startsWith("annotations")) {
                    continue;
                }
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(dst.resolve(rel.toString()));
                } else {
                    java.nio.file.Files.copy(f, dst.resolve(rel.toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private FactdeskProcess() {
    }
}
