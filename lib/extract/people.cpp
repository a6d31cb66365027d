// People and organisations: runs grammars/people over the text and sorts each chain's words into country,
// organisations, titles and the name, with the general lexicons of knowledge/roles and knowledge/names.
#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "extract/extract.hpp"
#include "model/span_index.hpp"
#include "grammars/attribution.hpp"
#include "util/ascii.hpp"
#include "grammars/people.hpp"
#include "grammars/places.hpp"
#include "knowledge/roles.hpp"

namespace crosscheck {

namespace {

namespace ast = grammars::people::ast;

enum class Kind { connector, country, head, modifier, org, org_head, calendar, particle, initial, name };

struct Tok {
    Span span;
    std::string_view text;
    Kind kind = Kind::name;
};

// The pieces of one chain once sorted.
struct Parsed {
    std::string country;
    std::vector<std::pair<std::string, Span>> titles;
    std::vector<std::pair<std::string, Span>> orgs;
    Span name_span;  // empty when no name
    std::size_t name_words = 0;
    std::size_t name_first = 0;  // index of the name's first word in the chain
    std::string name;            // words joined by one space (the text may use no-break spaces)
    bool titled = false;  // a title head stands before the name
};

bool all_caps(std::string_view w) {
    int letters = 0;
    for (char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}

Kind classify(std::string_view w) {
    // One look-up answers every lexicon question about the word.
    const roles::WordRoles r = roles::word_roles(w);
    std::string_view first = w.substr(0, std::min(w.find(' '), w.find('\xC2')));
    if ((w.front() >= 'a' && w.front() <= 'z') && (first.size() == w.size() ? r.connector : roles::is_connector(first)))
        return Kind::connector;
    if (r.country_abbreviation) return Kind::country;
    if (r.title_word) {
        if (r.title_head) return Kind::head;
        if (r.title_modifier) return Kind::modifier;
    }
    auto dash = w.rfind('-');
    if (dash != std::string_view::npos &&
        (roles::is_title_head(w.substr(dash + 1)) || roles::is_title_head(w.substr(0, w.find('-')))))
        return Kind::head;  // "vice-president", "ex-minister", "Director-General"
    if (r.org_word) return Kind::org;
    if (r.org_head) return Kind::org_head;
    if (w.size() == 2 && w[1] == '.') return Kind::initial;
    if (all_caps(w)) return Kind::org;  // acronyms: NATO, ISSG
    if (r.calendar_word) return Kind::calendar;
    if (w.front() >= 'a' && w.front() <= 'z') return Kind::particle;
    return Kind::name;
}

// A nationality adjective before a title: the gazetteer's demonyms when it has them, else the usual endings.
bool demonym_like(std::string_view w, const Knowledge& k) {
    if (!k.gazetteer.demonym_country(w).empty()) return true;
    for (std::string_view suffix : {"an", "ian", "ese", "ish", "i", "ch"})
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
    return false;
}

// The text of a span with no-break spaces as plain spaces ("Department of\u00A0Defense").
std::string text_of(const Source& src, Span s) {
    std::string_view in = src.slice(s);
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '\xC2' && i + 1 < in.size() && in[i + 1] == '\xA0') {
            out += ' ';
            ++i;
        } else {
            out += in[i];
        }
    }
    return out;
}

bool namey(Kind k) { return k == Kind::name || k == Kind::particle || k == Kind::initial; }

bool party_word(std::string_view w) { return w == "Democrat" || w == "Republican"; }

Parsed parse_chain(const Source& src, const std::vector<Tok>& t, const Knowledge& k) {
    Parsed p;
    const std::size_t n = t.size();
    // First title head in the chain decides what stands before it (country, organisation).
    auto next_head = [&](std::size_t from) {
        for (std::size_t j = from; j < n; ++j)
            if (t[j].kind == Kind::head) return j;
        return n;
    };
    std::size_t i = 0;
    bool title_seen = false;
    auto add_title = [&](std::size_t a, std::size_t b) {  // [a, b)
        Span s{t[a].span.begin, t[b - 1].span.end};
        p.titles.emplace_back(text_of(src, s), s);
        title_seen = true;
    };
    auto add_org = [&](std::size_t a, std::size_t b) {
        Span s{t[a].span.begin, t[b - 1].span.end};
        p.orgs.emplace_back(text_of(src, s), s);
    };
    while (i < n) {
        const Tok& tok = t[i];
        // An organisation ending in an organisation head: "State Department", "White House", "Defence Ministry",
        // "Department of Defense".
        if (tok.kind != Kind::head && tok.kind != Kind::connector) {
            // "Russian Foreign Ministry": the nationality is the country, the organisation "Foreign Ministry".
            if (tok.kind == Kind::name && i + 1 < n && t[i + 1].kind != Kind::org_head &&
                !k.gazetteer.demonym_country(tok.text).empty()) {
                std::size_t j = i + 1;
                while (j < n && (t[j].kind == Kind::modifier || t[j].kind == Kind::name) && j - i < 4) ++j;
                if (j < n && t[j].kind == Kind::org_head) {
                    if (p.country.empty()) p.country = std::string(tok.text);
                    ++i;
                    continue;
                }
            }
            std::size_t j = i;
            while (j < n && (t[j].kind == Kind::modifier || t[j].kind == Kind::name) && j - i < 4) ++j;
            if (j < n && t[j].kind == Kind::org_head) {
                std::size_t end = j + 1;
                // "Ministry of Foreign Affairs", "Department of Defense"
                if (end + 1 < n && t[end].kind == Kind::connector && t[end].text.substr(0, 2) != "to") {
                    std::size_t m = end + 1;
                    while (m < n && (t[m].kind == Kind::modifier || t[m].kind == Kind::name) && next_head(m) > m) {
                        ++m;
                        if (next_head(m) == n) break;  // keep the trailing words for the name
                    }
                    if (m > end + 1) end = m;
                }
                add_org(i, end);
                i = end;
                continue;
            }
        }
        switch (tok.kind) {
            case Kind::country:
                if (p.country.empty()) p.country = std::string(tok.text);
                ++i;
                continue;
            case Kind::org:
                add_org(i, i + 1);
                ++i;
                continue;
            case Kind::org_head:
                add_org(i, i + 1);
                ++i;
                continue;
            case Kind::head:
            case Kind::modifier: {
                // A title: modifiers then heads; a modifier after a head starts the next title ("spokesman" |
                // "Navy Captain") A run of modifiers with no head is no title.
                std::size_t j = i;
                bool head = false;
                while (j < n && (t[j].kind == Kind::head || t[j].kind == Kind::modifier)) {
                    // ... unless the head qualifies too: "Chief Financial Officer", "Chief Operating Officer".
                    if (head && t[j].kind == Kind::modifier && !roles::is_title_head(t[j].text) &&
                        !roles::is_title_modifier(t[j - 1].text))
                        break;
                    if (t[j].kind == Kind::head) head = true;
                    ++j;
                }
                if (!head) {  // "Joint", "Islamic State", the "New" of "New York Governor": not a title
                    if (!title_seen && next_head(i) < n && t[j].kind == Kind::name) break;  // a pre-title run
                    ++i;
                    continue;
                }
                // "Secretary of State", "Ambassador to the US", "Ambassador to Washington Anatoly Antonov"
                if (j + 1 < n && t[j].kind == Kind::connector) {
                    std::size_t m = j + 1;
                    std::size_t run = 0;
                    for (std::size_t r = m; r < n && namey(t[r].kind); ++r) ++run;
                    if (t[m].kind == Kind::modifier || t[m].kind == Kind::country || t[m].kind == Kind::org) {
                        while (m < n && (t[m].kind == Kind::modifier || t[m].kind == Kind::country || t[m].kind == Kind::org)) ++m;
                        // "director of the National Institute": an organisation, not part of the title.
                        std::size_t r = m;
                        while (r < n && namey(t[r].kind)) ++r;
                        if (r < n && t[r].kind == Kind::org_head) m = j + 1;
                    } else if (run >= 3 || (run >= 2 && k.gazetteer.knows(t[m].text))) {
                        ++m;  // the posting ("to Washington") before the name
                    }
                    // The posting stays in the title ("Ambassador to the US"): it is not the person's own country.
                    if (m > j + 1) j = m;
                }
                add_title(i, j);
                i = j;
                continue;
            }
            case Kind::connector:
                ++i;
                continue;
            case Kind::calendar:
                if (!title_seen) {
                    ++i;
                    continue;
                }
                break;
            default:
                break;
        }
        // Words before a later title head are a country or an organisation: "Russian Defense Minister",
        // "Google spokesman".
        // A place there is a jurisdiction, not an employer ("New York Governor", "London Mayor").
        std::size_t h = next_head(i);
        if (h < n && !title_seen) {
            std::size_t start = h;  // where the title begins: the head with its modifiers
            while (start > i && t[start - 1].kind == Kind::modifier) --start;
            std::size_t j = i;
            while (j < start && (namey(t[j].kind) || t[j].kind == Kind::modifier)) ++j;
            if (j > i) {
                std::string run = text_of(src, Span{t[i].span.begin, t[j - 1].span.end});
                bool country = (j - i == 1 && demonym_like(t[i].text, k)) || !k.gazetteer.demonym_country(run).empty();
                if (!country) {
                    // Countries come first among the places of a name.
                    auto place = k.gazetteer.best(run);
                    country = place && place->kind == PlaceKind::country;
                }
                if (country) {
                    if (p.country.empty()) p.country = run;
                } else if (!k.gazetteer.knows(run)) {
                    add_org(i, j);
                }
                i = j;
                continue;
            }
        }
        // A US party before a name stands where a title does ("Democrat Nancy Pelosi", "Republican Bill Frenzel");
        // before an organisation head it is the organisation's ("Republican Party", taken above).
        if (i == 0 && n >= 3 && t[0].kind == Kind::name && party_word(t[0].text) && namey(t[1].kind) && namey(t[2].kind)) {
            add_title(0, 1);
            i = 1;
            continue;
        }
        // The name: capitalised name words, particles and initials to the end of the chain. A title word at the
        // very end belongs to a titled name ("Prime Minister John Major").
        std::size_t j = i;
        while (j < n && (namey(t[j].kind) || (t[j].kind == Kind::calendar && j > i))) ++j;
        std::size_t e = j;
        if (title_seen && j > i)
            while (e < n && (t[e].kind == Kind::head || t[e].kind == Kind::modifier)) ++e;
        bool after_connector = i > 0 && t[i - 1].kind == Kind::connector;  // "of Allergy" is no name
        // "Bill Frenzel of Michigan", "Helen Johnson of the Metropolitan Police": where the person comes from or
        // works follows the name; the name ends before "of".
        std::size_t end = n;
        if (j > i && e == j && j + 1 < n && t[j].kind == Kind::connector && t[j].text == "of" &&
            std::all_of(t.begin() + static_cast<std::ptrdiff_t>(j + 1), t.end(), [](const Tok& x) { return namey(x.kind); }))
            end = e = j;
        // An organisation there ("the University of Leeds", a connector within it) only after a full name: a
        // word alone before it is the organisation's own ("the Treasury Unit of Chase Manhattan Bank").
        if (j >= i + 2 && e == j && j + 1 < n && t[j].kind == Kind::connector && (t[j].text == "of" || t[j].text == "of the") &&
            t[j + 1].kind != Kind::connector &&
            std::all_of(t.begin() + static_cast<std::ptrdiff_t>(j + 1), t.end(), [](const Tok& x) {
                return namey(x.kind) || x.kind == Kind::org || x.kind == Kind::org_head || x.kind == Kind::connector;
            }))
            end = e = j;
        if (j > i && e == end && t[i].kind != Kind::particle && !after_connector) {
            p.name_span = Span{t[i].span.begin, t[end - 1].span.end};
            p.name_words = end - i;
            p.name_first = i;
            p.titled = title_seen;
            for (std::size_t m = i; m < end; ++m) {
                if (!p.name.empty()) p.name += ' ';
                p.name += t[m].text;
            }
            if (end < n) {
                // "analyst Dennis Telzrow of Eppler": a tail that names no place is the person's organisation.
                std::string tail;
                for (std::size_t m = end + 1; m < n; ++m) tail += (tail.empty() ? "" : " ") + std::string(t[m].text);
                if (!k.gazetteer.knows(tail)) add_org(end + 1, n);
                break;
            }
        }
        i = j == i ? i + 1 : j;
    }
    return p;
}

bool at_sentence_start(const Source& src, std::size_t pos) {
    std::size_t i = pos;
    while (i > 0 && (src.text[i - 1] == ' ' || src.text[i - 1] == '\t')) --i;
    if (i == 0) return true;
    unsigned char c = static_cast<unsigned char>(src.text[i - 1]);
    if (c == '\n' || c == '.' || c == '"' || c == '\'' || c == ':' || c == '?' || c == '!')
        return true;
    // closing/opening curly quotes and dashes (U+2018..U+201D, U+2013, U+2014) end in 0x80..0x9D after E2 80.
    return i >= 3 && static_cast<unsigned char>(src.text[i - 3]) == 0xE2 &&
           static_cast<unsigned char>(src.text[i - 2]) == 0x80;
}

// Into `out`, which the caller reuses from chain to chain (a fresh vector cost an allocation per chain).
void tokens(const Source& src, const ast::Chain& chain, std::vector<Tok>& out) {
    out.clear();
    for (const auto& r : chain.words) {
        Tok t;
        t.span = Span{static_cast<std::size_t>(r.begin() - src.text.data()),
                      static_cast<std::size_t>(r.end() - src.text.data())};
        t.text = src.slice(t.span);
        t.kind = classify(t.text);
        // "Elizabeth II", "Benedict XVI": a numeral after a name is the name's, not an acronym's organisation.
        if (t.kind == Kind::org && !out.empty() && out.back().kind == Kind::name && is_generational_suffix(t.text))
            t.kind = Kind::name;
        // "Richard Carville KC": an honour after a name is neither an organisation nor part of the name.
        if (!out.empty() && out.back().kind == Kind::name && roles::is_postnominal(t.text)) continue;
        out.push_back(t);
    }
    // Dotless UK titles ("Det Ch Insp Helen Abernathy", "Sgt Smith") are titles only before a name or another
    // such title; right to left so a run of them is read whole. "PC", "DC", "Gen" need a two-word name after
    // ("PC sales", "DC Comics", "Gen Z" stay what they were).
    for (std::size_t i = out.size(); i-- > 0;) {
        bool ambiguous = false;
        if (i + 1 >= out.size() || !roles::is_bare_title_abbreviation(out[i].text, ambiguous)) continue;
        const Tok& next = out[i + 1];
        const bool before_name = next.kind == Kind::name &&
                                 (!ambiguous || (i + 2 < out.size() && out[i + 2].kind == Kind::name && next.text.size() > 1));
        if (before_name || (next.kind == Kind::head && roles::is_bare_title_abbreviation(next.text, ambiguous)))
            out[i].kind = Kind::head;
    }
    // A chain never ends in a connector (the grammar's look-ahead may stop on a function word), nor in a
    // lower-case modifier ("Daniels then left", "Putin first said").
    auto lower_case = [](const Tok& t) { return t.text.front() >= 'a' && t.text.front() <= 'z'; };
    while (!out.empty() && (out.back().kind == Kind::connector || (out.back().kind == Kind::modifier && lower_case(out.back()))))
        out.pop_back();
}


// A line that is nothing but this chain is a heading or a caption credit ("Live Story", "Iran Nuclear Deal").
bool whole_line(const Source& src, Span s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    std::size_t a = s.begin, b = s.end;
    while (a > 0 && blank(src.text[a - 1])) --a;
    while (b < src.text.size() && blank(src.text[b])) ++b;
    return (a == 0 || src.text[a - 1] == '\n') && (b == src.text.size() || src.text[b] == '\n');
}

// The spans of the source's place mentions and their names, to ask whether a place covers a whole name ("Los
// Angeles"); one covering a part may be a surname ("Clinton").
SpanIndex place_cover(const Extraction& ex) {
    std::vector<Span> spans;
    for (const auto& p : ex.places) {
        spans.push_back(p.span);
        if (!p.name_span.empty()) spans.push_back(p.name_span);
    }
    return SpanIndex(std::move(spans));
}

// "West Europe", "East Asia", "West Germany": a direction word before a place or continent names a region, not a
// person (a surname "West" comes last: "Kanye West").
bool compass_region(std::string_view first, std::string_view last, const Knowledge& k) {
    static constexpr std::array<std::string_view, 7> continents = {"europe", "asia", "africa", "america",
                                                                   "americas", "antarctica", "oceania"};
    if (!grammars::places::is_direction_word(ascii_lower(first))) return false;
    last = last.substr(0, last.find('-'));  // "North American-made"
    std::string l = ascii_lower(last);
    return std::find(continents.begin(), continents.end(), l) != continents.end() || k.gazetteer.knows(last) ||
           !k.gazetteer.demonym_country(last).empty();  // "South African", "West German"
}

// The sentence has the run speak: a speech verb right after it ("Mevlut Cavusoglu said", "... told reporters"),
// or "said" / "according to" right before it ("said Agathon Rwasa").
bool speaks(const Source& src, Span chain) {
    std::string_view t = src.text;
    auto letters = [&](std::size_t i) { return i < t.size() && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'); };
    std::size_t b = chain.end;
    if (b < t.size() && t[b] == '.' && b > chain.begin && t[b - 1] != '.') {  // "Marcos Jr. told reporters"
        std::size_t w = b;
        while (w > chain.begin && t[w - 1] != ' ') --w;
        if (is_generational_suffix(t.substr(w, b - w))) ++b;
    }
    while (b < t.size() && t[b] == ' ') ++b;
    std::size_t e = b;
    while (letters(e)) ++e;
    if (e > b && grammars::attribution::is_speech_verb(ascii_lower(t.substr(b, e - b)))) return true;
    auto word_before = [&](std::size_t end) {
        while (end > 0 && t[end - 1] == ' ') --end;
        std::size_t start = end;
        while (start > 0 && letters(start - 1)) --start;
        return std::pair{start, ascii_lower(t.substr(start, end - start))};
    };
    auto [at, before] = word_before(chain.begin);
    if (before == "said" || before == "says" || before == "added" || before == "told") return true;
    return before == "to" && word_before(at).second == "according";
}

// Two capitalised words that name something else than a person, whatever the name lists say: a country before a
// word that is no given name ("Sudan Doctors"), a weekday last ("Mexico Wednesday"), a weather event ("Storm Daniel", "Hurricane
// Ian"), a plural common noun last that is no surname ("Nepal Workers", "Getty Images"; not "Tiger Woods"), an
// adjective made with a hyphen ("Rupert Murdoch-owned").
bool not_a_person(std::string_view first, std::string_view last, const Knowledge& k) {
    static constexpr std::array<std::string_view, 5> weather = {"storm", "hurricane", "typhoon", "cyclone", "tornado"};
    std::string first_lower = ascii_lower(first), last_lower = ascii_lower(last);
    if (std::find(weather.begin(), weather.end(), first_lower) != weather.end()) return true;
    if (!k.names.known_name(first))
        if (auto place = k.gazetteer.best(first); place && place->kind == PlaceKind::country) return true;
    static constexpr std::array<std::string_view, 7> weekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                                  "friday", "saturday", "sunday"};
    if (std::find(weekdays.begin(), weekdays.end(), last_lower) != weekdays.end()) return true;  // not "Theresa May"
    if (last_lower.size() > 3 && last_lower.ends_with('s') && !k.names.known_name(last) &&
        k.names.common_word(last_lower.substr(0, last_lower.size() - 1)))
        return true;
    static constexpr std::array<std::string_view, 9> adjective_endings = {
        "-owned", "-based", "-led", "-backed", "-born", "-run", "-linked", "-funded", "-style"};
    for (auto e : adjective_endings)
        if (last_lower.ends_with(e)) return true;
    return false;
}

// An untitled run of capitalised words is a person only with evidence: two or more words, a known given name
// first (or one no list holds, when the sentence has it speak), not a phrase of ordinary words at a sentence
// start, not a heading, not a place, nothing before it in the chain but a country.
bool plausible_untitled_name(const Source& src, const SpanIndex& places, const Knowledge& k, const Parsed& p,
                             Span chain, bool sentence_start) {
    // (an organisation after the name is where the person works: "Helen Johnson of the BBC")
    if (p.name_words < 2 || p.name_first > (p.country.empty() ? 0u : 1u) ||
        std::any_of(p.orgs.begin(), p.orgs.end(), [&](const auto& o) { return o.second.begin < p.name_span.end; }))
        return false;
    if (places.contains(p.name_span) || whole_line(src, chain) || k.gazetteer.knows(p.name)) return false;
    std::string_view text = p.name;
    std::string_view first = text.substr(0, text.find(' '));
    std::string_view last = text.substr(text.rfind(' ') + 1);
    if (all_caps(first) || all_caps(last)) return false;
    if (compass_region(first, last, k)) return false;
    if (not_a_person(first, last, k)) return false;
    bool first_common = k.names.common_word(first), last_common = k.names.common_word(last);
    // "May Day", "June 5": a month is a given name only before a known, unusual surname ("May Albrecht").
    if (roles::is_calendar_word(first) && (sentence_start || last_common || !k.names.known_name(last))) return false;
    bool initial = first.size() == 2 && first[1] == '.';  // "J. Mattis"
    // International copy names many people whose given name no list holds ("Mevlut Cavusoglu", "Agathon
    // Rwasa"): a speech verb beside two unusual words is evidence enough. Company and group names rarely lack an
    // ordinary word ("Deutsche Bank", "Islamic State").
    bool unlisted_speaker = !first_common && !last_common && first.size() >= 3 && last.size() >= 3 &&
                            p.name_words == 2 && speaks(src, chain);
    if (k.names.has_name_list() && !initial && !k.names.known_name(first) && !unlisted_speaker) return false;
    if (initial && last_common) return false;
    // A listed given name that is also a word ("Peter", "John", "Mark") opens a name when the surname is a listed,
    // unusual one ("Peter Olsen resigned") or the two speak ("John Smith said"); else "Will Power", "Rose Garden".
    bool listed_given = k.names.known_name(first) && !initial && !is_name_particle(first);  // "Van der Berg"
    bool named_surname = k.names.known_name(last) && !last_common;
    if (first_common && last_common && !(listed_given && k.names.known_name(last) && speaks(src, chain))) return false;
    if (sentence_start && first_common && !(listed_given && p.name_words == 2 && (named_surname || speaks(src, chain))))
        return false;
    return true;
}

// Words that open the name of a mountain, lake, river or cape: "Mount Everest", "Lake Chad".
bool landmark_word(std::string_view w) {
    static constexpr std::array<std::string_view, 12> words = {"Mount", "Mt", "Mt.", "Lake", "River", "Cape",
                                                              "Gulf", "Bay", "Isle", "Glacier", "Fort", "Port"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

// Words that close the name of a building, sea or natural feature: "Grenfell Tower", "Java Sea", "Niagara Falls".
bool landmark_tail(std::string_view w) {
    static constexpr std::array<std::string_view, 16> words = {
        "Tower", "Towers", "Sea", "Ocean", "Island", "Islands", "Mountains", "Falls", "Canyon", "Desert",
        "Peninsula", "Strait", "Channel", "Reef", "Volcano", "Glacier"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

// "The opposition leader, Tom Baker, said": a full name set off by a comma right after a title's head names the
// titled person, ordinary words ("Tom", "Baker") or not.
bool after_title_and_comma(const Source& src, std::size_t begin) {
    std::string_view t = src.text;
    if (begin < 3 || t.compare(begin - 2, 2, ", ") != 0) return false;
    std::size_t e = begin - 2, b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
    return e > b && roles::is_title_head(t.substr(b, e - b)) && !roles::is_title_modifier(t.substr(b, e - b));
}

}  // namespace

void extract_people(const Source& src, const Knowledge& k, Extraction& ex) {
    extract_people(src, k, grammars::WordStarts(src.text), ex);
}

void extract_people(const Source& src, const Knowledge& k, const grammars::WordStarts& words, Extraction& ex) {
    namespace gp = grammars::people;
    const char* begin = src.text.data();
    const char* end = begin + src.text.size();

    struct Candidate {
        PersonMention mention;
        bool single_word = false;  // an untitled single capitalised word: a surname only if a full name has it
    };
    std::vector<Candidate> candidates;
    std::vector<OrganisationMention> orgs;
    const SpanIndex places = place_cover(ex);
    std::vector<Tok> head_tokens, apposition_tokens;  // tokens()'s buffers, reused from chain to chain

    // One chain (with the apposition describing it, if any) into a candidate; `first` is where the chain's text
    // starts (its article, if any). `titled_only`: an apposition naming someone counts when a title stands
    // before a name with a listed given name and an unusual last word ("the mayor Ana Ruiz"), not as a bare name
    // ("a Texas Democrat") or the tail of an organisation ("the major Cooper Basin").
    auto take_chain = [&](const ast::Chain& chain, const ast::Chain* apposition, std::size_t first, bool titled_only) {
        std::vector<Tok>& head = head_tokens;
        tokens(src, chain, head);
        if (head.empty()) return;
        Parsed p = parse_chain(src, head, k);
        if (titled_only) {
            std::string_view name = p.name;
            if (!p.titled || p.name_words < 2 || !k.names.known_name(name.substr(0, name.find(' '))) ||
                k.names.common_word(name.substr(name.rfind(' ') + 1)))
                return;  // "a vice president of Morgan Stanley International"
        }
        Span chain_span{first, head.back().span.end};
        for (const auto& [name, span] : p.orgs) orgs.push_back(OrganisationMention{span, name, 0});

        PersonMention pm;
        pm.span = chain_span;
        pm.country = p.country;
        for (const auto& t : p.titles) pm.titles.push_back(t.first);
        for (const auto& o : p.orgs) pm.organisations.push_back(o.first);

        // ", the Russian Ambassador to the US": the apposition's titles describe the same person.
        if (apposition && !chain.possessive) {
            std::vector<Tok>& app = apposition_tokens;
            tokens(src, *apposition, app);
            if (!app.empty()) {
                Parsed a = parse_chain(src, app, k);
                // "in Melbourne, the Premier repeated": a place before a comma is where, not who.
                bool place_name = p.name_words == 1 && !p.titled && places.overlaps(p.name_span);
                if (!a.titles.empty() && a.name_span.empty() && place_name) return;
                if (!a.titles.empty() && a.name_span.empty()) {
                    p.titled = true;  // "Bob Hallam, the Treasury Secretary": the title is the evidence
                    for (const auto& t : a.titles) pm.titles.push_back(t.first);
                    for (const auto& o : a.orgs) {
                        pm.organisations.push_back(o.first);
                        orgs.push_back(OrganisationMention{o.second, o.first, 0});
                    }
                    if (pm.country.empty()) pm.country = a.country;
                    pm.span.end = app.back().span.end;
                }
            }
        }

        if (p.name_span.empty()) {
            // Title-only mention: needs its article and a title ("the diplomat", "the Pentagon chief").
            if (chain.article && !p.titles.empty()) {
                pm.name.clear();
                candidates.push_back({std::move(pm), false});
            }
            return;
        }
        // "Kenya Red Cross", "Nigeria Police Force": three words or more opening with a country's name, untitled,
        // name a body ("Jordan Peterson", two words, may be a person).
        if (!p.titled && p.name_words >= 3) {
            std::string_view first = std::string_view(p.name).substr(0, p.name.find(' '));
            auto place = k.gazetteer.best(first);
            if (place && place->kind == PlaceKind::country) return;
        }
        // "Mount Everest", "Lake Victoria", "Cape Town", "Grenfell Tower", "Java Sea": a landmark's name, not a
        // person's.
        if (p.name.find(' ') != std::string::npos &&
            (landmark_word(std::string_view(p.name).substr(0, p.name.find(' '))) ||
             (!p.titled && landmark_tail(std::string_view(p.name).substr(p.name.rfind(' ') + 1)))))
            return;
        pm.name_span = p.name_span;
        pm.name = p.name;
        bool sentence_start = at_sentence_start(src, chain_span.begin);
        if (p.titled) {
            candidates.push_back({std::move(pm), false});
        } else if (p.name_words == 1 ||
                   (p.name_words == 2 && is_generational_suffix(p.name.substr(p.name.rfind(' ') + 1)))) {
            candidates.push_back({std::move(pm), true});  // "Mattis", "Marcos Jr.": a surname alone
        } else if ((p.name_words >= 2 && after_title_and_comma(src, chain_span.begin)) ||
                   plausible_untitled_name(src, places, k, p, chain_span, sentence_start)) {
            candidates.push_back({std::move(pm), false});
        }
    };

    grammars::scan<ast::Mention>(begin, end, gp::mention(), [&](const ast::Mention& m, const char* first, const char*) {
        const ast::Chain* apposition = m.apposition ? &*m.apposition : nullptr;
        take_chain(m.head, apposition, static_cast<std::size_t>(first - begin), false);
        // "in June, the mayor Ana Ruiz said": an apposition naming someone is a mention of its own, which the
        // scan, resuming after the whole match, would otherwise pass over.
        if (apposition && !apposition->words.empty()) {
            // The mention starts at the apposition's article, which always opens it.
            std::size_t at = static_cast<std::size_t>(apposition->words.front().begin() - begin);
            if (at >= 2 && src.text.compare(at - 2, 2, "\xC2\xA0") == 0) at -= 2;
            else if (at >= 1 && src.text[at - 1] == ' ') at -= 1;
            while (at > 0 && std::isalpha(static_cast<unsigned char>(src.text[at - 1]))) --at;
            take_chain(*apposition, nullptr, at, true);
        }
    }, &gp::mention_starts(), &words);

    const std::size_t first_pronoun = candidates.size();  // chains before, pronouns after, each in text order
    grammars::scan<ast::Range>(begin, end, gp::pronoun(), [&](const ast::Range&, const char* first, const char* last) {
        PersonMention pm;
        pm.span = Span{static_cast<std::size_t>(first - begin), static_cast<std::size_t>(last - begin)};
        pm.pronoun = true;
        candidates.push_back({std::move(pm), false});
    }, &gp::pronoun_starts(), &words);

    // Surnames written with a full name somewhere in this source make single-word mentions ("Mattis said").
    std::unordered_set<std::string> surnames;
    std::vector<std::string> written_surnames;  // as written, for a slip of the keys ("O'Brein" for "O'Brien")
    for (const auto& c : candidates)
        if (!c.single_word && !c.mention.name.empty()) {
            NameParts parts = split_name(c.mention.name);
            if (parts.given.empty()) continue;
            surnames.insert(surname_key(parts.surname));
            if (parts.surname.size() >= 5) written_surnames.emplace_back(parts.surname);
            // Family name first ("Xi Jinping", "Kim Jong Un"): "Xi said" names the same person.
            surnames.insert(normalise_name(parts.given));
        }
    const std::size_t first_out = ex.people_mentions.size();
    std::size_t pronouns_out = std::string::npos;  // where the pronouns start among the kept mentions
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        auto& c = candidates[i];
        if (i == first_pronoun) pronouns_out = ex.people_mentions.size();
        // With no full name in the source no key need be made: many sources name nobody in full.
        if (c.single_word) {
            std::string_view alone = c.mention.name;
            alone = alone.substr(0, alone.find(' '));  // without its suffix
            // A surname slipped on the keys ("O'Brein told reporters" after "Darragh O'Brien") is a mention too,
            // so that name.variant-spelling sees it; an ordinary word ("Bowen" / "Bowne") is not.
            auto slip = [&] {
                return alone.size() >= 5 && !k.names.common_word(alone) &&
                       std::any_of(written_surnames.begin(), written_surnames.end(),
                                   [&](const std::string& s) { return typing_slip(alone, s); });
            };
            if (surnames.empty() ||
                (!surnames.contains(surname_key(alone)) && !surnames.contains(normalise_name(alone)) && !slip()))
                continue;
        }
        c.mention.sentence = src.sentence_index(c.mention.span.begin);
        ex.people_mentions.push_back(std::move(c.mention));
    }
    // Merging the two runs (chains, pronouns) orders them as a stable sort would, ties keeping chains first,
    // without moving every mention through a sort's buffer.
    auto by_start = [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; };
    auto& pm = ex.people_mentions;
    if (pronouns_out == std::string::npos) pronouns_out = pm.size();
    std::inplace_merge(pm.begin() + static_cast<std::ptrdiff_t>(first_out), pm.begin() + static_cast<std::ptrdiff_t>(pronouns_out),
                       pm.end(), by_start);
    if (!std::is_sorted(pm.begin(), pm.end(), by_start)) std::stable_sort(pm.begin(), pm.end(), by_start);
    // A wire dateline's city in capitals ("LAGOS (AP) --", "NEW YORK, March 11") reads as an acronym: a place
    // opening its line is no organisation.
    std::erase_if(orgs, [&](const OrganisationMention& o) {
        // (back to the line's start over capitals and spaces only: a long line costs nothing)
        std::size_t line = o.span.begin;
        while (line > 0 && src.text[line - 1] != '\n' && o.span.begin - line < 40) {
            char c = src.text[line - 1];
            if (!((c >= 'A' && c <= 'Z') || c == ' ' || c == '.')) return false;
            --line;
        }
        if (line > 0 && src.text[line - 1] != '\n') return false;
        std::string_view lead = std::string_view(src.text).substr(line, o.span.end - line);
        return std::all_of(lead.begin(), lead.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == ' ' || c == '.'; }) &&
               all_caps(lead) && k.gazetteer.knows(lead);
    });
    for (auto& o : orgs) o.sentence = src.sentence_index(o.span.begin);
    if (!std::is_sorted(orgs.begin(), orgs.end(), by_start)) std::stable_sort(orgs.begin(), orgs.end(), by_start);
    ex.organisations.insert(ex.organisations.end(), orgs.begin(), orgs.end());
}

}  // namespace crosscheck
