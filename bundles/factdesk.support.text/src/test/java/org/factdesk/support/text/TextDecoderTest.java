package org.factdesk.support.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SAMPLE = "Call the “hotline” — café 24/7";

    @Test
    void utf8WithoutBom() throws Exception {
        DecodedText d = TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SAMPLE, d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void utf8BomIsDropped() throws Exception {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(SAMPLE, TextDecoder.decode(bytes).text());
    }

    @Test
    void utf16WithAndWithoutBom() throws Exception {
        byte[] le = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(SAMPLE, TextDecoder.decode(le).text());
        byte[] beNoBom = ("Plain ASCII text about a hotline, long enough to sniff.").getBytes(StandardCharsets.UTF_16BE);
        DecodedText d = TextDecoder.decode(beNoBom);
        assertEquals("Plain ASCII text about a hotline, long enough to sniff.", d.text());
        assertEquals("UTF-16BE", d.charset());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        byte[] bytes = "Caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
        DecodedText d = TextDecoder.decode(bytes);
        assertEquals("Caf\u00e9 \u201cquoted\u201d", d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void declaredLatin1IsReadAsWindows1252LikeBrowsers() throws Exception {
        byte[] bytes = {(byte) 0x93, 'h', 'i', (byte) 0x94};
        assertEquals("\u201chi\u201d", TextDecoder.decode(bytes, "ISO-8859-1").text());
    }

    @Test
    void binaryIsRefused() {
        byte[] bytes = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02};
        NotTextException e = assertThrows(NotTextException.class, () -> TextDecoder.decode(bytes));
        assertEquals("contains NUL bytes: a binary file, not text", e.getMessage());
    }

    @Test
    void emptyIsEmptyText() throws Exception {
        assertEquals("", TextDecoder.decode(new byte[0]).text());
    }
}
