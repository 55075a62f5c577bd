package org.factdesk.export.hsds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdesk.api.export.DocumentInfo;
import org.junit.jupiter.api.Test;

class DocumentReferenceTest {
    @Test
    void theManifestUrlWins() {
        DocumentInfo info = new DocumentInfo("seed/003.txt", "Minneapolis gets results", "City of Minneapolis",
                "primary", "2013-01-16", " https://www.minneapolismn.gov/news/2013/juvenile-trafficking ");
        assertEquals("https://www.minneapolismn.gov/news/2013/juvenile-trafficking",
                DocumentReference.of("seed/003.txt", info));
    }

    @Test
    void withoutUrlThePathBecomesAnEncodedUrn() {
        DocumentInfo info = new DocumentInfo("seed/000_76fc4e1531144b50.txt", "Willmar", "", "", "", "");
        assertEquals("urn:factdesk:doc:seed/000_76fc4e1531144b50.txt",
                DocumentReference.of("seed/000_76fc4e1531144b50.txt", info));
        assertEquals("urn:factdesk:doc:dev/08%20albany%20guide%20%C3%BC.txt%3Fv%3D2%23x",
                DocumentReference.of("dev/08 albany guide ü.txt?v=2#x", null));
    }
}
