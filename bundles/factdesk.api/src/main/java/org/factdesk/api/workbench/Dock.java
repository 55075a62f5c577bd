package org.factdesk.api.workbench;

import java.util.Locale;

/** Where a view sits in its perspective, as in an RCP workbench window. */
public enum Dock {
    /** Navigators: narrow, full height, at the left. */
    LEFT,
    /** The editor area: the main content. */
    CENTER,
    /** Inspectors and property sheets: at the right. */
    RIGHT,
    /** Tables and consoles: below the editor area. */
    BOTTOM;

    /** The word used in JSON: {@code left}, {@code center}, {@code right}, {@code bottom}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
