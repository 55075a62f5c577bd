package org.factdesk.detector.attribution.internal;

/**
 * Where a sentence credits a claim to a source.
 *
 * @param start      first character of the words that name the source and credit it ("according to the CT
 *                   Department of Children and Families", "Police data shows", "(U.S. Census)")
 * @param end        after their last character
 * @param source     the source, named canonically
 * @param reach      which part of the sentence the credited claim is
 * @param claimStart for {@link Reach#QUOTATION}, the first character of the quoted words; otherwise -1
 * @param claimEnd   for {@link Reach#QUOTATION}, after the last quoted character; otherwise -1
 */
record Cue(int start, int end, Source source, Reach reach, int claimStart, int claimEnd) {
    Cue(int start, int end, Source source, Reach reach) {
        this(start, end, source, reach, -1, -1);
    }

    /** Which part of its sentence a credited claim is. */
    enum Reach {
        /** The claim follows the cue: "Arrest data shows 70% of ...". */
        FORWARD,
        /** The claim comes before the cue, from the start of its clause: "... 12% according to hospital data". */
        BACKWARD,
        /** The cue sits inside its claim: "According to recent statistics, there are ...". */
        AROUND,
        /** Like {@link #FORWARD}, but the claim is the whole clause: "The office identified 12 cases ...". */
        CLAUSE,
        /** The claim is a quotation in the sentence: "“...,” said Police Chief Dana Ruelle." */
        QUOTATION,
        /** A "Source: ..." line credits the sentence before it. */
        SOURCE_LINE
    }
}
