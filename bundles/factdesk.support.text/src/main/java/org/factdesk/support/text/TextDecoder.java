package org.factdesk.support.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Decodes the bytes of a web document whose encoding is not declared reliably.
 *
 * <p>Order of evidence: a byte order mark (UTF-8, UTF-16 LE/BE) wins; then a declared charset (for HTML, from
 * its meta tag) if the JVM knows it; then strict UTF-8 if the bytes are valid UTF-8; otherwise Windows-1252,
 * the encoding most mislabelled Western pages really use. UTF-16 without a BOM is recognised by its zero bytes.
 * Bytes that are not text at all (many control or NUL bytes) are refused, so that a binary file with a
 * {@code .txt} name gives a clear error instead of garbage flags.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * @param bytes    the file's content
     * @param declared a charset name the document declares, or null
     * @throws NotTextException when the bytes are binary
     */
    public static DecodedText decode(byte[] bytes, String declared) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Optional<Charset> bomless16 = sniffUtf16(bytes);
        if (bomless16.isPresent()) {
            return checked(new String(bytes, bomless16.get()), bomless16.get().name());
        }
        if (declared != null) {
            Optional<Charset> cs = lookup(declared);
            if (cs.isPresent() && !cs.get().equals(StandardCharsets.UTF_8)) {
                return checked(new String(bytes, cs.get()), cs.get().name());
            }
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return checked(utf8.get(), "UTF-8");
        }
        return checked(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    /** Decodes with no declared charset. */
    public static DecodedText decode(byte[] bytes) throws NotTextException {
        return decode(bytes, null);
    }

    private static DecodedText checked(String text, String charset) throws NotTextException {
        int control = 0;
        int sample = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new NotTextException("contains NUL bytes: a binary file, not text");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (sample > 0 && control * 20 > sample) {
            throw new NotTextException("more than 5% control characters: a binary file, not text");
        }
        return new DecodedText(text, charset);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** UTF-16 without BOM: in ASCII-heavy text every other byte is zero. */
    private static Optional<Charset> sniffUtf16(byte[] bytes) {
        int n = Math.min(bytes.length & ~1, 4096);
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        // As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are decoded as Windows-1252.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
