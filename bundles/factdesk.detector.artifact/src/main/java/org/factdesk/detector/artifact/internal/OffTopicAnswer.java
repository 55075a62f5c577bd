package org.factdesk.detector.artifact.internal;

/**
 * An answer of a question-and-answer page that talks about something else.
 *
 * @param start    first character of the answer's first block
 * @param end      after the last character of its last block
 * @param question the question it fails to answer, without its number
 * @param coverage the share of the question's topic words the answer uses, 0 to 1
 * @param topic    the name the answer keeps coming back to instead
 */
record OffTopicAnswer(int start, int end, String question, double coverage, String topic) {
}
