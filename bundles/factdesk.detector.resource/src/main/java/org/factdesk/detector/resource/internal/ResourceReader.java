package org.factdesk.detector.resource.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.factdesk.api.detect.Finding;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.factdesk.api.document.Span;

/**
 * Reads one document block by block and collects the organizations it offers, with their details.
 *
 * <p>Besides the names inside a block, three kinds of context tell whom a detail belongs to when the block does
 * not name anyone:
 * <ul>
 *   <li>a question heading that names one organization ("What support does the No Freeze Project offer?") holds
 *       for the blocks under it, up to the next question, capitalized title or heading;</li>
 *   <li>a block that is only a name ("Raccoon River Safe House", a directory entry) holds for the short lines
 *       after it (its description, "Phone: ...", "Address: ..."), until a long paragraph or a line that starts
 *       with another name; the name must have an organization word or be followed by a field line, so that a
 *       page heading does not collect the numbers under it;</li>
 *   <li>a line that opens with a name ("Red River Freedom Coalition, 24-hour line: ...") holds for field lines
 *       right after it ("Office: ...", "TTY: ...").</li>
 * </ul>
 * An introduction that ends in a colon and names one organization ("The Love146 Hartford Office serves Windham
 * County with:") owns the list items after it. Not thread-safe; one per document.
 */
final class ResourceReader {
    /** Blocks longer than this are not a resource listing (a flattened table, a data dump) and are skipped. */
    static final int MAX_BLOCK = 20_000;
    private static final int MAX_LINE = 160;

    private final String text;
    private final List<Block> blocks;
    private final List<Span> sentences;
    private final ContactFinder contactFinder;
    private final NameFinder nameFinder;
    private final EntityLinker linker;
    private final ResourceBook book = new ResourceBook();

    private NameMention sectionContext;
    private NameMention entryContext;
    private boolean entryDescribed;
    private NameMention lineContext;
    private NameMention listOwner;
    private int nextSentence;

    ResourceReader(String text, List<Block> blocks, List<Span> sentences, ContactFinder contactFinder,
                   NameFinder nameFinder, EntityLinker linker) {
        this.text = text;
        this.blocks = blocks;
        this.sentences = sentences;
        this.contactFinder = contactFinder;
        this.nameFinder = nameFinder;
        this.linker = linker;
    }

    List<Finding> read() {
        int footer = Footer.start(text, blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Span span = b.span();
            if (span.start() >= footer) {
                break;
            }
            if (span.end() > text.length() || span.length() == 0) {
                continue;
            }
            List<Span> blockSentences = sentencesIn(span);
            if (span.length() > MAX_BLOCK) {
                resetContexts();
                continue;
            }
            readBlock(i, blockSentences);
        }
        return book.findings();
    }

    private void readBlock(int index, List<Span> blockSentences) {
        Block block = blocks.get(index);
        Span span = block.span();
        int content = BlockShapes.contentStart(text, span);
        if (BlockShapes.isAllCaps(text, span)) {
            resetContexts();
            return;
        }
        if (BlockShapes.isMediaContact(text, content, span)) {
            lineContext = null;
            return;
        }
        List<Contact> contacts = contactFinder.find(text, span);
        List<NameMention> mentions = outsideContacts(nameFinder.find(text, span), contacts);
        if (BlockShapes.isQuestion(text, span) && block.kind() != BlockKind.LIST_ITEM) {
            resetContexts();
            sectionContext = contacts.isEmpty() ? singleMarked(mentions) : null;
            return;
        }
        boolean field = BlockShapes.isFieldLine(text, content, span);
        if (!mentions.isEmpty() && contacts.isEmpty() && !field && !isListItem(block)
                && BlockShapes.isNameOnly(text, content, span, mentions.get(0))
                && (mentions.get(0).marked() || fieldLineFollows(index))) {
            openEntry(mentions.get(0), span);
            return;
        }
        boolean heading = block.kind() == BlockKind.HEADING && contacts.isEmpty() && !field;
        if (heading && (entryContext == null && mentions.isEmpty() || BlockShapes.isTitleCase(text, span))) {
            resetContexts(); // a new section without a question: "What the law says", "Get Help in Greater Hartford"
        }
        NameMention context = contextFor(block, field);
        List<NameMention> entities = readMentions(block, content, mentions, contacts, blockSentences);
        linkContacts(blockSentences, entities, contacts, context, contextUse(context, field, span));
        describe(block, content, entities, contacts, context, blockSentences);
        updateContexts(block, content, entities, field, blockSentences);
    }

    private void openEntry(NameMention name, Span span) {
        entryContext = name;
        entryDescribed = false;
        lineContext = null;
        listOwner = null;
        String tail = BlockShapes.entryTail(text, name, span);
        if (!tail.isEmpty()) {
            book.addServices(name, Services.tidy(tail));
            entryDescribed = true;
        }
    }

