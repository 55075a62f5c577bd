package org.factdesk.web.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.api.workbench.Principal;
import org.factdesk.api.workbench.Role;
import org.junit.jupiter.api.Test;

/** The role order the whole workbench relies on (the type lives in the API; the rules matter here). */
class RoleTest {
    @Test
    void eachRoleIncludesTheOnesBeforeIt() {
        assertTrue(Role.ADMIN.includes(Role.MAINTAINER));
        assertTrue(Role.MAINTAINER.includes(Role.EDITOR));
        assertTrue(Role.EDITOR.includes(Role.VIEWER));
        assertTrue(Role.EDITOR.includes(Role.EDITOR));
        assertFalse(Role.VIEWER.includes(Role.EDITOR));
        assertFalse(Role.EDITOR.includes(Role.MAINTAINER));
        assertFalse(Role.MAINTAINER.includes(Role.ADMIN));
    }

    @Test
    void aViewerMayReadButNotReview() {
        Principal vic = new Principal("vic", Role.VIEWER);
        assertTrue(vic.may(Role.VIEWER));
        assertFalse(vic.may(Role.EDITOR));
    }

    @Test
    void labelsRoundTripAndUnknownOnesAreRefused() {
        for (Role r : Role.values()) {
            assertEquals(r, Role.fromLabel(r.label()));
        }
        assertEquals("maintainer", Role.MAINTAINER.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.fromLabel("root"));
        assertTrue(e.getMessage().contains("viewer, editor, maintainer or admin"));
        assertThrows(IllegalArgumentException.class, () -> Role.fromLabel("ADMIN"));
    }
}
