package org.factdesk.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {
    @Test
    void cellsStartingAFormulaGetAnApostrophe() {
        assertEquals("'=cmd|' /C calc'!A0", FormulaGuard.neutralize("=cmd|' /C calc'!A0"));
        assertEquals("'+18883737888", FormulaGuard.neutralize("+18883737888"));
        assertEquals("'-12%", FormulaGuard.neutralize("-12%"));
        assertEquals("'@SUM(1+1)", FormulaGuard.neutralize("@SUM(1+1)"));
        assertEquals("'\t=1", FormulaGuard.neutralize("\t=1"));
        assertEquals("'\r=1", FormulaGuard.neutralize("\r=1"));
        assertEquals("' =1", FormulaGuard.neutralize(" =1"), "an importer that trims would see =1");
        assertEquals("'\n  +1", FormulaGuard.neutralize("\n  +1"));
    }

    @Test
    void aLeadingApostropheIsDoubledSoTheRuleCanBeUndone() {
        assertEquals("''tis", FormulaGuard.neutralize("'tis"));
    }

    @Test
    void otherCellsAreUnchanged() {
        assertEquals("18883737888", FormulaGuard.neutralize("18883737888"));
        assertEquals("888-373-7888", FormulaGuard.neutralize("888-373-7888"));
        assertEquals("a=b", FormulaGuard.neutralize("a=b"));
        assertEquals(" 1 = 1", FormulaGuard.neutralize(" 1 = 1"));
        assertEquals("   ", FormulaGuard.neutralize("   "));
        assertEquals("", FormulaGuard.neutralize(""));
        assertEquals("“=”", FormulaGuard.neutralize("“=”"));
    }
}
