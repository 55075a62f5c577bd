package org.factdesk.detector.resource.internal;

import java.util.Set;

/** The words the name finder reasons with, lower case. */
final class NameLexicon {
    /** Words only organizations and services have in their names (or right after them, in lower case). */
    static final Set<String> ORGANIZATION_WORDS = Set.of(
            "center", "centre", "clinic", "shelter", "house", "home", "project", "program", "programs", "coalition",
            "services", "service", "network", "alliance", "hotline", "helpline", "lifeline", "line", "foundation",
            "association", "society", "council", "partnership", "office", "department", "dept.", "pd", "police",
            "sheriff", "army", "agency", "institute", "collaborative", "cooperative", "co-op", "health", "hospital",
            "church", "ministries", "ministry", "mission", "fund", "trust", "initiative", "force", "court", "aid",
            "advocates", "outreach", "haven", "refuge", "sanctuary", "collective", "commission", "bureau",
            "administration", "university", "college", "library", "team", "unit", "squad", "relay", "clerk", "way",
            "harbor", "works", "ymca", "ywca", "clinics", "medicine", "inc.", "inc", "llc", "corporation", "corp",
            "fellowship", "connection", "navigators", "lines");

    /** Lower-case words after a name that say what kind of service it is: "Safe Avenues shelter", "Windham PD tip line". */
    static final Set<String> DESCRIPTORS = Set.of(
            "shelter", "hotline", "helpline", "office", "clinic", "program", "center", "team", "unit", "outreach",
            "advocates", "staff", "line", "lines");
    /** Words that may come before "line" in a descriptor: "tip line", "crisis line", "non-emergency line". */
    static final Set<String> LINE_KINDS = Set.of(
            "tip", "crisis", "non-emergency", "emergency", "help", "text", "main", "intake", "24-hour", "hot", "referral");

    /** Capitalized words that open a sentence or a list item without being part of a name. */
    static final Set<String> LEADING_STOPWORDS = Set.of(
            "the", "this", "that", "these", "those", "their", "its", "our", "your", "a", "an", "contact", "call", "text",
            "dial", "visit", "email", "reach", "ask", "use", "try", "yes", "if", "when", "while", "for", "in",
            "at", "on", "by", "with", "from", "to", "or", "and", "but", "what", "where", "how", "why", "who", "which",
            "does", "do", "is", "are", "can", "many", "some", "most", "all", "each", "every", "both", "also", "since",
            "through", "under", "over", "after", "before", "during", "among", "between", "across", "near", "key",
            "free", "local", "non-emergency", "emergency", "phone", "tel", "fax", "address", "hours",
            "website", "web", "chat", "note", "bus", "languages", "capacity", "media", "press", "anyone", "please",
            "get", "find", "learn", "know", "report", "prioritize", "access", "avoid", "give", "put", "remember",
            "volunteer", "send", "go", "walk-in", "drop-in", "statewide", "then", "there", "here",
            "other", "partnerships", "partners", "employers", "like", "including", "via", "whether", "once",
            "more", "see", "join", "donate", "connect", "speak", "talk", "write", "tell", "leave",
            "reaching", "calling", "texting", "contacting", "counties", "cities", "after-hours", "office", "main");

    /** Words that end a place, not an organization: "Kandiyohi County", "Bridge Street", "Canal Park". */
    static final Set<String> PLACE_ENDINGS = Set.of(
            "county", "parish", "township", "borough", "street", "st.", "st", "avenue", "ave", "ave.", "road", "rd",
            "boulevard", "blvd", "drive", "lane", "highway", "hwy", "route", "park", "square", "mall", "lake",
            "river", "corridor", "area", "region", "valley", "counties", "cities", "states", "district", "neighborhood",
            "downtown", "campus", "airport", "station", "beltline", "freeway", "interstate");

    /** Words that end a law or a model, not an organization: "Safe Harbor law", "No Wrong Door model". */
    static final Set<String> LAW_WORDS = Set.of(
            "law", "laws", "act", "statute", "statutes", "code", "bill", "amendment", "model", "approach", "rule",
            "rules", "regulations", "ordinance", "provisions", "framework", "definition", "principles");

    /** Site chrome: a name with one of these is a link to the publisher's page elsewhere, not a service. */
    static final Set<String> SOCIAL_WORDS = Set.of(
            "facebook", "twitter", "youtube", "linkedin", "instagram", "tiktok", "nextdoor", "pinterest", "logo",
            "channel", "rss", "newsletter", "tv");

    /** Upper-case words that are not organizations. */
    static final Set<String> COMMON_ACRONYMS = Set.of(
            "TTY", "TDD", "STI", "STD", "HIV", "AIDS", "GED", "LGBT", "LGBTQ", "USA", "FAQ", "ICE", "ID", "SMS", "ASAP",
            "PDF", "URL", "CEO", "EIN", "ZIP", "DART", "SXSW", "WHERE", "WHAT", "HOW", "WHY", "WHO", "THE", "AND",
            "FOR", "CALL", "TEXT", "HELP", "BEFREE", "INFO", "NOTE", "TIP", "SAFE", "YES", "NOT");

    /** Possessive words that belong to a name ("Women’s Resource Center"), not a place before it. */
    static final Set<String> NAME_POSSESSORS = Set.of(
            "women", "children", "men", "people", "girls", "boys", "survivors", "family", "families", "youth", "kids",
            "mothers", "veterans", "sisters", "brothers");

    /** Words of page headings and menus: a name made only of these ("Help Now", "Frequently Asked Questions") is none. */
    static final Set<String> HEADING_WORDS = Set.of(
            "help", "now", "information", "info", "resources", "resource", "services", "support", "contact", "us",
            "questions", "frequently", "asked", "more", "about", "home", "menu", "search", "donate", "events", "news",
            "involved", "here", "today", "guide", "directory", "links", "useful", "important", "numbers", "faq", "faqs",
            "overview", "introduction", "summary", "takeaways", "key", "next", "steps", "what", "to", "do", "you", "can");

    /** Day and month names: "Monday–Friday" is hours, "January 2024" a date. */
    static final Set<String> CALENDAR_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
            "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    private NameLexicon() {
    }
}
