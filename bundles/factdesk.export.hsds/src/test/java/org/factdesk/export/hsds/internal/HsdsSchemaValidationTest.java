package org.factdesk.export.hsds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates the export against the official HSDS 3.0 compiled schemas in {@code shared/standards/hsds/compiled/}.
 *
 * <p>Dialect: JSON Schema 2020-12. The files declare no {@code $schema}; HSDS publishes them for its OpenAPI 3.1
 * description, and OpenAPI 3.1 schemas are 2020-12. They use only {@code type}, {@code properties},
 * {@code required}, {@code items}, {@code enum} and {@code format}, which mean the same in draft 7, so the choice
 * changes nothing but {@code format}: 2020-12 treats it as an annotation by default, so format assertions are switched
 * on explicitly ({@code uuid}, {@code uri}, {@code email}, {@code date-time} are checked; the negative tests below
 * prove it). The Frictionless keys ({@code name}, {@code path}, {@code constraints}, ...) are unknown keywords and are
 * ignored.
 */
class HsdsSchemaValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema organizationSchema;
    private static JsonSchema serviceSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchemas() throws IOException {
        Optional<Path> hsds = findStandards();
        if (hsds.isPresent()) {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            organizationSchema = load(factory, config, hsds.get().resolve("compiled/organization.json"));
            serviceSchema = load(factory, config, hsds.get().resolve("compiled/service.json"));
        }
    }

    /** Per test, so each skipped test is reported with the reason. */
    @BeforeEach
    void requireSchemas() {
        assumeTrue(organizationSchema != null, "shared/standards/hsds not found in the working directory or any "
                + "parent: HSDS schema validation skipped; put shared/ beside the project clone to run it");
    }

    private static JsonSchema load(JsonSchemaFactory factory, SchemaValidatorsConfig config, Path file)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return factory.getSchema(JSON.readTree(in), config);
        }
    }

    /** Walks up from the working directory to a folder holding {@code shared/standards/hsds}. */
    static Optional<Path> findStandards() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/standards/hsds");
            if (Files.isRegularFile(candidate.resolve("compiled/organization.json"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private JsonNode exportEverything() throws IOException {
        new HsdsExporter().export(Records.everything(), dir);
        return JSON.readTree(dir.resolve(HsdsExporter.ORGANIZATIONS).toFile());
    }

    private static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void everyOrganizationIsValidHsds() throws IOException {
        JsonNode organizations = exportEverything();
        assertEquals(5, organizations.size());
        for (JsonNode organization : organizations) {
            Set<ValidationMessage> errors = organizationSchema.validate(organization);
            assertTrue(errors.isEmpty(), organization.get("name").asText() + ":\n" + describe(errors));
        }
    }

    @Test
    void everyServiceIsValidHsds() throws IOException {
        int services = 0;
        for (JsonNode organization : exportEverything()) {
            for (JsonNode service : organization.get("services")) {
                Set<ValidationMessage> errors = serviceSchema.validate(service);
                assertTrue(errors.isEmpty(), service.get("name").asText() + ":\n" + describe(errors));
                services++;
            }
        }
        assertEquals(5, services);
    }

    /** The validator must be able to fail: each broken copy of a valid organization is rejected, for that reason. */
    @Test
    void theValidatorRejectsMissingFieldsBadEnumsBadUuidsAndBadTypes() throws IOException {
        JsonNode riverside = exportEverything().get(4);
        assertTrue(organizationSchema.validate(riverside).isEmpty());

        ObjectNode noDescription = riverside.deepCopy();
        noDescription.remove("description");
        assertRejected(noDescription, "description");

        ObjectNode badStatus = riverside.deepCopy();
        ((ObjectNode) badStatus.at("/services/0")).put("status", "unverified");
        assertRejected(badStatus, "/services/0/status: does not have a value in the enumeration");

        ObjectNode badId = riverside.deepCopy();
        ((ObjectNode) badId.at("/services/0/phones/0")).put("id", "flag-tty");
        assertRejected(badId, "/services/0/phones/0/id: does not match the uuid pattern");

        ObjectNode noPostalCode = riverside.deepCopy();
        ((ObjectNode) noPostalCode.at("/locations/0/addresses/0")).remove("postal_code");
        assertRejected(noPostalCode, "postal_code");

        ObjectNode textExtension = riverside.deepCopy();
        ((ObjectNode) textExtension.at("/services/0/phones/1")).put("extension", "204");
        assertRejected(textExtension, "/services/0/phones/1/extension: string found, number expected");
    }

    private static void assertRejected(JsonNode organization, String expectedMessagePart) {
        String errors = describe(organizationSchema.validate(organization));
        assertEquals(1, errors.lines().count(), errors);
        assertTrue(errors.contains(expectedMessagePart), errors);
    }
}
