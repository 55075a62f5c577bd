package org.factdesk.detector.attribution.internal;

/**
 * Who a claim is credited to.
 *
 * @param name canonical short form: "CT Department of Children and Families", "Minnesota Department of Health
 *             (2022 report)", "national research (unnamed)", "Dana Ruelle (Police Chief)"
 * @param kind what kind of source it is
 */
record Source(String name, SourceKind kind) {
}
