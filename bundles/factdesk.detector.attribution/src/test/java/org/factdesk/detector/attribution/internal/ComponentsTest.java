package org.factdesk.detector.attribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factdesk.api.document.Span;
import org.junit.jupiter.api.Test;

/** The small helpers the cue rules stand on. */
class ComponentsTest {
    @Test
    void wordsKeepInitialismsAbbreviationsPossessivesAndHyphens() {
        String text = "The U.S. Census, St. Cloud’s Anti-Trafficking Drug & Violent Crime unit (2022).";
        assertEquals(List.of("The", "U.S.", "Census", "St.", "Cloud’s", "Anti-Trafficking", "Drug", "&", "Violent", "Crime",
                "unit", "2022"), Tokenizer.tokens(text, 0, text.length()).stream().map(Token::text).toList());
        Token year = Tokenizer.tokens("in 2022", 0, 7).get(1);
        assertEquals(true, year.year());
        assertEquals("Minnesota", Words.withoutPossessive("Minnesota’s"));
        assertEquals("county", Words.bare("county’s"));
        assertEquals(true, Token.of(0, 3, "FBI").acronym());
        assertEquals(false, Token.of(0, 4, "Fbis").acronym());
        assertEquals("fbi", Token.of(0, 3, "FBI").lower());
    }

    @Test
    void clausesSplitAtSemicolonsColonsAndContrastButNotAtPlainCommas() {
        String text = "Overlap: 85% report it, 10% deny it; police data shows more, while surveys show less.";
        Span sentence = new Span(0, text.length());
        List<Span> separators = Clauses.separators(text, sentence);
        assertEquals(List.of(new Span(7, 8), new Span(35, 36), new Span(59, 67)), separators);
        assertEquals(8, Clauses.clauseStart(separators, sentence, 20));
        assertEquals(67, Clauses.clauseStart(separators, sentence, 70));
        assertEquals(2, Clauses.separatorsBetweenSources("A shows x, and B says y; C.", new Span(0, 27)).size());
        assertEquals(1, Clauses.separators("A shows x, and B says y; C.", new Span(0, 27)).size());
    }

    @Test
    void claimsAreTidied() {
        assertEquals("85% were forced", ClaimText.tidy("  , that 85% were   forced ,  "));
        assertEquals("there are hundreds", ClaimText.tidy(", there are hundreds."));
        String longClaim = "word ".repeat(100);
        assertEquals(ClaimText.MAX_LENGTH, ClaimText.tidy(longClaim).length());
    }

    @Test
    void sentencesCutAfterARankAreRejoined() {
        String text = "According to Lt. Sam Ortiz, tips rose. Next one.";
        List<Span> cut = List.of(new Span(0, 16), new Span(17, 38), new Span(39, 48));
        assertEquals(List.of(new Span(0, 38), new Span(39, 48)), TitleAbbreviations.rejoin(text, cut));
        String plain = "It ended. Then more.";
        List<Span> sentences = List.of(new Span(0, 9), new Span(10, 20));
        assertEquals(sentences, TitleAbbreviations.rejoin(plain, sentences));
    }

    @Test
    void quotationsArePairedAndTheNearestIsFound() {
        String text = "“One,” she said, “two.” Then \"three\".";
        List<Span> quotes = Quotations.in(text, new Span(0, text.length()));
        assertEquals(List.of("One,", "two.", "three"), quotes.stream().map(q -> text.substring(q.start(), q.end())).toList());
        assertEquals(quotes.get(0), Quotations.nearest(quotes, 7));
        assertEquals(quotes.get(1), Quotations.nearest(quotes, 25));
    }

    @Test
    void everyKindHasItsWireNameAndPriority() {
        assertEquals("unnamed", SourceKind.UNNAMED.wireName());
        assertEquals(0.85, SourceKind.UNNAMED.priority());
        assertEquals(0.75, SourceKind.GOVERNMENT.priority());
        for (SourceKind k : List.of(SourceKind.RESEARCH, SourceKind.DATA, SourceKind.SURVEY, SourceKind.MEDIA, SourceKind.ORGANIZATION)) {
            assertEquals(0.7, k.priority(), k.name());
        }
    }
}
