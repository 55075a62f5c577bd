package org.factdesk.detector.artifact.internal;

/**
 * A phrase that marks model output.
 *
 * @param start     first character of the phrase
 * @param end       after its last character
 * @param kind      what the phrase shows
 * @param speakable true when a person could say the phrase too ("I am unable to"), so that it is model
 *                  output only outside quotation marks; false for phrases only a model or a chat page produces
 *                  ("As an AI language model", "Regenerate response")
 */
record CueMatch(int start, int end, ArtifactKind kind, boolean speakable) {
}
