package org.factdesk.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentInfoTest {
    @Test
    void theManifestUrlWins() {
        DocumentInfo info = new DocumentInfo("seed/003.txt", "Minneapolis gets results", "City of Minneapolis",
                "primary", "2013-01-16", " https://www.minneapolismn.gov/news/2013/juvenile-trafficking ");
        assertEquals("https://www.minneapolismn.gov/news/2013/juvenile-trafficking", info.reference());
    }

    @Test
    void withoutUrlThePathBecomesAnEncodedUrn() {
        assertEquals("urn:factdesk:doc:seed/000_76fc4e1531144b50.txt",
                new DocumentInfo("seed/000_76fc4e1531144b50.txt", "Willmar", "", "", "", "").reference());
        assertEquals("urn:factdesk:doc:dev/08%20albany%20guide%20%C3%BC.txt%3Fv%3D2%23x",
                DocumentInfo.urn("dev/08 albany guide ü.txt?v=2#x"));
    }
}
