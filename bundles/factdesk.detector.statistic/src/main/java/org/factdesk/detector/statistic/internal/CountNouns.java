package org.factdesk.detector.statistic.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the noun a number counts: "19 defendants", "12 trafficking cases", "about 25 hotel and motel
 * properties". The counted noun must be one of a fixed list of people, cases and events, places and
 * organisations, so that "5 signs", "3 steps" or "40 Mansfield Ave" are not counts; the list is the
 * precision/recall trade-off and is meant to grow.
 *
 * <p>After the number come up to {@value #MAX_WORDS} words of the same noun phrase; the phrase ends at
 * punctuation, a digit or a function word ("of", "were", "in"). The last listed noun in it is the counted noun,
 * so modifiers in front of it are skipped ("juvenile females" counts females). A street suffix in the phrase
 * ("Main St") makes it an address, not a count.
 */
final class CountNouns {
    /** The counted noun as written, lower-cased, and where it ends. */
    record CountedNoun(String noun, int end) {
    }

    private static final int MAX_WORDS = 5;
    private static final int MAX_WORD_LENGTH = 30;
    private static final int MAX_GAP = 3;

    private static final Set<String> NOUNS = Set.of(
            // people
            "people", "person", "persons", "individual", "individuals", "adult", "adults", "child", "children",
            "kid", "kids", "minor", "minors", "juvenile", "juveniles", "youth", "youths", "teen", "teens", "teenager",
            "teenagers", "girl", "girls", "boy", "boys", "woman", "women", "man", "men", "female", "females", "male",
            "males", "victim", "victims", "survivor", "survivors", "defendant", "defendants", "offender", "offenders",
            "suspect", "suspects", "trafficker", "traffickers", "pimp", "pimps", "buyer", "buyers", "john", "johns",
            "client", "clients", "customer", "customers", "worker", "workers", "resident", "residents", "student",
            "students", "officer", "officers", "investigator", "investigators", "sergeant", "sergeants", "detective",
            "detectives", "agent", "agents", "prosecutor", "prosecutors", "employee", "employees", "member", "members",
            "volunteer", "volunteers", "advocate", "advocates", "navigator", "navigators", "family", "families",
            "household", "households", "runaway", "runaways", "immigrant", "immigrants", "refugee", "refugees",
            "participant", "participants", "patient", "patients", "inmate", "inmates", "arrestee", "arrestees",
            "respondent", "respondents", "caller", "callers", "citizen", "citizens", "parent", "parents", "staff",
            "visitor", "visitors", "attendee", "attendees", "guest", "guests", "fan", "fans", "spectator",
            "spectators", "traveler", "travelers", "traveller", "travellers", "passenger", "passengers", "user",
            "users", "applicant", "applicants", "recipient", "recipients", "graduate", "graduates", "trainee",
            "trainees", "youngster", "youngsters", "migrant", "migrants",
            // cases and events
            "case", "cases", "arrest", "arrests", "charge", "charges", "conviction", "convictions", "prosecution",
            "prosecutions", "indictment", "indictments", "citation", "citations", "complaint", "complaints", "report",
            "reports", "call", "calls", "tip", "tips", "incident", "incidents", "crime", "crimes", "offense",
            "offenses", "offence", "offences", "investigation", "investigations", "operation", "operations", "sting",
            "stings", "raid", "raids", "rescue", "rescues", "referral", "referrals", "ad", "ads", "advertisement",
            "advertisements", "listing", "listings", "bed", "beds", "overdose", "overdoses", "death", "deaths",
            "homicide", "homicides", "assault", "assaults", "robbery", "robberies", "attempt", "attempts", "visit",
            "visits", "contact", "contacts", "session", "sessions", "motion", "motions", "petition", "petitions",
            "approach", "approaches", "initiative", "initiatives", "strategy", "strategies", "training", "trainings",
            "night", "nights", "survey", "surveys", "study", "studies", "situation", "situations", "encounter",
            "encounters", "interview", "interviews", "screening", "screenings", "consultation", "consultations",
            "meal", "meals", "kit", "kits", "visa", "visas", "permit", "permits", "license", "licenses", "grant",
            "grants", "award", "awards", "message", "messages", "texts", "website",
            "websites", "vehicle", "vehicles", "device", "devices", "phones", "event", "events",
            // places
            "county", "counties", "city", "cities", "town", "towns", "state", "states", "country", "countries",
            "hotel", "hotels", "motel", "motels", "property", "properties", "site", "sites", "location", "locations",
            "venue", "venues", "parlor", "parlors", "parlour", "parlours", "business", "businesses", "establishment",
            "establishments", "shelter", "shelters", "home", "homes", "house", "houses", "facility", "facilities",
            "clinic", "clinics", "hospital", "hospitals", "school", "schools", "district", "districts",
            "neighborhood", "neighborhoods", "region", "regions", "tribe", "tribes", "nation", "nations",
            "reservation", "reservations", "room", "rooms", "apartment", "apartments", "campus", "campuses",
            "municipality", "municipalities", "community", "communities", "jurisdiction", "jurisdictions",
            "village", "villages", "township", "townships", "airport", "airports",
            // organisations
            "organization", "organizations", "organisation", "organisations", "agency", "agencies", "group",
            "groups", "program", "programs", "programme", "programmes", "nonprofit", "nonprofits", "partner",
            "partners", "department", "departments", "provider", "providers", "coalition", "coalitions", "service",
            "services", "court", "courts", "team", "teams", "hotline", "hotlines", "system", "systems", "church",
            "churches", "congregation", "congregations", "company", "companies", "employer", "employers", "office",
            "offices", "unit", "units", "center", "centers", "centre", "centres", "forces");

    /** Words that end a noun phrase: what follows them is not what the number counts. */
    private static final Set<String> STOP = Set.of(
            "of", "for", "in", "on", "at", "to", "from", "by", "with", "nor", "but", "were", "was", "is", "are",
            "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can",
            "who", "whom", "whose", "which", "that", "the", "a", "an", "this", "these", "those", "their", "his", "her",
            "its", "our", "per", "each", "every", "than", "as", "into", "about", "over", "under", "after", "before",
            "during", "since", "while", "when", "where", "across", "among", "between", "including", "not");

    /** The plural of a counted noun that does not take an "s": "a 40-person team" counts 40 people. */
    private static final Map<String, String> HYPHENATED_PLURALS = Map.of("person", "people",
            "man", "men", "woman", "women", "child", "children");

    /** Plural nouns that do not end in "s". */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "youth", "staff");

    /** Capitalized street suffixes: "40 Mansfield Ave", "322 Main St" are addresses. */
    private static final Set<String> STREET_SUFFIXES = Set.of(
            "St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard", "Dr", "Drive", "Ln", "Lane", "Way",
            "Ct", "Court", "Pl", "Place", "Pkwy", "Parkway", "Hwy", "Highway", "Suite", "Ste", "Sq", "Square", "Ter",
            "Terrace", "Cir", "Circle", "Trl", "Trail", "Plaza");

    private CountNouns() {
    }

    /** The noun counted by a number that ends at {@code pos}, or {@code null} when none follows. */
    static CountedNoun read(String text, int pos) {
        if (pos + 1 < text.length() && text.charAt(pos) == '-' && NumberScanner.isLetter(text.charAt(pos + 1))) {
            return hyphenated(text, pos + 1);
        }
        int p = skipGap(text, pos);
        if (p < 0) {
            return null;
        }
        String noun = null;
        int nounEnd = -1;
        for (int words = 0; words < MAX_WORDS && p < text.length() && NumberScanner.isLetter(text.charAt(p)); words++) {
            int end = wordEnd(text, p);
            if (end - p > MAX_WORD_LENGTH) {
                break;
            }
            String word = text.substring(p, end);
            String bare = stripPossessive(word).toLowerCase(Locale.ROOT);
            if (STOP.contains(bare) || isConjunction(bare) && isPlural(noun) && nounEnd == p - 1) {
                break; // "79,000 minors and youth" counts minors; "hotel and motel properties" counts properties
            }
            if (STREET_SUFFIXES.contains(word)) {
                return null;
            }
            if (NOUNS.contains(bare)) {
                noun = bare;
                nounEnd = p + stripPossessive(word).length();
            }
            if (end + 1 < text.length() && text.charAt(end) == ' ' && NumberScanner.isLetter(text.charAt(end + 1))) {
                p = end + 1;
            } else {
                break;
            }
        }
        return noun == null ? null : new CountedNoun(noun, nounEnd);
    }

    /**
     * "12-bed shelter", "a 40-person team": the number and its noun make one adjective, so the noun is the
     * word right after the hyphen, in the plural ("12 beds"), and nothing after it.
     */
    private static CountedNoun hyphenated(String text, int start) {
        int end = start;
        while (end < text.length() && NumberScanner.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (!NOUNS.contains(word) || isPlural(word)) {
            return null;
        }
        String plural = HYPHENATED_PLURALS.getOrDefault(word, NOUNS.contains(word + "s") ? word + "s"
                : NOUNS.contains(word + "es") ? word + "es"
                : word.endsWith("y") && NOUNS.contains(word.substring(0, word.length() - 1) + "ies")
                ? word.substring(0, word.length() - 1) + "ies" : word + "s");
        return new CountedNoun(plural, end);
    }

    private static boolean isConjunction(String word) {
        return word.equals("and") || word.equals("or");
    }

    private static boolean isPlural(String noun) {
        return noun != null && (noun.endsWith("s") || IRREGULAR_PLURALS.contains(noun));
    }

    /** After the number: 1 to {@value #MAX_GAP} white-space characters with at most one line break; else -1. */
    private static int skipGap(String text, int pos) {
        int p = pos;
        int breaks = 0;
        while (p < text.length() && p - pos < MAX_GAP && isGap(text.charAt(p))) {
            if (text.charAt(p) == '\n') {
                breaks++;
            }
            p++;
        }
        return p == pos || breaks > 1 ? -1 : p;
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
    }

    /** Letters with inner hyphens and apostrophes ("sex-trafficking", "victims’"), read no further than needed. */
    private static int wordEnd(String text, int start) {
        int end = start;
        int limit = Math.min(text.length(), start + MAX_WORD_LENGTH + 1);
        while (end < limit) {
            char c = text.charAt(end);
            boolean inner = (c == '-' || c == '\'' || c == '’') && end > start;
            if (!NumberScanner.isLetter(c) && !inner) {
                break;
            }
            end++;
        }
        return end;
    }

    private static String stripPossessive(String word) {
        String w = word;
        while (!w.isEmpty() && "-'’".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }
}
