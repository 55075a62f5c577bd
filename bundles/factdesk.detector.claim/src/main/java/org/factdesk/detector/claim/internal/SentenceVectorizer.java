package org.factdesk.detector.claim.internal;

import java.util.Arrays;

/**
 * Turns a sentence into a hashed sparse feature vector (the "hashing trick"): each feature is hashed to one of
 * {@code 2^dimensionBits} buckets with a hash-derived sign, so no vocabulary is stored and colliding features
 * cancel out on average instead of adding up.
 *
 * <p>The text is first folded: lower case, typographic quotes and dashes to ASCII (web pages write "don’t",
 * the debate transcripts the model learned from write "don't"), white space runs to one space. Features come in
 * two blocks, each scaled to unit L2 length so that long sentences do not get larger scores just for being long:
 * <ul>
 * <li>words: unigrams and bigrams of word tokens (letters and digits, with inner apostrophes and inner number
 *     separators as in "we've" and "1,000.5") and of the symbols {@code ? % $}; optionally number shapes
 *     (see {@link FeatureSpec#numberShapes()});</li>
 * <li>characters (optional): n-grams of the folded text padded with one space on each side.</li>
 * </ul>
 * Work is linear in the sentence length; input beyond {@link #MAX_CHARS} is ignored. Thread-safe: a call's state
 * is its own or its thread's ({@link Scratch}, reused so that scoring a page allocates nothing per sentence).
 */
final class SentenceVectorizer {
    /** Longer input is cut here: it covers any real sentence and bounds the work a single call can do. */
    static final int MAX_CHARS = 1_000;

    private static final int FNV_PRIME = 0x01000193;
    private static final int TOKEN_SEED = 0x811c9dc5;
    private static final int UNIGRAM_SEED = 0x1b873593;
    private static final int BIGRAM_SEED = 0x5bd1e995;
    private static final int CHAR_SEED = 0x27d4eb2f;
    private static final int YEAR_SHAPE = tokenHash("<year>".toCharArray(), 0, 6);
    private static final int NUMBER_SHAPE = tokenHash("<num>".toCharArray(), 0, 5);

    private static final double[] SUBLINEAR_TF = new double[4096];

    static {
        for (int count = 1; count < SUBLINEAR_TF.length; count++) {
            SUBLINEAR_TF[count] = 1 + StrictMath.log(count);
        }
    }

