package org.factdesk.web.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the server serves: the workspace (framework property {@code factdesk.data}, default {@code .factdesk}), the
 * corpus it was built from (recorded by the main job in {@code WORKSPACE/corpus.path}, default {@code corpus}) and
 * the date treated as today ({@code factdesk.as-of}, default the system date, read on every request so a
 * long-running server moves on with the calendar).
 */
record WebSettings(Path workspace, LocalDate fixedAsOf) {
    static WebSettings of(String data, String asOf) {
        Path ws = Path.of(data == null || data.isBlank() ? ".factdesk" : data).toAbsolutePath().normalize();
        LocalDate fixed = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                fixed = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("factdesk.as-of must be a date like 2026-01-31: " + asOf, e);
            }
        }
        return new WebSettings(ws, fixed);
    }

    LocalDate asOf() {
        return fixedAsOf != null ? fixedAsOf : LocalDate.now();
    }

    Path corpus() throws IOException {
        try {
            return Path.of(Files.readString(workspace.resolve("corpus.path")).strip()).toAbsolutePath().normalize();
        } catch (NoSuchFileException e) {
            return Path.of("corpus").toAbsolutePath().normalize();
        }
    }
}
