package org.factdesk.detector.phone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import org.factdesk.detector.phone.internal.NumberWindows.Window;
import org.junit.jupiter.api.Test;

class NumberWindowsTest {
    private static List<String> windows(String text) {
        return NumberWindows.of(text).stream().map(w -> text.substring(w.start(), w.end())).toList();
    }

    @Test
    void aNumberGetsItsClusterWithAMarginEachSide() {
        String text = "Lots of words before it. Contact Willmar PD at 320-235-2244 or write. And many words after it.";
        int first = text.indexOf("320");
        assertEquals(List.of(new Window(first - NumberWindows.MARGIN, first + 12 + NumberWindows.MARGIN)),
                NumberWindows.of(text));
    }

    @Test
    void proseWithShortNumbersHasNoWindow() {
        assertEquals(List.of(), windows("In 2013 the shelter had 24 beds; by 2019 there were 31 beds and 4 staff. Chapter 11 "
                + "of the report covers 12 counties, 3 tribal nations and 150 volunteers."));
        // blanks alone can be bridged (an extension may follow after any number of them)
        assertEquals(List.of("had 24 beds; by 2019, 2020, 31 beds and 4 staf"),
                windows("the shelter had 24 beds; by 2019, 2020, 31 beds and 4 staff"));
        assertEquals(List.of(), windows(""));
        assertEquals(List.of(), windows("no digits at all"));
    }

    @Test
    void windowsCloseToEachOtherMerge() {
        String text = "Call 612-673-3000 or 612-673-2157.";
        assertEquals(List.of(text), windows(text));
    }

    @Test
    void anExtensionAfterManyBlanksStaysWithItsNumber() {
        String text = "x".repeat(40) + " Office 651-555-0123" + " ".repeat(60) + "ext. 12" + " y".repeat(40);
        List<String> w = windows(text);
        assertEquals(1, w.size());
        assertTrue(w.get(0).contains("651-555-0123" + " ".repeat(60) + "ext. 12"), w.get(0));
    }

    @Test
    void digitsSpreadThroughProseAreSeparateClusters() {
        // six digits, but every gap holds more than one word: no candidate can join them
        assertEquals(List.of(), windows("1 is one, then 2 is two, then 3 is three, then 4 is four, then 5 and 6 end"));
        // the same digits with phone punctuation between them are one cluster
        assertEquals(1, windows("+1 2 3 4 5 6").size());
    }

    /** The scan jumps over prose to the next digit; these are the gaps it must not jump over too early. */
    @Test
    void aGapIsGivenUpOnlyWhenNoLaterCharacterCouldBridgeIt() {
        // one word of up to 11 characters can be an extension label, however many blanks stand around it
        String labelled = "x".repeat(40) + " Office 651-555-0123   extensi\u00F3n:   12345678 and the text goes on and on";
        assertEquals(List.of(labelled.substring(labelled.indexOf("651") - NumberWindows.MARGIN,
                labelled.indexOf("5678") + 4 + NumberWindows.MARGIN)), windows(labelled));
        // a second word cannot: the digits after it are a cluster of their own, too light for a window
        assertEquals(List.of(), windows("tel 12 34 5" + " so then " + "6 78 and the text goes on and on"));
        assertEquals(1, windows("tel 12 34 5" + " ext. " + "6 78 and the text goes on and on").size());
    }

    @Test
    void aDigitOutsideTheBasicPlaneIsFoundAfterAJump() {
        String digitZero = "\uD835\uDFD8"; // MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO, a decimal digit
        String text = "Lots of words before the number, " + digitZero + "612 673 3000 and many words after it.";
        int first = text.indexOf(digitZero);
        assertEquals(List.of(new Window(first - NumberWindows.MARGIN, text.indexOf("3000") + 4 + NumberWindows.MARGIN)),
                NumberWindows.of(text));
    }

    @Test
    void lettersThatCouldStandForDigitsCount() {
        // 6 digits alone are too few for a number without +; with x's in the gaps they might not be
        assertEquals(List.of(), windows("see 555-12-3 later"));
        assertEquals(1, windows("see 555-12x-3 later").size());
    }

