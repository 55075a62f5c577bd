package org.factdesk.detector.attribution.internal;

import java.util.Locale;

/** What kind of source a claim is credited to; the wire name is the {@code source_kind} attribute. */
enum SourceKind {
    /** A named government body or public official: "CT Department of Children and Families", "Police Chief". */
    GOVERNMENT(0.75),
    /** A study, report or research body: "University of Minnesota (2021 study)". */
    RESEARCH(0.7),
    /** Records and statistics: "police data", "Windham Hospital (outreach data)". */
    DATA(0.7),
    /** A survey or poll: "county survey (2023)". */
    SURVEY(0.7),
    /** A newspaper, broadcaster or magazine. */
    MEDIA(0.7),
    /** A named organization or person speaking for one. */
    ORGANIZATION(0.7),
    /** A vague source the reader cannot look up: "studies show", "experts say", "recent statistics". */
    UNNAMED(0.85);

    private final double priority;

    SourceKind(double priority) {
        this.priority = priority;
    }

    /** Check-worthiness of a claim credited to this kind of source; unnamed sources need the most checking. */
    double priority() {
        return priority;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
