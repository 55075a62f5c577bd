package org.factdesk.detector.attribution.internal;

import java.util.Set;

/**
 * The words the attribution detector reasons with, lower case. Kept in one place so that the rules in
 * {@link CueFinder}, {@link SourceNames} and {@link Speakers} agree on what a source word is.
 */
final class Lexicon {
    /** Verbs that credit a claim to their subject: "data shows", "a report found", "experts say". */
    static final Set<String> REPORTING_VERBS = Set.of(
            "show", "shows", "showed", "shown", "find", "finds", "found", "indicate", "indicates", "indicated",
            "suggest", "suggests", "suggested", "estimate", "estimates", "estimated", "report", "reports", "reported",
            "say", "says", "said", "note", "notes", "noted", "state", "states", "stated", "confirm", "confirms",
            "confirmed", "reveal", "reveals", "revealed", "conclude", "concludes", "concluded", "document",
            "documents", "documented", "identified", "identifies", "recorded", "counted", "link", "links", "linked",
            "warn", "warns", "warned", "explain", "explains", "explained", "added", "told", "cite", "cites", "cited",
            "stress", "stresses", "stressed", "caution", "cautions", "cautioned", "argue", "argues", "argued",
            "emphasize", "emphasizes", "emphasized", "agree", "agrees", "agreed", "believe", "believes", "contend",
            "contends", "acknowledge", "acknowledges", "acknowledged", "insist", "insists", "insisted");

    /** Verbs of speech: with these, a person's name alone ("Lindgren said") is a source. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "say", "says", "said", "told", "stated", "states", "explained", "explains", "noted", "notes", "added",
            "warned", "warns", "stress", "stresses", "stressed", "cautioned", "cautions", "argue", "argues", "argued",
            "emphasize", "emphasizes", "emphasized");

    /**
     * Verbs whose object, not a clause, is what the source asserts ("the office identified 12 cases"): the claim
     * is then the whole clause.
     */
    static final Set<String> OBJECT_VERBS = Set.of(
            "identified", "identifies", "recorded", "counted", "link", "links", "linked", "document", "documents",
            "documented", "cite", "cites", "cited");

