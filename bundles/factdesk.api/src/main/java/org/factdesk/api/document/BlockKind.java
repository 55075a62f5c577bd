package org.factdesk.api.document;

/** The structural role of a block of extracted text, as the source marked it or as a parser inferred it. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    /** Table cells, preformatted text and anything else that is content but not prose. */
    OTHER
}
