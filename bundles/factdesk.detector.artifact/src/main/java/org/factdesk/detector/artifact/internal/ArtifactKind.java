package org.factdesk.detector.artifact.internal;

/**
 * What a language model left behind. When one sentence shows several kinds, the kind declared first wins:
 * "As an AI language model, I cannot provide legal advice" is an AI self-reference before it is a refusal,
 * because that tells the editor most about where the text came from.
 */
enum ArtifactKind {
    AI_SELF_REFERENCE("ai-self-reference"),
    KNOWLEDGE_CUTOFF("knowledge-cutoff"),
    ROLE_SELF_DESCRIPTION("role-self-description"),
    REFUSAL("refusal"),
    CHAT_LEFTOVER("chat-leftover"),
    OFF_TOPIC_ANSWER("off-topic-answer");

    private final String label;

    ArtifactKind(String label) {
        this.label = label;
    }

    /** The value of {@code normalized} and of the {@code kind} attribute. */
    String label() {
        return label;
    }
}
