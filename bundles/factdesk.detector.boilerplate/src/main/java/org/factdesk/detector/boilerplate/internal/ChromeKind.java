package org.factdesk.detector.boilerplate.internal;

/** What kind of site chrome a block is. */
enum ChromeKind {
    /** Comment forms and comment counts: "Leave a Reply", "No comments yet". */
    COMMENTS("comments"),
    /** Menus, footer link lists, skip links, print links, related-post lists. */
    NAVIGATION("navigation"),
    /** Share buttons and links to the site's social accounts. */
    SOCIAL("social"),
    /** Category and tag lines of a blog post. */
    CATEGORY("category"),
    /** The alt text of a logo image. */
    LOGO("logo"),
    /** Copyright lines and links to privacy policies and terms of use. */
    LEGAL("legal"),
    /** Cookie consent notices and their buttons. */
    COOKIE("cookie");

    private final String label;

    ChromeKind(String label) {
        this.label = label;
    }

    /** The value of {@code normalized} and of the {@code kind} attribute. */
    String label() {
        return label;
    }
}
