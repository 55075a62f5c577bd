package org.factdesk.pipeline.internal;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Lists the documents of a corpus folder, recursively and in a stable order. Follows symbolic links but not in
 * circles (a loop is reported, once, as an error); skips hidden files and folders; keeps only files whose
 * extension a parser takes. Problems with single entries are collected, never thrown.
 */
final class CorpusWalker {
    /** A document file: its absolute path, its path relative to the corpus with '/' separators, and its size. */
    record CorpusFile(Path file, String relative, long size) {
    }

    record Listing(List<CorpusFile> files, List<String> errors) {
    }

    private CorpusWalker() {
    }

    static Listing list(Path corpus, Predicate<String> acceptsExtension) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpus);
        }
        List<CorpusFile> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Path root = corpus.toAbsolutePath().normalize();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isHidden(file) || !acceptsExtension.test(extension(file))) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    files.add(new CorpusFile(file, relative(root, file), attrs.size()));
                } else if (attrs.isSymbolicLink()) {
                    // the walker hands over a link's own attributes only when its target cannot be reached
                    errors.add(relative(root, file) + ": cannot be read (broken symbolic link)");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                        : "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                errors.add(relative(root, file) + ": " + why);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(CorpusFile::relative));
        return new Listing(files, errors);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