    /** Words between a subject and its verb that do not belong to either: "data has shown", "studies also show". */
    static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "also", "recently", "consistently", "repeatedly", "clearly", "previously", "now",
            "further", "similarly", "likewise", "reportedly", "already");

    /** Nouns naming a document or a body of evidence: the head of "a 2023 county survey". */
    static final Set<String> DOCUMENT_NOUNS = Set.of(
            "data", "research", "study", "studies", "survey", "surveys", "report", "reports", "analysis", "analyses",
            "statistics", "stats", "figures", "records", "estimate", "estimates", "census", "poll", "polls", "audit", "audits",
            "review", "reviews", "evaluation", "assessment", "findings", "numbers", "evidence", "count", "counts",
            "database", "dataset", "investigation", "paper", "article", "surveillance", "documents", "filings");

    /** Nouns naming people who are cited as a group: "experts say", "advocates report". */
    static final Set<String> PEOPLE_NOUNS = Set.of(
            "experts", "researchers", "officials", "authorities", "advocates", "scientists", "analysts", "police",
            "sources", "staff", "workers", "providers", "economists", "observers", "specialists", "prosecutors",
            "spokesperson", "spokesman", "spokeswoman", "official");

    /** People nouns that name one person: "a spokesperson" is a source, unlike "a police" (in "a police report"). */
    static final Set<String> SINGLE_PEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "official");

    /** "workers" and "providers" are sources only with one of these before them: "outreach workers say". */
    static final Set<String> WORKER_QUALIFIERS = Set.of(
            "outreach", "social", "case", "health", "youth", "service", "shelter", "frontline", "front-line");

    /** Nouns naming an organization, which "the partnership" may refer back to. */
    static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "partnership", "coalition", "department", "agency", "office", "network", "center", "centre",
            "organization", "organisation", "group", "foundation", "alliance", "project", "council", "association",
            "institute", "university", "bureau", "commission", "hospital", "clinic", "program", "hotline", "nonprofit",
            "charity", "shelter", "ministry", "collective", "county", "city", "state", "sheriff", "court", "police",
            "task", "force", "squad", "unit", "administration", "board", "committee", "services", "initiative",
            "district");

    /** Modifiers that leave a source unnamed: "recent statistics", "national research", "several studies". */
    static final Set<String> VAGUE_MODIFIERS = Set.of(
            "recent", "new", "newer", "latest", "national", "nationwide", "international", "global", "many", "some",
            "several", "most", "various", "numerous", "multiple", "other", "previous", "published", "available",
            "current", "independent", "leading", "academic", "scientific", "official", "more", "few", "certain",
            "existing", "prior", "past", "federal", "government", "one", "two", "three", "same", "countless", "local");

    /** Nouns that head a vague source. */
    static final Set<String> VAGUE_HEADS = Set.of(
            "studies", "study", "research", "experts", "statistics", "stats", "data", "reports", "report", "surveys",
            "estimate",
            "survey", "figures", "estimates", "researchers", "scientists", "analysts", "officials", "sources",
            "advocates", "evidence", "numbers", "findings", "polls", "poll", "analyses", "staff", "workers",
            "providers", "economists", "observers", "specialists", "authorities", "analysis", "records", "spokesperson",
            "spokesman", "spokeswoman", "official");

    /** Other modifiers a source phrase may carry: "police data", "arrest data", "a county survey". */
    static final Set<String> MODIFIERS = Set.of(
            "police", "arrest", "arrests", "court", "crime", "criminal", "county", "city", "state", "statewide",
            "local", "regional", "hospital", "outreach", "clinical", "public", "health", "prison", "jail", "school",
            "survivor", "hotline", "helpline", "shelter", "internal", "annual", "preliminary", "quarterly", "monthly",
            "agency", "department", "census", "program", "case", "client", "victim", "service", "social", "youth",
            "frontline", "front-line", "law", "enforcement", "trafficking", "industry", "university", "medical",
            "economic", "demographic", "community", "neighborhood", "emergency", "its", "their", "our", "his", "her");

    /** Determiners that start a phrase and are dropped from the source's name. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "that", "its", "their", "our");

    /** Small words that may join the words of a name or a phrase: "Department of Health", "data from the FBI". */
    static final Set<String> CONNECTORS = Set.of("of", "and", "&", "for", "from", "by", "on", "the", "at");

    /** Words that open a sentence without being part of its subject: "In 2023 the network reported ...". */
    static final Set<String> LEADING_NOISE = Set.of(
            "in", "since", "during", "by", "for", "after", "before", "over", "through", "throughout", "last", "and",
            "but", "so", "yet", "however", "also", "then", "today", "recently", "now", "still", "meanwhile",
            "overall", "additionally", "moreover", "furthermore", "nationally", "locally", "statewide", "year",
            "years", "month", "months", "week", "weeks", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "this", "example", "instance", "fact", "addition",
            "contrast", "particular");

    /** Capitalized words that still do not start a name when they open a phrase: "Recent Minnesota data". */
    static final Set<String> NON_NAME_LEADS = Set.of(
            "recent", "latest", "several", "many", "some", "most", "other", "various", "multiple", "numerous",
            "previous", "preliminary", "annual", "the", "a", "an", "this", "these", "those", "its", "their", "our",
            "according", "new");

    /**
     * Heads that are not sources: what a law says is checked against the statute (the citation detector's job),
     * and "according to your needs" or "according to the plan" credit nothing.
     */
    static final Set<String> NOT_SOURCES = Set.of(
            "law", "laws", "statute", "statutes", "act", "code", "rule", "rules", "regulation", "regulations",
            "ordinance", "constitution", "bill", "policy", "guidelines", "instructions", "plan", "schedule",
            "needs", "need", "age");

    /** Pronouns: a source, but one that cannot be named from the sentence alone. */
    static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "it", "we", "i", "you", "them", "him", "her", "us", "me", "this", "that", "there",
            "who", "which", "what", "your", "my");

    /** Name words that make a source a government body. */
    static final Set<String> GOVERNMENT_WORDS = Set.of(
            "department", "dept", "dept.", "office", "bureau", "agency", "administration", "commission",
            "commissioner", "police", "pd", "sheriff", "county", "census", "court", "courts", "attorney",
            "legislature", "legislative", "governor", "force", "ministry", "federal", "government", "congress",
            "senate", "patrol", "corrections", "u.s.", "municipal", "parliament", "prosecutor", "district");

    /**
     * Words that make a name a government body only at its end or as "City of ...": "Kansas City", "State of
     * Minnesota", "United States", but not "Granite City Anti-Trafficking Partnership" or "Iowa State University".
     */
    static final Set<String> PLACE_BODY_WORDS = Set.of("city", "state", "states");

    /** Government acronyms that stand alone as sources. */
    static final Set<String> GOVERNMENT_ACRONYMS = Set.of(
            "FBI", "CDC", "DOJ", "DHS", "HHS", "BJS", "ICE", "HSI", "NIJ", "OVC", "GAO", "BCA", "DPS", "DCF", "MDH",
            "DHHS", "UNODC", "BLS", "NCMEC", "OJJDP", "DEA", "USCIS", "CBP", "IRS", "ATF", "NHTSA", "UN");

    /** Name words of newspapers, broadcasters and magazines. */
    static final Set<String> MEDIA_WORDS = Set.of(
            "times", "tribune", "post", "journal", "news", "herald", "gazette", "star", "press", "radio", "npr",
            "cnn", "ap", "reuters", "magazine", "tv", "television", "broadcasting", "sentinel", "courier",
            "chronicle", "inquirer", "examiner", "register", "bulletin", "daily", "weekly", "newspaper", "kare",
            "wcco", "kstp", "bbc", "abc", "nbc", "cbs", "fox", "pbs", "mpr");

    /** Name words of universities and research bodies. */
    static final Set<String> RESEARCH_WORDS = Set.of(
            "university", "institute", "college", "research", "laboratory", "lab", "academy", "school");

    static final Set<String> SURVEY_HEADS = Set.of("survey", "surveys", "poll", "polls", "questionnaire");
    static final Set<String> DATA_HEADS = Set.of(
            "data", "statistics", "stats", "figures", "records", "numbers", "census", "count", "counts", "estimates",
            "estimate",
            "database", "dataset", "surveillance", "documents", "filings");
    static final Set<String> RESEARCH_HEADS = Set.of(
            "study", "studies", "research", "report", "reports", "analysis", "analyses", "paper", "review", "reviews",
            "audit", "audits", "assessment", "evaluation", "findings", "evidence", "researchers", "scientists",
            "analysts", "economists");
    static final Set<String> MEDIA_HEADS = Set.of("article", "investigation", "newspaper", "broadcast", "reporting");
    static final Set<String> GOVERNMENT_HEADS = Set.of(
            "police", "authorities", "government", "county", "city", "state", "prosecutors", "sheriff", "court");

    /** Titles in front of a person's name, and roles after it. */
    static final Set<String> GOVERNMENT_TITLES = Set.of(
            "chief", "sheriff", "mayor", "governor", "gov.", "senator", "sen.", "representative", "rep.",
            "commissioner", "attorney", "detective", "det.", "sergeant", "sgt.", "lieutenant", "lt.", "captain",
            "capt.", "officer", "deputy", "judge", "prosecutor", "trooper", "agent", "councilmember", "alderman",
            "alderwoman", "superintendent", "secretary", "inspector", "marshal", "legislator", "lawmaker",
            "official", "officials", "police");
    static final Set<String> RESEARCH_TITLES = Set.of("dr.", "dr", "professor", "prof.", "researcher", "scientist");
    static final Set<String> MEDIA_TITLES = Set.of("reporter", "journalist", "editor", "columnist", "correspondent");
    static final Set<String> OTHER_TITLES = Set.of(
            "director", "president", "ceo", "founder", "cofounder", "co-founder", "coordinator", "manager",
            "spokesperson", "spokesman", "spokeswoman", "advocate", "chair", "chairman", "chairwoman", "counselor",
            "navigator", "pastor", "executive", "administrator", "supervisor", "specialist");

    private Lexicon() {
    }

    static boolean isTitle(String lower) {
        return GOVERNMENT_TITLES.contains(lower) || RESEARCH_TITLES.contains(lower) || MEDIA_TITLES.contains(lower)
                || OTHER_TITLES.contains(lower);
    }

    /** A word that can head a source phrase: a document, a group of people or an organization noun. */
    static boolean isSourceHead(String lower) {
        return DOCUMENT_NOUNS.contains(lower) || PEOPLE_NOUNS.contains(lower) || ORGANIZATION_NOUNS.contains(lower);
    }
}
