package org.factdesk.detector.resource.internal;

import java.util.List;

import org.factdesk.api.detect.AnalyzedDocument;
import org.factdesk.api.detect.Detector;
import org.factdesk.api.detect.Finding;
import org.factdesk.api.detect.FlagTypes;
import org.factdesk.api.document.Block;
import org.factdesk.api.document.BlockKind;
import org.osgi.service.component.annotations.Component;

/**
 * The resource detector: the organizations and services a page offers its reader, each with the phone numbers,
 * address and hours the text ties to it, so an editor can check that the help a reader is sent to exists and is
 * reachable where the page says.
 *
 * <p>What it flags: an organization the page offers, that is, one with a contact detail linked to it ("Willmar’s
 * Safe Avenues shelter (320-235-0962)", "Windham PD tip line: 860-465-3135"), one the reader is asked to contact
 * ("Contact Safe Avenues for discreet help"), a list label with services ("Family Promise of Kandiyohi County: STI
 * testing, addiction counseling"), the subject of a verb of service ("programs like Breaking Free provide job
 * training"), or a directory entry or a heading's subject that holds contact details ("What support does the No
 * Freeze Project offer?" over "Their 24/7 hotline (860-456-7470)"). Numbers are tied to names by
 * {@link EntityLinker}. Not flagged: the publisher's footer (after "Published ...", "Contact us", social links),
 * press contacts, laws and models ("Safe Harbor law"), places ("Kandiyohi County"), generic nouns ("law
 * enforcement", "social services"), and organizations only mentioned (partners, agencies in a news story,
 * programs described historically), which an editor checks, if at all, as part of a claim.
 *
 * <p>One flag per organization and document, at the first place where it is offered; the flag's span is the name
 * as written there, with a possessive place and a generic word around it ("Willmar’s Safe Avenues shelter").
 * Normalized: the organization's canonical name, without articles, possessive place or generic word ("Safe
 * Avenues", "Willmar PD", "National Human Trafficking Hotline"). Attributes: {@code name} (the same); {@code phones},
 * the E.164 numbers, short codes and service codes tied to it, comma-separated ({@code +13202350962,233733});
 * {@code address} ({@code 40 Mansfield Ave}); {@code hours} ({@code 24/7}, {@code Mon–Fri 9–5}, several joined by
 * "; "); {@code services} (what it offers, short); {@code location} (the town written with it or in its address).
 * Empty attributes are left out.
 *
 * <p>Priority: an organization with a number to call or text 0.8, since a wrong number sends a reader nowhere;
 * without one 0.5.
 */
@Component(property = {Detector.TYPE + "=" + FlagTypes.RESOURCE, Detector.VERSION + "=1"})
public final class ResourceDetector implements Detector {
    private final ContactFinder contactFinder = new ContactFinder();
    private final NameFinder nameFinder = new NameFinder();
    private final EntityLinker linker = new EntityLinker();

    @Override
    public List<Finding> detect(AnalyzedDocument document) {
        String text = document.text();
        if (text.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = document.blocks().isEmpty()
                ? List.of(Block.of(0, text.length(), BlockKind.PARAGRAPH)) : document.blocks();
        return new ResourceReader(text, blocks, document.sentences(), contactFinder, nameFinder, linker).read();
    }
}