    /**
     * NumberWindows reasons from this candidate pattern of libphonenumber's matcher (its punctuation, its extension
     * labels, how far a candidate reaches): when an upgrade changes it, check NumberWindows again, then update it here.
     */
    @Test
    void theMatchersCandidatePatternIsTheOneTheWindowsFollow() throws ReflectiveOperationException {
        Field field = Class.forName("com.google.i18n.phonenumbers.PhoneNumberMatcher").getDeclaredField("PATTERN");
        field.setAccessible(true);
        Pattern pattern = (Pattern) field.get(null);
        String punctuation = "[-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09"
                + "\uFF3B\uFF3D.\\[\\]/~\u2053\u223C\uFF5E]";
        assertEquals("(?:[(\\[\uFF08\uFF3B+\uFF0B]" + punctuation + "{0,4}){0,2}\\p{Nd}{1,20}(?:" + punctuation
                + "{0,4}\\p{Nd}{1,20}){0,20}(?:;ext=(\\p{Nd}{1,20})|[ \u00A0\\t,]*(?:e?xt(?:ensi(?:o\u0301?|\u00F3))?n?"
                + "|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)[:\\.\uFF0E]?[ \u00A0\\t,-]*(\\p{Nd}{1,20})#?"
                + "|[ \u00A0\\t,]*(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)[:\\.\uFF0E]?[ \u00A0\\t,-]*"
                + "(\\p{Nd}{1,9})#?|[- ]+(\\p{Nd}{1,6})#)?", pattern.pattern());
        assertEquals(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, pattern.flags());
    }

    @Test
    void noValidNumberHasFewerDigitsThanTheThreshold() {
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        int fewest = Integer.MAX_VALUE;
        for (String region : util.getSupportedRegions()) {
            fewest = Math.min(fewest, fewestDigits(source.getMetadataForRegion(region)));
        }
        for (int code : util.getSupportedGlobalNetworkCallingCodes()) {
            fewest = Math.min(fewest, fewestDigits(source.getMetadataForNonGeographicalRegion(code)));
        }
        assertEquals(NumberWindows.MIN_DIGITS, fewest, "the threshold must follow libphonenumber's metadata");
        // without +: a national number of country code 1 (valid in any of its regions), or one after the
        // international prefix of region US; its national prefix 1 only adds a digit
        PhoneMetadata us = source.getMetadataForRegion("US");
        assertEquals("011", us.getInternationalPrefix());
        assertEquals("1", us.getNationalPrefixForParsing());
        assertEquals("", us.getNationalPrefixTransformRule());
        int fewestNational = Integer.MAX_VALUE;
        for (String region : util.getRegionCodesForCountryCode(1)) {
            fewestNational = Math.min(fewestNational, fewestDigits(source.getMetadataForRegion(region)) - 1);
        }
        assertEquals(7, fewestNational, "Canada's 310 numbers");
        assertEquals(Math.min(fewestNational, 3 + fewest), NumberWindows.MIN_DIGITS_WITHOUT_PLUS);
    }

    @Test
    void withoutAPlusAClusterNeedsSevenDigits() {
        assertEquals(List.of(), windows("Date: Tue, 6 Aug 2002 11:51:02 -0400 (EDT) and 20 02 11"));
        assertEquals(1, windows("Tel +43 1 234 (Vienna)").size());
        assertEquals(List.of(), windows("Tel 43 1 234 (Vienna)"));
        assertEquals(1, windows("from the US dial 011 43 1 2345").size());
        // a Canadian 310 number is valid with 7 digits: the windows must keep it
        String code = "variance: Decimal('31.01875') and more text after it";
        assertEquals(1, windows(code).size());
        assertEquals(List.of("+13101875"), new PhoneFinder().find(code).stream().map(PhoneMatch::normalized).toList());
    }

    /**
     * A national prefix transform rule can add digits the text does not have (San Marino's 6-digit local numbers
     * become 0549 and those 6). Of the rules below, the one that takes the shortest local part is Norfolk Island's
     * (+672 and 5 digits: 8 digits in the text), above both thresholds; region US, which reads numbers without +,
     * has none. Pinned, so that an upgrade that changes a rule fails here until the thresholds are checked again.
     */
    @Test
    void nationalPrefixTransformRulesAreTheOnesTheThresholdsAllowFor() {
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        Map<String, String> rules = new TreeMap<>();
        for (String region : PhoneNumberUtil.getInstance().getSupportedRegions()) {
            PhoneMetadata m = source.getMetadataForRegion(region);
            if (!m.getNationalPrefixTransformRule().isEmpty()) {
                rules.put(region, m.getNationalPrefixForParsing() + " -> " + m.getNationalPrefixTransformRule());
            }
        }
        assertEquals("AG AI AR AS BB BM BR BS CC CX DM GA GD GG GU IM JE JP KN KY LC MG MP MS NF SM SX TC TT VC VG VI",
                String.join(" ", rules.keySet()));
        assertEquals("([0-258]\\d{4})$ -> 3$1", rules.get("NF"));
        assertEquals("([89]\\d{5})$ -> 0549$1", rules.get("SM"));
        assertEquals(-913025837, String.join("\n", rules.values()).hashCode(),
                "the transform rules changed: check NumberWindows' thresholds, then pin the new hash");
    }

    private static int fewestDigits(PhoneMetadata metadata) {
        int countryCodeDigits = String.valueOf(metadata.getCountryCode()).length();
        return countryCodeDigits + metadata.getGeneralDesc().getPossibleLengthList().stream()
                .mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE - countryCodeDigits);
    }
}
