package org.factdesk.api.evidence;

/** How a candidate bears on a flag, as judged automatically; an editor makes the decision. */
public enum Assessment {
    /** Same entity and same value. */
    SUPPORTS("supports"),
    /** Same entity or quantity, different value. */
    CONTRADICTS("contradicts"),
    /** About the same subject; neither confirms nor refutes. */
    RELATED("related");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
