package org.factdesk.export.hsds.internal;

import org.factdesk.support.json.PrettyJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.export.ExportRequest;
import org.factdesk.api.export.Exporter;
import org.factdesk.api.export.ResourceRecord;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The Open Referral HSDS 3.0 exporter, for referral directories and hotline finders. It writes one file,
 * {@code hsds/organizations.json}: a JSON array of full organization objects as the HSDS API's
 * {@code /organizations/{id}} returns them (the shape of the official {@code compiled/organization.json} schema),
 * one per resource record, in the dataset's order. A single self-contained file keeps every service with its phones,
 * locations and provenance, so a consumer needs no joins.
 *
 * <p>Mapping of a {@link ResourceRecord}:
 * <ul>
 *   <li>{@code organization}: {@code id} = the record's id, {@code name}, {@code description} = the services as
 *       written (HSDS requires a description; without one it says "No description in the source document.").</li>
 *   <li>one {@code service}: id derived from the record's id, {@code status} {@code active} (HSDS has no "unknown"
 *       and nothing in a review says a service closed), {@code description} = the services as written,
 *       {@code assured_date} = the latest verification date of the record and its phones, counting only verified
 *       or corrected ones; {@code assurer_email} is left out (not known). Hours go into a {@code schedule}'s
 *       description, the town or area served into a {@code service_area}.</li>
 *   <li>{@code phones} on the service: see {@link PhoneMapper} (RFC 6350 {@code type}, description with channel
 *       and verification, a {@code metadata} entry for a corrected number).</li>
 *   <li>a {@code location} (physical, or postal for a PO box) when the record has a street address, linked to the
 *       service by a {@code service_at_location}. Its {@code addresses} entry is written only when the text gives
 *       street, city, USPS state code and ZIP ({@link UsAddress}); a street alone ("40 Mansfield Ave") stays in the
 *       location's description with the town. No postal code is ever guessed.</li>
 * </ul>
 *
 * <p>Provenance: HSDS has no per-field source URL, and its {@code metadata} table is a change log in which every
 * field is required. So each service and phone carries {@code attributes} with {@code link_type} "provenance", one
 * per known fact ({@link ProvenanceTerm}: review_status, verified_date, recheck_due, reviewer, evidence,
 * source_document, source_title, source_quote), each embedding its taxonomy term from the free-text taxonomy
 * "Factdesk provenance" so the file explains itself. Reviewers' notes are internal and not exported.
 *
 * <p>Unverified records: every service and phone has a {@code review_status} attribute. When a record is not verified
 * or corrected (with {@code includeUnverified}, or a listing exported for the sake of its verified phone), the
 * service's {@code alert} names it
 * ("Not verified by Factdesk: phone +18883737888 (status: open). Check them before referring anyone."), the phone's
 * description says "Not verified", and no verification date is written for it: these markers follow each record's
 * own status, whatever the request says.
 *
 * <p>Ids are the records' stable UUIDs; every further id is a name-based UUID of the owning record's id
 * ({@link StableIds}). No clock, no random ids, fixed field order: the same request gives the same bytes.
 */
@Component(property = {Exporter.FORMAT + "=hsds", Exporter.SCHEMA_VERSION + "=3.0"})
public final class HsdsExporter implements Exporter {
    static final Path ORGANIZATIONS = Path.of("hsds", "organizations.json");

    @Override
    public List<Path> export(ExportRequest request, Path directory) throws IOException {
        OrganizationMapper mapper = new OrganizationMapper(request.dataset().documents(), request.publisher());
        ArrayNode organizations = PrettyJson.array();
        for (ResourceRecord resource : request.dataset().resources()) {
            organizations.add(mapper.map(resource));
        }
        PrettyJson.write(organizations, directory.resolve(ORGANIZATIONS));
        return List.of(ORGANIZATIONS);
    }
}