    /** {@link #fold}'s result for each ASCII character but NUL, with 0 marking white space. */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < ASCII_FOLD.length; c++) {
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            ASCII_FOLD[c] = space ? 0 : c == '`' ? '\'' : Character.toLowerCase(c);
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final FeatureSpec spec;

    SentenceVectorizer(FeatureSpec spec) {
        this.spec = spec;
    }

    /**
     * The sentence's vector. Its features are added in hash order, so that the sums of colliding features, and with
     * them a model trained on these vectors, are the same to the last bit whatever the order features are found in.
     */
    SparseVector vectorize(String sentence) {
        BucketAccumulator buckets = new BucketAccumulator();
        extract(sentence, 0, sentence.length(), buckets);
        return buckets.toVector();
    }

    /** The dot product of the sentence's vector with {@code weights}, without building the vector. */
    double dot(String sentence, float[] weights) {
        return dot(sentence, 0, sentence.length(), weights);
    }

    /** {@link #dot(String, float[])} of {@code text[start, end)}, without copying it out. */
    double dot(CharSequence text, int start, int end, float[] weights) {
        Scratch scratch = SCRATCH.get();
        char[] folded = scratch.text(Math.min(end - start, MAX_CHARS));
        int length = fold(text, start, end, folded);
        double sum = dotBlock(scratch, wordFeatures(folded, length, scratch), weights);
        if (spec.hasCharNgrams()) {
            sum += dotBlock(scratch, charFeatures(folded, length, scratch), weights);
        }
        return sum;
    }

    private void extract(CharSequence sentence, int start, int end, FeatureSink sink) {
        Scratch scratch = SCRATCH.get();
        char[] text = scratch.text(Math.min(end - start, MAX_CHARS));
        int length = fold(sentence, start, end, text);
        addBlock(scratch, wordFeatures(text, length, scratch), sink);
        if (spec.hasCharNgrams()) {
            addBlock(scratch, charFeatures(text, length, scratch), sink);
        }
    }

    /** Lower case, ASCII quotes and dashes, single spaces, no leading or trailing space, at most MAX_CHARS read. */
    static char[] fold(String sentence) {
        char[] out = new char[Math.min(sentence.length(), MAX_CHARS)];
        return Arrays.copyOf(out, fold(sentence, 0, sentence.length(), out));
    }

    /** Folds {@code sentence[start, end)} as {@link #fold(String)} does into {@code out}; returns its length. */
    private static int fold(CharSequence sentence, int start, int end, char[] out) {
        int limit = start + Math.min(end - start, MAX_CHARS);
        int n = 0;
        boolean pendingSpace = false;
        for (int i = start; i < limit; i++) {
            char c = sentence.charAt(i);
            if (c > 0 && c < ASCII_FOLD.length) {
                // the usual character: one table look-up gives what the general case below would
                char folded = ASCII_FOLD[c];
                if (folded == 0) {
                    pendingSpace = n > 0;
                    continue;
                }
                if (pendingSpace) {
                    out[n++] = ' ';
                    pendingSpace = false;
                }
                out[n++] = folded;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) {
                out[n++] = ' ';
                pendingSpace = false;
            }
            out[n++] = switch (c) {
                case '\u2018', '\u2019', '\u201b', '\u02bc', '`' -> '\'';
                case '\u201c', '\u201d', '\u201e' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> Character.toLowerCase(c);
            };
        }
        return n;
    }

    /** Puts the word features of {@code text[0, n)} into the scratch's feature buffer; returns how many. */
    private int wordFeatures(char[] text, int n, Scratch scratch) {
        int[] features = scratch.features(3 * n);
        int count = 0;
        int previous = 0;
        boolean hasPrevious = false;
        int i = 0;
        while (i < n) {
            char c = text[i];
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < n && (Character.isLetterOrDigit(text[i]) || joinsToken(text, n, i))) {
                    i++;
                }
            } else if (c == '?' || c == '%' || c == '$') {
                i++;
            } else {
                i++;
                continue;
            }
            int token = tokenHash(text, start, i);
            features[count++] = mix(step(UNIGRAM_SEED, token));
            int gram = token;
            if (spec.numberShapes() && isDigit(text[start])) {
                gram = isYear(text, start, i) ? YEAR_SHAPE : NUMBER_SHAPE;
                features[count++] = mix(step(UNIGRAM_SEED, gram));
            }
            if (hasPrevious) {
                features[count++] = mix(step(step(BIGRAM_SEED, previous), gram));
            }
            previous = gram;
            hasPrevious = true;
        }
        return count;
    }

    /** An apostrophe between letters ("we've") or a separator between digits ("1,000.5") stays in the token. */
    private static boolean joinsToken(char[] text, int n, int i) {
        if (i + 1 >= n) {
            return false;
        }
        char c = text[i];
        char before = text[i - 1];
        char after = text[i + 1];
        if (c == '\'') {
            return Character.isLetter(before) && Character.isLetter(after);
        }
        return (c == ',' || c == '.') && isDigit(before) && isDigit(after);
    }

    private static boolean isYear(char[] text, int start, int end) {
        if (end - start != 4) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isDigit(text[i])) {
                return false;
            }
        }
        return text[start] == '1' && text[start + 1] == '9' || text[start] == '2' && text[start + 1] == '0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Puts the character n-grams of {@code text[0, n)} into the scratch's feature buffer; returns how many. */
    private int charFeatures(char[] text, int n, Scratch scratch) {
        int padded = n + 2;
        int min = spec.charMin();
        int max = spec.charMax();
        int[] features = scratch.features(Math.max(0, padded - min + 1) * (max - min + 1));
        int count = 0;
        for (int i = 0; i + min <= padded; i++) {
            int h = CHAR_SEED;
            for (int k = 0; k < max && i + k < padded; k++) {
                int p = i + k;
                h = step(h, p == 0 || p == padded - 1 ? ' ' : text[p - 1]);
                if (k + 1 >= min) {
                    features[count++] = mix(h);
                }
            }
        }
        return count;
    }

    /**
     * Adds one block of feature hashes, the first {@code n} of the scratch's buffer, in the order of their hashes:
     * counts repeats, applies the tf rule and scales the block to unit length. These are the vectors a model is
     * trained on, exactly as they always were.
     */
    private void addBlock(Scratch scratch, int n, FeatureSink sink) {
        if (n == 0) {
            return;
        }
        int unique = scratch.count(n);
        scratch.sortUnique(unique);
        int[] keys = scratch.uniqueKeys;
        int[] counts = scratch.uniqueCounts;
        double sumOfSquares = 0;
        for (int u = 0; u < unique; u++) {
            double weight = tf(counts[u]);
            sumOfSquares += weight * weight;
        }
        double norm = StrictMath.sqrt(sumOfSquares);
        int shift = 32 - spec.dimensionBits();
        for (int u = 0; u < unique; u++) {
            int h = keys[u];
            sink.add(h >>> shift, signed(h, tf(counts[u]) / norm));
        }
    }

    /**
     * Scoring: the dot product of one block, the first {@code n} of the scratch's feature hashes, with
     * {@code weights}, as {@link #addBlock} would give it but in one pass. Each distinct feature's weight is added
     * as it is first seen, as if it occurred once (most features of a sentence do: then its tf is 1 under either
     * rule); the few repeats are corrected after, and the sum is scaled once. It differs from the sum over the
     * vector in its last bits only, since the terms are added in another order.
     */
    private double dotBlock(Scratch scratch, int n, float[] weights) {
        if (n == 0) {
            return 0;
        }
        int shift = 32 - spec.dimensionBits();
        int[] features = scratch.features;
        double sum = 0;
        scratch.start(n);
        for (int f = 0; f < n; f++) {
            int h = features[f];
            if (scratch.add(h)) {
                sum += signed(h, weights[h >>> shift]);
            }
        }
        double sumOfSquares = scratch.unique;
        int[] repeated = scratch.repeated;
        for (int r = 0; r < scratch.repeats; r++) {
            int slot = repeated[r];
            int h = scratch.key(slot);
            double weight = tf(scratch.countAt(slot));
            sum += signed(h, weights[h >>> shift]) * (weight - 1);
            sumOfSquares += weight * weight - 1;
        }
        scratch.free();
        return sum / StrictMath.sqrt(sumOfSquares);
    }

    /** The feature's value with the sign its hash gives it: the lowest bit, so colliding features cancel out. */
    private static double signed(int h, double value) {
        return (h & 1) == 0 ? value : -value;
    }

    private double tf(int count) {
        return spec.sublinearTf() ? sublinearTf(count) : count;
    }

    /** {@code 1 + ln(count)}, from a table for the usual small counts: the same values, without a logarithm each. */
    static double sublinearTf(int count) {
        return count < SUBLINEAR_TF.length ? SUBLINEAR_TF[count] : 1 + StrictMath.log(count);
    }

    static int tokenHash(char[] text, int start, int end) {
        int h = TOKEN_SEED;
        for (int i = start; i < end; i++) {
            h = step(h, text[i]);
        }
        return h;
    }

    /** One FNV-1a step. */
    private static int step(int h, int value) {
        return (h ^ value) * FNV_PRIME;
    }

    /** MurmurHash3's finalizer: spreads every input bit over the bucket bits and the sign bit. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /**
     * One thread's buffers: the folded sentence, its feature hashes, and an open-addressing table that counts
     * repeats. A slot is two ints side by side, a hash and its count, so a look-up reads one cache line; a count of
     * 0 marks a free slot, and the slots a block used are freed after it, so the table is never cleared whole.
     */
    private static final class Scratch {
        private char[] text = new char[MAX_CHARS];
        private int[] features = new int[3 * MAX_CHARS];
        private int[] slots = new int[0];
        private int mask;
        /** The block's distinct hashes so far, as their slots (the index of the hash) in the order first seen. */
        int unique;
        int[] used = new int[0];
        /** The slots of the hashes that occurred more than once, each once. */
        int repeats;
        int[] repeated = new int[0];
        int[] uniqueKeys = new int[0];
        int[] uniqueCounts = new int[0];

        char[] text(int capacity) {
            if (text.length < capacity) {
                text = new char[capacity];
            }
            return text;
        }

        int[] features(int capacity) {
            if (features.length < capacity) {
                features = new int[capacity];
            }
            return features;
        }

        /** Counts the distinct hashes among the first {@code n} features into uniqueKeys/uniqueCounts; returns how many. */
        int count(int n) {
            start(n);
            for (int f = 0; f < n; f++) {
                add(features[f]);
            }
            if (uniqueKeys.length < unique) {
                uniqueKeys = new int[unique];
                uniqueCounts = new int[unique];
            }
            for (int u = 0; u < unique; u++) {
                uniqueKeys[u] = key(used[u]);
                uniqueCounts[u] = countAt(used[u]);
            }
            free();
            return unique;
        }

        /** Readies the table for a block of at most {@code n} features, with none counted yet. */
        void start(int n) {
            int size = Integer.highestOneBit(Math.max(16, 4 * n - 1)) << 1; // at most a quarter full: short probes
            if (slots.length < 2 * size) {
                slots = new int[2 * size];
            }
            if (used.length < n) {
                used = new int[n];
                repeated = new int[n];
            }
            mask = 2 * size - 2; // the part of the table this block needs: fewer cache lines than all of it
            unique = 0;
            repeats = 0;
        }

        /** Counts one more feature of the block; true when its hash is new to the block. */
        boolean add(int h) {
            int[] table = slots;
            int i = (h ^ h >>> 16) << 1 & mask;
            while (table[i + 1] != 0 && table[i] != h) {
                i = (i + 2) & mask;
            }
            if (table[i + 1] == 0) {
                table[i] = h;
                table[i + 1] = 1;
                used[unique++] = i;
                return true;
            }
            if (table[i + 1]++ == 1) {
                repeated[repeats++] = i;
            }
            return false;
        }

        int key(int slot) {
            return slots[slot];
        }

        int countAt(int slot) {
            return slots[slot + 1];
        }

        /** Frees the slots the block used, for the next block. */
        void free() {
            for (int u = 0; u < unique; u++) {
                slots[used[u] + 1] = 0;
            }
        }

        /** Sorts the first {@code unique} distinct hashes, with their counts, by hash. */
        void sortUnique(int unique) {
            long[] pairs = new long[unique];
            for (int u = 0; u < unique; u++) {
                pairs[u] = (long) uniqueKeys[u] << 32 | uniqueCounts[u];
            }
            Arrays.sort(pairs); // by the hash, a signed int in the high half: distinct, so the counts never decide
            for (int u = 0; u < unique; u++) {
                uniqueKeys[u] = (int) (pairs[u] >> 32);
                uniqueCounts[u] = (int) pairs[u];
            }
        }
    }

    /** Receives each feature of a sentence as its bucket and value. */
    private interface FeatureSink {
        void add(int bucket, double value);
    }

    /** Sums the contributions of colliding features per bucket. */
    private static final class BucketAccumulator implements FeatureSink {
        private int[] buckets = new int[64];
        private double[] values = new double[64];
        private int size;

        @Override
        public void add(int bucket, double value) {
            if (size == buckets.length) {
                buckets = Arrays.copyOf(buckets, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            buckets[size] = bucket;
            values[size++] = value;
        }

        SparseVector toVector() {
            // Sort (bucket, insertion position) pairs so equal buckets are summed in a fixed order.
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = (long) buckets[i] << 32 | i;
            }
            Arrays.sort(keys);
            int[] indices = new int[size];
            double[] sums = new double[size];
            int n = 0;
            for (long key : keys) {
                int bucket = (int) (key >>> 32);
                double value = values[(int) key];
                if (n > 0 && indices[n - 1] == bucket) {
                    sums[n - 1] += value;
                } else {
                    indices[n] = bucket;
                    sums[n++] = value;
                }
            }
            return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(sums, n));
        }
    }
}
