#include "knowledge/roles.hpp"

#include <array>
#include <algorithm>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include "util/ascii.hpp"
#include "util/word_map.hpp"

namespace crosscheck::roles {

namespace {

using Set = std::unordered_set<std::string_view>;

constexpr auto& lower = ascii_lower;

// One table for every lexicon below, each word with the set of lexicons it is in: the people and places grammars
// ask several of them about each word of an article, and one look-up answers them all.
enum Flag : unsigned {
    kAbbreviation = 1u << 0,
    kHead = 1u << 1,
    kModifier = 1u << 2,
    kOrg = 1u << 3,
    kOrgHead = 1u << 4,
    kFunction = 1u << 5,
    kCalendar = 1u << 6,
    kConnector = 1u << 7,
    kCountryAbbreviation = 1u << 8,
};

void add(WordMap<unsigned>& m, unsigned flag, std::initializer_list<std::string_view> words) {
    for (auto w : words) m[w] |= flag;
}

WordMap<unsigned> make_lexicon() {
    WordMap<unsigned> m;
    // abbreviated titles, with their dot
    add(m, kAbbreviation, {"sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "adm.", "sgt.", "maj.",
                                      "cmdr.", "prof.", "dr.", "mr.", "mrs.", "ms.", "pres.", "sec.", "amb.", "supt.",
                                      "cpl.", "brig.", "adv.", "cde."});
    // offices, ranks, honorifics and roles that a news text puts before or after a name
    add(m, kHead, {"president", "vice-president", "premier", "chancellor", "minister", "secretary", "secretary-general",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat", "consul", "attache",
        "general", "admiral", "captain", "colonel", "commander", "lieutenant", "sergeant", "corporal", "marshal",
        "brigadier", "commodore", "major", "senator", "congressman", "congresswoman", "representative", "governor",
        "mayor", "councillor", "councilman", "councilwoman", "king", "queen", "prince", "princess", "emir",
        "sheikh", "sultan", "pope", "ayatollah", "cardinal", "archbishop", "bishop", "rabbi", "imam", "chairman",
        "chairwoman", "chair", "director", "chief", "head", "leader", "official", "officer", "adviser", "advisor",
        "aide", "judge", "justice", "prosecutor", "attorney", "speaker", "commissioner", "inspector", "sheriff",
        "superintendent", "ceo", "founder", "executive", "lawmaker", "legislator", "mp", "mep", "negotiator",
        "coordinator", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "professor", "prof",
        "analyst", "researcher", "economist", "correspondent", "editor", "reporter", "chief-of-staff",
        "lawyer", "counsel", "barrister", "solicitor", "administrator", "treasurer", "ombudsman", "auditor",
        "comptroller", "registrar", "advocate", "comrade"});
    // occupations that copy writes before a name like a title ("actor John Harlow", "striker Erling Haaland")
    add(m, kHead, {"actor", "actress", "singer", "songwriter", "musician", "rapper", "comedian", "author",
        "novelist", "poet", "writer", "artist", "painter", "sculptor", "photographer", "filmmaker", "producer",
        "designer", "architect", "journalist", "broadcaster", "presenter", "columnist", "activist", "campaigner",
        "businessman", "businesswoman", "entrepreneur", "billionaire", "investor", "banker", "scientist",
        "physicist", "chemist", "biologist", "historian", "surgeon", "physician", "coach", "manager", "striker",
        "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher", "batsman", "bowler", "boxer",
        "sprinter", "golfer", "jockey", "skipper", "priest", "pastor", "reverend", "detective", "constable"});
    // words that qualify an office ("Defence Secretary", "Navy Captain", "former general")
    add(m, kModifier, {"defence", "defense", "foreign", "interior", "finance", "prime", "vice", "deputy", "state", "home",
        "health", "education", "trade", "energy", "transport", "transportation", "agriculture", "commerce",
        "labour", "labor", "treasury", "press", "senior", "acting", "former", "top", "assistant", "navy",
        "army", "marine", "marines", "naval", "supreme", "rear", "field", "staff", "national", "security",
        "intelligence", "military", "economy", "economic", "development", "environment", "culture",
        "information", "then", "new", "outgoing", "incoming", "interim", "joint", "chief", "lieutenant",
        "major", "general", "attorney", "special", "lead", "principal", "executive",
        "regional", "provincial", "federal", "crown", "ex", "first", "affairs"});
    // the functions of a company's chief officers ("Chief Financial Officer", "Chief Operating Officer")
    add(m, kModifier, {"financial", "operating", "technology", "technical", "marketing", "investment", "medical",
        "scientific", "commercial", "legal", "compliance", "risk", "digital", "strategy", "district"});
    // organisations named by one word
    add(m, kOrg, {"pentagon", "kremlin", "congress", "senate", "parliament", "nato", "un",
                             "eu", "whitehall", "knesset", "duma", "bundestag", "elysee", "cia", "fbi",
                             "nsa", "dod", "mod", "opec", "who", "imf", "interpol", "hamas", "hezbollah",
                             "taliban", "reuters", "afp", "ap", "bbc", "cnn"});
    // words that end an organisation's name
    add(m, kOrgHead, {"department", "ministry", "office", "agency", "council", "commission", "committee", "party", "corps", "forces", "front", "group", "organisation", "organization", "union", "bank", "court",
        "assembly", "house", "company", "corporation", "inc", "ltd", "university", "institute", "foundation",
        "association", "federation", "coalition", "alliance", "service", "services", "guard", "police",
        "bureau", "authority", "administration", "cabinet", "government", "republic", "network",
        "times", "post", "news", "agency", "command", "centre", "center", "nations", "states", "kingdom",
        "regime", "brigade", "brigades", "movement", "council", "tribunal", "board", "fund", "club", "church"});
    // Company suffixes and the trade words that end company names ("Hughes Capital Corp", "Thai Airways"), and
    // the nouns that end names of exchanges, works, agreements and waterways: none ends a person's name.
    add(m, kOrgHead, {"corp", "co", "plc", "llc", "lp", "gmbh", "bancorp", "industries", "holdings", "airlines",
        "airways", "pharmaceuticals", "laboratories", "communications", "systems", "technologies", "enterprises",
        "securities", "petroleum", "motors", "mining", "exchange", "airport", "pipeline", "railroad", "railway",
        "insurance", "agreement", "accord", "treaty", "river", "canal", "markets", "partners", "associates",
        "trust", "investments", "electronics", "resources", "limited", "cos", "brothers", "county"});
    // Buildings, streets and grounds, which copy names like people ("Buckingham Palace said", "taken to Walter Reed
    // Hospital", "Downing Street"): words that end such a name and seldom a person's (not "Park", "Hall", "Temple").
    add(m, kOrgHead, {"palace", "station", "street", "hospital", "memorial", "square", "road", "avenue", "boulevard",
        "bridge", "stadium", "arena", "abbey", "cathedral", "mosque", "synagogue", "prison", "museum", "gallery",
        "library", "hotel", "school", "college", "academy", "highway", "motorway", "clinic", "embassy",
        "consulate", "terminal", "airbase", "barracks", "cemetery", "monument", "factory", "building", "outlet",
        "prefecture", "courthouse", "daily"});
    // function words: never part of a name
    add(m, kFunction, {"the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "to", "of", "for", "from", "by", "with",
        "as", "after", "before", "when", "while", "he", "she", "it", "they", "we", "i", "you", "his", "her",
        "its", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here", "what", "who",
        "whom", "whose", "which", "where", "why", "how", "not", "no", "yes", "so", "then", "than", "also",
        "however", "meanwhile", "moreover", "nevertheless", "although", "though", "since", "until", "during",
        "according", "despite", "both", "all", "some", "many", "most", "any", "each", "every", "other",
        "another", "such", "only", "just", "even", "still", "yet", "now", "today", "yesterday", "tomorrow",
        "last", "next", "earlier", "later", "do", "does", "did", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "would", "can", "could", "should", "might", "must", "shall", "over", "under",
        "about", "into", "through", "between", "against", "among", "without", "within", "via", "per",
        "currently", "instead", "indeed", "thus", "therefore", "because", "unless", "whether", "once",
        "read", "min", "photo", "file", "copyright", "related", "comment", "comments", "leave", "select",
        "page", "back", "us"});
    // months and weekdays
    add(m, kCalendar, {"january", "february", "march", "april", "may", "june", "july", "august",
                            "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
                            "wednesday", "thursday", "friday", "saturday", "sunday"});
    // words inside a title ("Secretary of State")
    add(m, kConnector, {"of", "for", "to", "the", "on", "and"});
    // country abbreviations (upper case only, see below)
    add(m, kCountryAbbreviation, {"us", "u.s.", "u.s", "usa", "u.s.a.", "uk", "u.k.", "uae", "drc", "prc", "roc"});
    return m;
}

unsigned flags(std::string_view word) {
    static const WordMap<unsigned> lexicon = make_lexicon();
    const unsigned* f = lexicon.find(word);
    return f ? *f : 0;
}

bool has(std::string_view word, unsigned flag) { return (flags(word) & flag) != 0; }

bool has_lower(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}


std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == ',') {
            if (!cur.empty()) out.push_back(lower(cur));
            cur.clear();
        } else if (c != '.') {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(lower(cur));
    return out;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

}  // namespace

bool is_bare_title_abbreviation(std::string_view w, bool& ambiguous) {
    // Southern African copy: "Adv" (advocate) and "Cde" (comrade) before a name.
    static constexpr std::array<std::string_view, 20> kPlain{"Det", "Ch", "Insp", "Supt", "Sgt", "DCI", "DSI", "DCS",
        "Cllr", "Lt", "Col", "Maj", "Capt", "Cdr", "Cpl", "Brig", "Adm", "Insp", "Adv", "Cde"};
    static constexpr std::array<std::string_view, 5> kAmbiguous{"PC", "DC", "DS", "DI", "Gen"};
    ambiguous = std::find(kAmbiguous.begin(), kAmbiguous.end(), w) != kAmbiguous.end();
    return ambiguous || std::find(kPlain.begin(), kPlain.end(), w) != kPlain.end();
}

bool is_postnominal(std::string_view w) {
    static constexpr std::array<std::string_view, 11> kPost{"KC", "QC", "MP", "MSP", "MEP", "MS", "OBE", "MBE",
        "CBE", "KBE", "DBE"};
    return std::find(kPost.begin(), kPost.end(), w) != kPost.end();
}

bool is_title_abbreviation(std::string_view w) { return has(w, kAbbreviation); }

bool is_title_head(std::string_view w) { return has(w, kAbbreviation | kHead); }

bool is_title_modifier(std::string_view w) { return has(w, kModifier); }

bool is_title_word(std::string_view w) { return has(w, kAbbreviation | kHead | kModifier); }

namespace {

std::vector<std::string> words_with(unsigned flag) {
    std::vector<std::string> out;
    make_lexicon().for_each([&](std::string_view w, unsigned f) {
        if (f & flag) out.emplace_back(w);
    });
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

Sex title_sex(std::string_view title) {
    static constexpr std::array<std::string_view, 20> female = {
        "mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame", "queen", "princess", "duchess", "countess",
        "empress", "actress", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman", "baroness"};
    static constexpr std::array<std::string_view, 16> male = {
        "mr", "sir", "lord", "king", "prince", "duke", "emperor", "sheikh", "emir", "sultan", "pope", "ayatollah",
        "spokesman", "congressman", "councilman", "businessman"};
    Sex sex = Sex::unknown;
    for (std::size_t i = 0; i < title.size();) {
        std::size_t j = i;
        while (j < title.size() && title[j] != ' ' && title[j] != '.' && title[j] != '-') ++j;
        std::string w = lower(title.substr(i, j - i));
        Sex s = std::find(female.begin(), female.end(), w) != female.end() ? Sex::female
                : std::find(male.begin(), male.end(), w) != male.end()   ? Sex::male
                                                                          : Sex::unknown;
        if (s != Sex::unknown) {
            if (sex != Sex::unknown && sex != s) return Sex::unknown;
            sex = s;
        }
        i = j + 1;
    }
    return sex;
}

Sex pronoun_sex(std::string_view pronoun) {
    if (pronoun == "he" || pronoun == "He") return Sex::male;
    if (pronoun == "she" || pronoun == "She") return Sex::female;
    return Sex::unknown;
}

std::vector<std::string> title_words() { return words_with(kAbbreviation | kHead | kModifier); }

std::vector<std::string> function_words() { return words_with(kFunction); }

bool can_be_name_word(std::string_view w) {
    unsigned f = flags(w);
    if (!(f & kFunction) || (f & (kAbbreviation | kHead | kModifier))) return true;
    if ((f & kCountryAbbreviation) && !has_lower(w)) return true;
    return (f & kOrg) && !(w.size() <= 3 && has_lower(w));
}

WordRoles word_roles(std::string_view w) {
    unsigned f = flags(w);
    WordRoles r;
    if (f == 0) return r;
    bool lower = has_lower(w);
    r.title_head = f & (kAbbreviation | kHead);
    r.title_modifier = f & kModifier;
    r.title_word = f & (kAbbreviation | kHead | kModifier);
    r.org_word = (f & kOrg) && !(w.size() <= 3 && lower);
    r.org_head = f & kOrgHead;
    r.function_word = f & kFunction;
    r.calendar_word = f & kCalendar;
    r.connector = f & kConnector;
    r.country_abbreviation = (f & kCountryAbbreviation) && !lower;
    return r;
}

bool is_org_word(std::string_view w) {
    // Short acronyms only in capitals: "UN" is an organisation, "Un" in "Kim Jong Un" is not.
    if (w.size() <= 3 && has_lower(w)) return false;
    return has(w, kOrg);
}

bool is_org_head(std::string_view w) { return has(w, kOrgHead); }

bool is_function_word(std::string_view w) {
    // "us" as a word is a pronoun; "US" (all caps) is handled as a country abbreviation before this is asked.
    return has(w, kFunction);
}

bool is_calendar_word(std::string_view w) { return has(w, kCalendar); }

bool is_connector(std::string_view w) { return has(w, kConnector); }

bool is_country_abbreviation(std::string_view w) {
    // Only upper-case forms: "us" is a pronoun.
    if (has_lower(w)) return false;
    return has(w, kCountryAbbreviation);
}

bool is_former(std::string_view title) {
    std::string t = lower(title);
    return t.starts_with("former ") || t.starts_with("ex-") || t.starts_with("ex ") || t.starts_with("then ") ||
           t.starts_with("then-") || t.starts_with("late ") || t.starts_with("outgoing ");
}

std::string canonical_org(std::string_view org) {
    // Aliases of the same body. Keys are normalised word sequences; values the canonical key.
    static const std::unordered_map<std::string_view, std::string_view> aliases = {
        {"pentagon", "pentagon"},
        {"department of defense", "pentagon"},
        {"department of defence", "pentagon"},
        {"defense department", "pentagon"},
        {"defence department", "pentagon"},
        {"us defense department", "pentagon"},
        {"us department of defense", "pentagon"},
        {"dod", "pentagon"},
        {"state department", "state department"},
        {"department of state", "state department"},
        {"us state department", "state department"},
        {"state dept", "state department"},
        {"white house", "white house"},
        {"kremlin", "kremlin"},
        {"defence ministry", "defence ministry"},
        {"defense ministry", "defence ministry"},
        {"ministry of defence", "defence ministry"},
        {"ministry of defense", "defence ministry"},
        {"mod", "defence ministry"},
        {"foreign ministry", "foreign ministry"},
        {"ministry of foreign affairs", "foreign ministry"},
        {"foreign office", "foreign ministry"},
        {"nato", "nato"},
        {"north atlantic treaty organization", "nato"},
        {"north atlantic treaty organisation", "nato"},
        {"un", "united nations"},
        {"united nations", "united nations"},
        {"eu", "european union"},
        {"european union", "european union"},
        {"congress", "congress"},
        {"us congress", "congress"},
        {"cia", "cia"},
        {"central intelligence agency", "cia"},
        {"fbi", "fbi"},
        {"federal bureau of investigation", "fbi"},
        {"fed", "federal reserve"},
        {"federal reserve", "federal reserve"},
        {"federal reserve board", "federal reserve"},
        {"federal reserve system", "federal reserve"},
    };
    std::vector<std::string> w = words_of(org);
    // "U.S." and "US" prefixes do not change which body is meant.
    std::string key = join(w);
    if (auto it = aliases.find(key); it != aliases.end()) return std::string(it->second);
    if (!w.empty() && (w.front() == "us" || w.front() == "usa")) {
        w.erase(w.begin());
        key = join(w);
        if (auto it = aliases.find(key); it != aliases.end()) return std::string(it->second);
    }
    return key;
}

std::string implied_org(std::string_view title) {
    std::vector<std::string> w = words_of(title);
    if (!w.empty() && (w.front() == "former" || w.front() == "ex" || w.front() == "then")) return "";
    std::string t = join(w);
    static const std::unordered_map<std::string_view, std::string_view> implied = {
        {"defence secretary", "pentagon"},       {"defense secretary", "pentagon"},
        {"secretary of defense", "pentagon"},    {"secretary of defence", "pentagon"},
        {"secretary of state", "state department"},
        {"defence minister", "defence ministry"}, {"defense minister", "defence ministry"},
        {"minister of defence", "defence ministry"}, {"minister of defense", "defence ministry"},
        {"foreign minister", "foreign ministry"}, {"foreign secretary", "foreign ministry"},
        {"minister of foreign affairs", "foreign ministry"},
    };
    if (auto it = implied.find(t); it != implied.end()) return std::string(it->second);
    return "";
}

std::string title_head(std::string_view title) {
    std::vector<std::string> w = words_of(title);
    // "Secretary of State": the head is before the connector.
    for (std::size_t i = 0; i < w.size(); ++i)
        if (is_connector(w[i]) && i > 0) return w[i - 1];
    for (auto it = w.rbegin(); it != w.rend(); ++it)
        if (is_title_head(*it)) return *it;
    return w.empty() ? "" : w.back();
}

bool description_fits(std::string_view description, std::string_view title) {
    std::string d = lower(description), h = title_head(title), t = join(words_of(title));
    if (d.empty() || h.empty()) return false;
    if (d == h) return true;
    static const std::unordered_map<std::string_view, Set> kinds = {
        {"diplomat", {"ambassador", "envoy", "diplomat", "consul", "attache", "negotiator"}},
        {"spokesman", {"spokesman", "spokeswoman", "spokesperson"}},
        {"spokeswoman", {"spokesman", "spokeswoman", "spokesperson"}},
        {"spokesperson", {"spokesman", "spokeswoman", "spokesperson"}},
        {"commander", {"general", "admiral", "commander", "colonel", "brigadier", "marshal"}},
        {"general", {"general"}},
        {"chief", {"chief", "secretary", "minister", "director", "head", "leader", "chairman", "chairwoman"}},
        {"head", {"chief", "secretary", "minister", "director", "head", "leader", "chairman", "chairwoman"}},
        {"leader", {"president", "premier", "chancellor", "leader", "king", "queen", "emir", "sultan"}},
        {"official", {"official", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister",
                      "director", "officer", "adviser", "advisor", "aide", "diplomat", "ambassador", "envoy"}},
        {"minister", {"minister", "secretary"}},
        {"secretary", {"secretary", "minister"}},
        {"lawmaker", {"senator", "congressman", "congresswoman", "representative", "mp", "mep", "legislator"}},
    };
    if (auto it = kinds.find(d); it != kinds.end()) {
        if (it->second.contains(h)) return true;
        if (d == "diplomat" && (t == "foreign minister" || t == "secretary of state")) return true;
    }
    return false;
}

std::set<std::string> role_orgs(const std::vector<std::string>& titles, const std::vector<std::string>& orgs) {
    std::set<std::string> out;
    for (const auto& o : orgs) out.insert(canonical_org(o));
    for (const auto& t : titles)
        if (!is_former(t))
            if (auto o = implied_org(t); !o.empty()) out.insert(o);
    return out;
}

std::string country_key(std::string_view word, const Gazetteer& gazetteer) {
    if (auto code = gazetteer.demonym_country(word); !code.empty()) return code;
    for (const Place& p : gazetteer.resolve(word))
        if (p.kind == PlaceKind::country) return p.country_code;
    std::string w;
    for (char c : word)
        if (c != '.') w += c;
    w = lower(w);
    static const std::unordered_map<std::string_view, std::string_view> common = {
        {"us", "US"}, {"usa", "US"}, {"american", "US"}, {"america", "US"}, {"united states", "US"},
        {"uk", "GB"}, {"british", "GB"}, {"britain", "GB"}, {"united kingdom", "GB"}};
    if (auto it = common.find(w); it != common.end()) return std::string(it->second);
    // Without a gazetteer entry: the stem shared by a country and its adjective (Russia / Russian, Syria /
    // Syrian, Iran / Iranian, China / Chinese, Mexico / Mexican).
    for (std::string_view suffix : {"ian", "ia", "an", "ese", "ish", "i", "a", "o"})
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return w.substr(0, w.size() - suffix.size());
    return w;
}

// Words of an organisation key for comparing names of one body written two ways: plural -s and the British
// -isation dropped ("Social Democrats" / "Social Democrat", "Organisation" / "Organization"); connectors and
// company suffixes left out ("Refco Inc" / "Refco").
std::vector<std::string> org_words(const std::string& key) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < key.size()) {
        std::size_t j = std::min(key.find(' ', i), key.size());
        std::string w = key.substr(i, j - i);
        i = j + 1;
        if (w.empty() || is_connector(w) || w == "the" || w == "inc" || w == "corp" || w == "co" ||
            w == "ltd" || w == "plc")
            continue;
        if (auto p = w.find("isation"); p != std::string::npos) w.replace(p, 7, "ization");
        if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) w.pop_back();
        out.push_back(std::move(w));
    }
    return out;
}

// Can two organisation keys name one body? Equal; the words of one among the other's ("Committee" / "Senate
// Banking Committee", "Smith Barney" / "Smith Barney Harris Upham", "White House" / "new White House"); or one
// an acronym holding the other's initials ("UAW" / "United Auto Workers", "EC" / "European Community Farm",
// "SEC" / "Exchange Commission").
bool same_body(const std::string& a, const std::string& b) {
    if (a == b) return true;
    auto wa = org_words(a), wb = org_words(b);
    if (wa.empty() || wb.empty()) return true;  // nothing left to tell them apart
    auto within = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
        return std::all_of(x.begin(), x.end(), [&](const std::string& w) { return std::find(y.begin(), y.end(), w) != y.end(); });
    };
    if (within(wa, wb) || within(wb, wa)) return true;
    auto acronym_of = [](const std::vector<std::string>& acr, const std::vector<std::string>& full) {
        if (acr.size() != 1 || full.size() < 2 || acr[0].size() < 2 || acr[0].size() > 6) return false;
        std::string initials;
        for (const auto& w : full) initials += w[0];
        const std::string& x = acr[0];
        // The body's initials at the acronym's start or end, or the acronym at the initials' start.
        return (initials.size() >= 2 && (x.starts_with(initials) || x.ends_with(initials))) || initials.starts_with(x);
    };
    return acronym_of(wa, wb) || acronym_of(wb, wa);
}

bool is_news_agency(std::string_view org_key) {
    static constexpr std::array<std::string_view, 16> agencies = {
        "reuters", "afp", "ap", "associated press", "agence france presse", "upi", "united press international",
        "tass", "xinhua", "new china news agency", "kyodo", "antara", "bbc", "cnn", "dpa", "ansa"};
    return std::find(agencies.begin(), agencies.end(), org_key) != agencies.end();
}

}  // namespace crosscheck::roles