    /** A field line ("Phone: ...") among the two blocks after the given one: the one before is a directory entry. */
    private boolean fieldLineFollows(int index) {
        for (int i = index + 1; i <= index + 2 && i < blocks.size(); i++) {
            Span next = blocks.get(i).span();
            if (next.end() <= text.length() && BlockShapes.isFieldLine(text, BlockShapes.contentStart(text, next), next)) {
                return true;
            }
        }
        return false;
    }

    private NameMention contextFor(Block block, boolean field) {
        if (entryContext != null) {
            return entryContext;
        }
        if (field && lineContext != null) {
            return lineContext;
        }
        if (isListItem(block) && listOwner != null) {
            return listOwner;
        }
        return sectionContext;
    }

    /**
     * The mentions that count as organizations here, with what the words around them say: a marked name
     * ("... Center", "... PD"), or any name that is a label, is asked for, governs a verb of service (alone or
     * joined to another name: "Breaking Free and The Link offer ..."), or has a number right after it. Records
     * offers and services as it goes.
     */
    private List<NameMention> readMentions(Block block, int content, List<NameMention> mentions, List<Contact> contacts,
                                           List<Span> blockSentences) {
        Span span = block.span();
        int[] verbEnds = serviceVerbs(mentions, span);
        List<NameMention> entities = new ArrayList<>();
        int nextContact = 0;
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            while (nextContact < contacts.size() && contacts.get(nextContact).start() < m.end()) {
                nextContact++;
            }
            Contact next = nextContact < contacts.size() ? contacts.get(nextContact) : null;
            boolean label = OfferCues.isLabel(text, content, m, span.end());
            boolean asked = OfferCues.afterContactVerb(text, span.start(), m);
            int verbEnd = verbEnds[i];
            boolean numbered = OfferCues.numberRightAfter(text, m, next);
            if (!(m.marked() || label || asked || verbEnd >= 0 || numbered)) {
                continue;
            }
            entities.add(m);
            if (asked) {
                book.offer(m);
            }
            if (verbEnd >= 0) {
                book.offer(m);
                String verb = verbBefore(verbEnd);
                book.addServices(m, Services.afterVerb(text, verb, verbEnd, sentenceEnd(blockSentences, verbEnd, span), contacts));
            }
            if (label) {
                int descriptionStart = OfferCues.labelEnd(text, m, span.end());
                String description = Services.afterLabel(text, descriptionStart, span.end(), contacts);
                // "Just Food pantry — 785-555-0181": only contacts after the dash, the word before it says what it is
                book.addServices(m, description.isEmpty() ? Services.tidy(text.substring(m.end(), descriptionStart)) : description);
                if (isListItem(block) && Services.looksLikeServices(text.substring(descriptionStart, span.end()))) {
                    book.offer(m);
                }
            }
        }
        return entities;
    }

    /** For each mention, the end of the verb of service it governs, directly or through a name joined to it; or -1. */
    private int[] serviceVerbs(List<NameMention> mentions, Span block) {
        int[] ends = new int[mentions.size()];
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ends[i] = OfferCues.serviceVerbEnd(text, mentions.get(i), block.end());
            if (ends[i] < 0 && i + 1 < mentions.size() && OfferCues.isCoordinated(text, mentions.get(i), mentions.get(i + 1))) {
                ends[i] = ends[i + 1];
            }
        }
        return ends;
    }

    /**
     * A section's organization and a list's owner are what their blocks are about; a directory entry is what its
     * field lines and short notes are about, but a sentence after it speaks for the entry only when it refers back
     * ("Corrections or new listings? ... leave a message at ..." is the directory's own line).
     */
    private EntityLinker.ContextUse contextUse(NameMention context, boolean field, Span block) {
        if (context == null) {
            return EntityLinker.ContextUse.NONE;
        }
        if (context != entryContext || field || !BlockShapes.isSentence(text, block)) {
            return EntityLinker.ContextUse.ALWAYS;
        }
        return EntityLinker.ContextUse.ON_BACK_REFERENCE;
    }

    private void linkContacts(List<Span> blockSentences, List<NameMention> entities, List<Contact> contacts,
                              NameMention context, EntityLinker.ContextUse contextUse) {
        if (contacts.isEmpty()) {
            return;
        }
        List<Span> names = new ArrayList<>(entities.size());
        for (NameMention m : entities) {
            names.add(m.span());
        }
        List<EntityLinker.Detail> details = new ArrayList<>(contacts.size());
        for (Contact c : contacts) {
            details.add(new EntityLinker.Detail(c.span(), c.kind() == Contact.Kind.SERVICE_CODE));
        }
        int[] links = linker.link(text, blockSentences, names, details, contextUse);
        for (int i = 0; i < links.length; i++) {
            NameMention owner = links[i] >= 0 ? entities.get(links[i]) : links[i] == EntityLinker.CONTEXT ? context : null;
            if (owner != null) {
                book.addContact(owner, contacts.get(i));
            }
        }
    }

    /**
     * Services written without the organization's name: "This Bridge Street shelter provides ..." under a heading
     * that names it, the description line of a directory entry, the items of a list the organization owns.
     */
    private void describe(Block block, int content, List<NameMention> entities, List<Contact> contacts,
                          NameMention context, List<Span> blockSentences) {
        Span span = block.span();
        if (context == null || !entities.isEmpty()) {
            return;
        }
        if (isListItem(block) && context == listOwner) {
            book.addListedService(context, Services.afterLabel(text, content, span.end(), contacts));
            return;
        }
        if (context == entryContext && !entryDescribed && contacts.isEmpty()
                && !BlockShapes.isFieldLine(text, content, span) && span.length() <= MAX_LINE) {
            book.addServices(context, Services.tidy(text.substring(content, span.end())));
            entryDescribed = true;
            return;
        }
        Matcher verb = OfferCues.SERVICE_VERB.matcher(text).region(content, span.end());
        if (verb.find() && !book.hasServices(context)) {
            int end = sentenceEnd(blockSentences, verb.end(), span);
            book.addServices(context, Services.afterVerb(text, verb.group(1), verb.end(), end, contacts));
        }
    }

    /** Ends an entry at a long paragraph or another name; a short line that opens with a name holds for field lines. */
    private void updateContexts(Block block, int content, List<NameMention> entities, boolean field, List<Span> blockSentences) {
        Span span = block.span();
        boolean opensWithName = !entities.isEmpty() && entities.get(0).start() == content;
        if (entryContext != null && (span.length() > MAX_LINE || opensWithName)) {
            entryContext = null;
        }
        if (opensWithName && span.length() <= MAX_LINE) {
            lineContext = entities.get(0);
        } else if (!field) {
            lineContext = null;
        }
        if (!isListItem(block)) {
            listOwner = introducedListOwner(entities, blockSentences);
        }
    }

    /** The one organization named in a last sentence that ends with a colon, which then owns the list after it. */
    private NameMention introducedListOwner(List<NameMention> entities, List<Span> blockSentences) {
        if (blockSentences.isEmpty()) {
            return null;
        }
        Span last = blockSentences.get(blockSentences.size() - 1);
        if (text.charAt(last.end() - 1) != ':') {
            return null;
        }
        NameMention owner = null;
        for (NameMention m : entities) {
            if (m.start() >= last.start() && m.end() <= last.end()) {
                if (owner != null && !owner.key().equals(m.key())) {
                    return null;
                }
                owner = m;
            }
        }
        return owner;
    }

    private void resetContexts() {
        sectionContext = null;
        entryContext = null;
        lineContext = null;
        listOwner = null;
    }

    private static boolean isListItem(Block block) {
        return block.kind() == BlockKind.LIST_ITEM;
    }

    /** The one marked name in a heading, or null when there is none or more than one. */
    private static NameMention singleMarked(List<NameMention> mentions) {
        NameMention found = null;
        for (NameMention m : mentions) {
            if (m.marked()) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /** Names that lie inside an address or a number ("900 Keo Way") are part of the detail, not organizations. */
    private static List<NameMention> outsideContacts(List<NameMention> mentions, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return mentions;
        }
        List<NameMention> out = new ArrayList<>(mentions.size());
        int c = 0;
        for (NameMention m : mentions) {
            while (c < contacts.size() && contacts.get(c).end() <= m.start()) {
                c++;
            }
            boolean inside = c < contacts.size() && contacts.get(c).start() < m.end()
                    && contacts.get(c).kind() != Contact.Kind.HOURS;
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    /** The document's sentences inside the block, or the block itself when it has none. */
    private List<Span> sentencesIn(Span block) {
        while (nextSentence < sentences.size() && sentences.get(nextSentence).end() <= block.start()) {
            nextSentence++;
        }
        List<Span> out = new ArrayList<>();
        int i = nextSentence;
        while (i < sentences.size() && sentences.get(i).start() < block.end()) {
            Span s = sentences.get(i);
            if (block.contains(s)) {
                out.add(s);
            }
            i++;
        }
        return out.isEmpty() ? List.of(block) : out;
    }

    private static int sentenceEnd(List<Span> blockSentences, int offset, Span block) {
        for (Span s : blockSentences) {
            if (offset >= s.start() && offset <= s.end()) {
                return s.end();
            }
        }
        return block.end();
    }

    private String verbBefore(int verbEnd) {
        int start = verbEnd;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, verbEnd);
    }
}
