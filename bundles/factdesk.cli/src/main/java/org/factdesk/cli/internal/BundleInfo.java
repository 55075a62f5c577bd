package org.factdesk.cli.internal;

/** One installed bundle as {@code factdesk bundles} lists it. */
record BundleInfo(long id, String state, String symbolicName, String version) {
}
