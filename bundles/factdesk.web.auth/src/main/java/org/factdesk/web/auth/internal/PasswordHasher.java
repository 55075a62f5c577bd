package org.factdesk.web.auth.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted password hashes with PBKDF2-HMAC-SHA256 from the JDK, stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64). New hashes use {@value #ITERATIONS}
 * iterations (OWASP's figure for PBKDF2-HMAC-SHA256), a 16-byte random salt and a 32-byte key; a stored hash is
 * verified with the iterations it records, so the figure can be raised without locking anybody out.
 */
final class PasswordHasher {
    static final int ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    /** Refuse absurd stored figures rather than spin for minutes on a tampered file. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final SecureRandom random;
    private final int iterations;
    private volatile String decoy;

    PasswordHasher() {
        this(new SecureRandom(), ITERATIONS);
    }

    /** For tests: fewer iterations keep them fast; production code uses {@link #PasswordHasher()}. */
    PasswordHasher(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
    }

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /** Whether {@code password} matches {@code stored}; false for a malformed stored value. Constant time in the key. */
    boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            if (n < 1 || n > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, n);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spends the time of one verification for a user who does not exist, so that the answer time does not tell
     * which names are taken.
     */
    void verifyDecoy(char[] password) {
        String d = decoy;
        if (d == null) {
            d = hash("decoy".toCharArray());
            decoy = d;
        }
        verify(password, d);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every JDK", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }
}
