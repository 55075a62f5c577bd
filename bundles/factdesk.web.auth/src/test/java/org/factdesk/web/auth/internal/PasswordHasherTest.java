package org.factdesk.web.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** Few iterations keep these tests fast; the production figure is checked on its own. */
    private final PasswordHasher fast = new PasswordHasher(new SecureRandom(), 1_000);

    @Test
    void productionHashesUsePbkdf2Sha256WithAtLeast210000Iterations() {
        String stored = new PasswordHasher().hash("correct horse battery".toCharArray());
        String[] parts = stored.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, stored);
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length, "16-byte salt");
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length, "32-byte key");
        assertTrue(new PasswordHasher().verify("correct horse battery".toCharArray(), stored));
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = fast.hash("correct horse battery".toCharArray());
        assertTrue(fast.verify("correct horse battery".toCharArray(), stored));
        assertFalse(fast.verify("correct horse batterY".toCharArray(), stored));
        assertFalse(fast.verify("".toCharArray(), stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String a = fast.hash("same password".toCharArray());
        String b = fast.hash("same password".toCharArray());
        assertNotEquals(a, b, "a fresh salt each time");
        assertTrue(fast.verify("same password".toCharArray(), a));
        assertTrue(fast.verify("same password".toCharArray(), b));
    }

    @Test
    void aHashIsVerifiedWithTheIterationsItRecords() {
        String stored = new PasswordHasher(new SecureRandom(), 2_000).hash("older figure".toCharArray());
        assertTrue(fast.verify("older figure".toCharArray(), stored));
    }

    @Test
    void malformedOrTamperedValuesNeverMatch() {
        String stored = fast.hash("pw-1234567890".toCharArray());
        assertFalse(fast.verify("pw-1234567890".toCharArray(), "plain text"));
        assertFalse(fast.verify("pw-1234567890".toCharArray(), stored.replace("pbkdf2-sha256", "md5")));
        assertFalse(fast.verify("pw-1234567890".toCharArray(), stored.replace("$1000$", "$999999999$")),
                "an absurd iteration count is refused rather than computed");
        assertFalse(fast.verify("pw-1234567890".toCharArray(), stored.replace("$1000$", "$0$")));
        assertFalse(fast.verify("pw-1234567890".toCharArray(), "pbkdf2-sha256$1000$!!!$???"));
    }
}
