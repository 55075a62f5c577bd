package org.factdesk.detector.stale.internal;

/** Why a statement may be out of date. */
enum StaleKind {
    /** "Published Jan 16, 2013", "Posted on ...". */
    PUBLISHED("published"),
    /** "Updated: March 3, 2019", "Last reviewed 2021", "Rev. 06/2019". */
    UPDATED("updated"),
    /** A plan or promise for a date that has passed: "will be adding new resources in 2013". */
    FUTURE_PLAN("future-plan"),
    /** A present-tense claim tied to a past date: "As of 2020, there are 40 beds", "data shows ... 2023 charges". */
    DATED_CLAIM("dated-claim"),
    /** A phrase that means nothing without the publication date: "Last year", "Next week", "Recent reforms". */
    RELATIVE("relative");

    private final String label;

    StaleKind(String label) {
        this.label = label;
    }

    /** The value of the {@code kind} attribute. */
    String label() {
        return label;
    }
}
