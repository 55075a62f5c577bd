package org.factdesk.web.server.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Documents are untrusted: the workbench's scripts must build DOM from text only. This guards every script of the
 * web bundles against the APIs that parse strings as markup or code, and the page against inline script and style.
 */
class NoMarkupFromDataTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(|createContextualFragment"
                    + "|setAttribute\\(\\s*['\"]on|DOMParser");

    private static List<Path> scripts() throws IOException {
        Path bundles = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> s = Files.walk(bundles, 8)) {
            return s.filter(p -> p.toString().contains("factdesk.web.") && p.toString().contains("src/main/resources/web")
                    && (p.toString().endsWith(".js") || p.toString().endsWith(".html"))).sorted().toList();
        }
    }

    @Test
    void noScriptTurnsStringsIntoMarkupOrCode() throws IOException {
        List<Path> scripts = scripts();
        assertTrue(scripts.size() >= 15, "found the web bundles' scripts: " + scripts);
        for (Path p : scripts) {
            String text = Files.readString(p);
            assertFalse(FORBIDDEN.matcher(text).find(), p + " uses " + (FORBIDDEN.matcher(text).find() ? FORBIDDEN.matcher(text).results().findFirst().get().group() : ""));
        }
    }

    @Test
    void thePageHasNoInlineScriptOrStyle() throws IOException {
        String page = Files.readString(Path.of("src/main/resources/web/app/index.html"));
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find(), "every script is a file");
        assertFalse(page.contains("style="), "no style attributes");
        assertFalse(page.contains("<style"), "no style elements");
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(page).find(), "no event handler attributes");
    }
}
