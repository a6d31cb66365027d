// role.conflict: one person given incompatible employers or nationalities ("State Department spokesman John
// Kirby" / "Pentagon spokesman John Kirby"). Aliases of one body agree (Pentagon = Department of Defense), a
// title implies its office (Defence Secretary -> Pentagon). Titles are dated: an office marked past ("former",
// "ex-", "then-", "previously", "who was") never conflicts, and neither do titles from articles published more
// than a year apart (people change jobs). Within one article, an office and its deputy's given to one person
// ("Governor" / "Deputy Governor") conflict too. Employers are compared only between offices held at one body at a time
// (spokesperson, secretary, ambassador), and only between roles given under one full name (namesakes).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "checks/check.hpp"
#include "checks/group_evidence.hpp"
#include "checks/people_common.hpp"
#include "knowledge/names.hpp"
#include "knowledge/roles.hpp"
#include "util/ascii.hpp"

namespace crosscheck {

namespace {

// Titles in articles published further apart than this may both have been true, one after the other.
constexpr int kMaxDaysApart = 365;
// A role is compared with at most this many better-attested roles of the person (bounds the work for a person
// described a hundred ways across an archive; the best-attested roles are the ones worth reporting against).
constexpr std::size_t kMaxCompared = 16;
// Mentions of the reported role listed as evidence; the message counts the rest.
constexpr std::size_t kMaxEvidence = 8;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Words (lower case) that put the office written right after them in the past: "former", "ex-", "then-",
// "previously", "formerly", "onetime".
bool past_word(std::string_view w) {
    static constexpr std::array<std::string_view, 9> words = {"former",  "formerly", "ex",        "then",    "previously",
                                                              "onetime", "erstwhile", "outgoing", "late"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

// Two words (lower case, in text order) that do the same before an office: "who was", "had been".
bool past_pair(std::string_view first, std::string_view second) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> pairs = {
        {{"who", "was"}, {"had", "been"}, {"served", "as"}, {"until", "recently"}, {"was", "once"}}};
    return std::find(pairs.begin(), pairs.end(), std::pair{first, second}) != pairs.end();
}

// The words directly before `end` in the text (white space or one hyphen between them, nothing else), nearest
// first, at most `n`, not before `floor`.
std::vector<std::string> words_before(const std::string& text, std::size_t floor, std::size_t end, std::size_t n) {
    std::vector<std::string> out;
    std::size_t i = end;
    bool hyphen_ok = true;  // "then-Secretary": the hyphen joins the marker to the office
    while (out.size() < n && i > floor) {
        std::size_t j = i;
        while (j > floor && (text[j - 1] == ' ' || (hyphen_ok && text[j - 1] == '-'))) {
            if (text[j - 1] == '-') hyphen_ok = false;
            --j;
        }
        std::size_t k = j;
        while (k > floor && is_letter(text[k - 1])) --k;
        if (k == j) break;  // punctuation: the words before it belong to another phrase
        out.push_back(ascii_lower(std::string_view(text).substr(k, j - k)));
        i = k;
        hyphen_ok = false;
    }
    return out;
}

// Is the office in this mention marked as past, in its titles, before its name or right before it?
bool marked_past(const Source& src, const PersonMention& m) {
    auto former = [](const std::string& t) { return roles::is_former(t); };
    if (std::any_of(m.titles.begin(), m.titles.end(), former) ||
        std::any_of(m.organisations.begin(), m.organisations.end(), former))  // "Ex-Pentagon"
        return true;
    // "Former Pentagon spokesman John Miller": the grammar keeps "Former" in the span, not in the title.
    std::size_t head_end = m.name.empty() || m.name_span.begin < m.span.begin ? m.span.end : m.name_span.begin;
    std::size_t i = m.span.begin;
    while (i < head_end && i < src.text.size()) {
        if (!is_letter(src.text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < head_end && is_letter(src.text[j])) ++j;
        if (past_word(ascii_lower(std::string_view(src.text).substr(i, j - i)))) return true;
        i = j;
    }
    // "Miller, previously a Pentagon spokesman", "who was a State Department spokesman", "then-Secretary".
    std::size_t floor = m.span.begin > 40 ? m.span.begin - 40 : 0;
    if (m.sentence < src.sentences.size()) floor = std::max(floor, std::min(src.sentences[m.sentence].span.begin, m.span.begin));
    auto before = words_before(src.text, floor, m.span.begin, 2);
    // "and then State Department spokesman Ned Price took questions": "then" of sequence, not of time.
    if (before.size() == 2 && before[0] == "then" && (before[1] == "and" || before[1] == "but")) return false;
    if (!before.empty() && past_word(before[0])) return true;
    return before.size() == 2 && past_pair(before[1], before[0]);
}

// An "organisation" made only of nationality or country words ("Soviet leader", "West German minister"): the
// country, which the nationality check weighs, not an employer.
bool country_only(const std::string& key, const Gazetteer& gaz) {
    auto words = roles::org_words(key);
    if (words.empty()) return false;
    for (const auto& w : words) {
        if (w == "west" || w == "east" || w == "north" || w == "south") continue;
        if (gaz.demonym_country(w).empty() && roles::country_key(w, gaz).size() != 2) return false;
    }
    return true;
}

// One ordinary adjective of an office ("Presidential spokesman"): the office's body by another name, not a
// second employer.
bool office_adjective(const std::string& key, const Names& names) {
    auto words = roles::org_words(key);
    return words.size() == 1 && words[0].size() > 4 && words[0].ends_with("al") && !roles::is_org_word(words[0]) &&
           names.common_word(words[0]);
}

// Party words: membership of a party goes with any office ("Democratic Senator" and "Senate Finance Committee
// Chairman" agree), so a party is not an employer to compare.
bool party_org(const std::vector<std::string>& words) {
    static constexpr std::array<std::string_view, 8> party = {"democratic", "democrat",  "republican", "socialist",
                                                              "conservative", "communist", "party", "tory"};
    return std::any_of(words.begin(), words.end(),
                       [](const std::string& w) { return std::find(party.begin(), party.end(), w) != party.end(); });
}

// Offices a person holds at one body at a time, by family: a spokesman speaks for one body, a secretary sits in
// one department, an ambassador represents one country. Chairmen, presidents, directors and analysts are not
// among them: one person chairs a company and an industry council, or a group and its subsidiary, at once.
std::string office_family(const std::vector<std::string>& titles) {
    for (const auto& t : titles) {
        if (roles::is_former(t)) continue;
        if (ascii_lower(t).find("press secretary") != std::string::npos) return "spokesperson";
        std::string head = roles::title_head(t);
        if (head.starts_with("spokes")) return "spokesperson";
        // Not ministers: portfolios go by several names ("Farm" / "Agriculture", "Foreign" / "External Affairs")
        // and one minister often holds two.
        if (head == "secretary" || head == "ambassador") return head;
    }
    return {};
}

// Who a mention names, as its article names the person: the given name and surname written in full ("james
// miller"), or the surname with the article when the article never gives a full name. Mentions resolved to one
// person across articles under different given names ("Jim Miller" / "James Miller") or by surname alone are
// often namesakes, chained through others; their roles are not compared.
std::string identity(const Corpus& corpus, MentionRef r, const PersonMention& m) {
    const Extraction& ex = corpus.extractions[r.source];
    std::string_view name = m.name;
    if (m.entity >= 0 && static_cast<std::size_t>(m.entity) < ex.people.size() && !ex.people[m.entity].name.empty())
        name = ex.people[m.entity].name;
    NameParts parts = split_name(name);
    if (parts.given.empty()) return fmt::format("{}#{}", surname_key(parts.surname), r.source);
    return normalise_name(parts.given) + ' ' + surname_key(parts.surname);
}

// Does the mention's span hold another person's mention ("Japanese leader Yasuhiro Nakasone to U.K. Prime
// Minister Margaret Thatcher")? Then its titles are a misreading of two people's.
bool holds_another(const Source& src, const Extraction& ex, std::size_t index, const Names& names) {
    const PersonMention& m = ex.people_mentions[index];
    const auto& ms = ex.people_mentions;
    for (std::size_t k = index + 1; k < ms.size() && ms[k].span.begin < m.span.end; ++k) {
        const PersonMention& o = ms[k];
        if (!o.pronoun && !o.name.empty() && o.entity != m.entity && m.span.contains(o.span)) return true;
    }
    // The grammar read both as one mention: a given name among the words before the name, which is no title,
    // organisation or ordinary word.
    if (m.name.empty() || m.name_span.begin <= m.span.begin || m.name_span.begin > src.text.size()) return false;
    std::string_view head = std::string_view(src.text).substr(m.span.begin, m.name_span.begin - m.span.begin);
    for (std::size_t i = 0; i < head.size();) {
        if (!is_letter(head[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < head.size() && is_letter(head[j])) ++j;
        std::string_view w = head.substr(i, j - i);
        // An acronym ("NASA", "ESA": both in the name lists) or a word of the mention's organisation is no given
        // name.
        bool acronym = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
        bool org_word = std::any_of(m.organisations.begin(), m.organisations.end(),
                                    [&](const std::string& o) { return o.find(w) != std::string::npos; });
        if (std::isupper(static_cast<unsigned char>(w[0])) && !acronym && !org_word && names.known_name(w) &&
            !names.common_word(w) && !roles::is_title_word(w) && !roles::is_org_word(w) && !roles::is_org_head(w))
            return true;
        i = j;
    }
    return false;
}

std::optional<std::chrono::sys_days> published(const Corpus& corpus, MentionRef r) {
    const auto& p = corpus.sources[r.source].published;
    if (!p || !p->ok()) return std::nullopt;
    return std::chrono::sys_days{*p};
}

class RoleConflict : public Check {
public:
    std::string_view id() const override { return "role.conflict"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override {
        return "one person is given incompatible titles or employers";
    }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        for (const auto& gp : ctx.corpus.people) check_person(ctx, gp, out);
        for (const auto& gp : ctx.corpus.people) check_rank(ctx, gp, out);
        for (const auto& gp : ctx.corpus.people) check_chief_office(ctx, gp, out);
        for (const auto& gp : ctx.corpus.people) check_jurisdiction(ctx, gp, out);
    }

    // Offices held for one city or region at a time, by the head of their title: a prosecutor, a district
    // attorney, a mayor, a governor, a sheriff. The office's key, or "".
    static std::string local_office(const std::string& title) {
        std::string head = roles::title_head(title);
        if (head == "prosecutor" || head == "mayor" || head == "governor" || head == "sheriff") return head;
        if (head == "attorney" && ascii_lower(title).find("district") != std::string::npos) return "district attorney";
        return {};
    }

    // One person given a local office for two places neither of which holds the other, within a year ("Paris
    // prosecutor Laure Beccuau" / "Lyon prosecutor Laure Beccuau"; "Mayor of Leeds X" / "Mayor of York X"). The
    // place is the one written in the mention before the name and is no country (a nationality is compared by the
    // employer check). Past offices and articles telling of a change of office are left alone.
    static void check_jurisdiction(const CheckContext& ctx, const GlobalPerson& gp, std::vector<Finding>& out) {
        const Corpus& corpus = ctx.corpus;
        const Gazetteer& gaz = ctx.knowledge.gazetteer;
        struct Held {
            MentionRef r;
            std::string office, place, identity;
        };
        std::vector<Held> held;
        for (MentionRef r : person_mentions(corpus, gp)) {
            const PersonMention& m = mention_of(corpus, r);
            const Source& src = corpus.sources[r.source];
            if (m.titles.empty() || m.name.empty() || m.name_span.empty() || marked_past(src, m)) continue;
            std::string office;
            for (const auto& t : m.titles)
                if (auto o = local_office(t); !o.empty()) office = o;
            if (office.empty()) continue;
            const auto& places = corpus.extractions[r.source].places;
            auto it = std::lower_bound(places.begin(), places.end(), m.span.begin,
                                       [](const PlaceMention& p, std::size_t pos) { return p.span.begin < pos; });
            std::string place;
            for (; it != places.end() && it->span.end <= m.name_span.begin; ++it) {
                if (it->demonym) continue;
                auto best = gaz.best(it->name);
                if (best && best->kind != PlaceKind::country) place = it->name;
                break;
            }
            if (place.empty()) continue;
            held.push_back({r, office, place, identity(corpus, r, m)});
        }
        if (held.size() < 2) return;
        std::set<std::pair<std::string, std::string>> reported;  // (office, place) reported once
        for (std::size_t i = 1; i < held.size(); ++i)
            for (std::size_t j = 0; j < i; ++j) {
                const Held& a = held[j];
                const Held& b = held[i];
                if (a.identity != b.identity || a.office != b.office || ascii_lower(a.place) == ascii_lower(b.place)) continue;
                if (gaz.contains(a.place, b.place) != Containment::no || gaz.contains(b.place, a.place) != Containment::no) continue;
                auto da = published(corpus, a.r), db = published(corpus, b.r);
                if (da && db && std::abs((*da - *db).count()) > kMaxDaysApart) continue;
                if (!reported.insert({b.office, ascii_lower(b.place)}).second) break;
                const PersonMention& bm = mention_of(corpus, b.r);
                const PersonMention& am = mention_of(corpus, a.r);
                Finding f;
                f.rule = "role.conflict";
                f.severity = Severity::warning;
                f.confidence = 0.6;
                f.message = fmt::format("{} is the {} of {} here but of {} in '{}'", gp.name, b.office, b.place, a.place,
                                        std::string(corpus.sources[a.r.source].slice(am.span)));
                f.evidence.push_back(ctx.evidence(b.r.source, bm.span));
                f.evidence.push_back(ctx.evidence(a.r.source, am.span, "conflicts-with"));
                out.push_back(std::move(f));
                break;
            }
    }

private:
    // Does the article tell of a change of office ("promoted", "appointed", "succeeds", "stepping down", "acting")?
    // Its text is lower-cased for this only when an office is held two ways: most people's titles never are, and a
    // wire names thousands of people.
    static bool tells_of_change(const Corpus& corpus, std::size_t source) {
        static constexpr std::array<std::string_view, 14> change = {
            "promot", "appoint", "named ", "succeed", "replac", "elevat", "nominat", "elected", "sworn", "acting",
            "interim", "step down", "stepping down", "stepped down"};
        const std::string text = ascii_lower(corpus.sources[source].text);
        return std::any_of(change.begin(), change.end(), [&](std::string_view w) { return text.find(w) != std::string::npos; });
    }

    // A company's chief officers ("Chief Executive", "CEO", "Chief Financial Officer", "CFO", "finance chief"):
    // one person holds one of them. The office as a key ("executive", "financial", "operating"), or "".
    static std::string chief_office(const std::string& title) {
        std::string t = ascii_lower(title);
        if (t == "ceo" || t == "chief executive" || t == "chief executive officer" || t == "chief exec") return "executive";
        if (t == "cfo" || t == "finance chief" || t == "finance director" || t == "chief financial officer") return "financial";
        if (t == "coo" || t == "chief operating officer") return "operating";
        if (t == "cto" || t == "chief technology officer" || t == "chief technical officer") return "technology";
        if (t == "cmo" || t == "chief marketing officer") return "marketing";
        // "chief X officer" in general: "Chief Investment Officer", "Chief Medical Officer".
        if (t.starts_with("chief ") && t.ends_with(" officer") && t.size() > 14) {
            std::string x = t.substr(6, t.size() - 14);
            if (x.find(' ') == std::string::npos) return x;
        }
        return {};
    }

    // One person called by two chief offices of a company within a year ("Citigroup Chief Financial Officer Mark
    // Mason" / "Citigroup Chief Executive Mark Mason"), under one full name. Past, acting and interim offices, a
    // mention holding both ("chief executive and chief financial officer") and articles telling of a change of
    // office are left alone. The rarer office is reported against the commoner.
    static void check_chief_office(const CheckContext& ctx, const GlobalPerson& gp, std::vector<Finding>& out) {
        const Corpus& corpus = ctx.corpus;
        struct Held {
            MentionRef r;
            std::string title, identity;
        };
        std::map<std::string, std::vector<Held>> offices;
        for (MentionRef r : person_mentions(corpus, gp)) {
            const PersonMention& m = mention_of(corpus, r);
            const Source& src = corpus.sources[r.source];
            if (m.titles.empty() || m.name.empty() || marked_past(src, m)) continue;
            std::set<std::string> here;
            std::string title;
            for (const auto& t : m.titles) {
                std::string lt = ascii_lower(t);
                if (lt.find("acting") != std::string::npos || lt.find("interim") != std::string::npos) {
                    here.clear();
                    break;
                }
                if (auto o = chief_office(t); !o.empty()) here.insert(o), title = t;
            }
            if (here.size() != 1) continue;
            offices[*here.begin()].push_back({r, title, identity(corpus, r, m)});
        }
        if (offices.size() < 2) return;
        std::vector<std::pair<std::string, const std::vector<Held>*>> list;
        for (const auto& [key, held] : offices) list.emplace_back(key, &held);
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second->size() > b.second->size(); });
        const auto& major = *list[0].second;
        for (std::size_t i = 1; i < list.size(); ++i) {
            for (const Held& h : *list[i].second) {
                const Held* other = nullptr;
                for (const Held& o : major) {
                    if (o.identity != h.identity) continue;
                    auto a = published(corpus, h.r), b = published(corpus, o.r);
                    if (a && b && std::abs((*a - *b).count()) > kMaxDaysApart) continue;
                    other = &o;
                    break;
                }
                if (!other || tells_of_change(corpus, h.r.source) || tells_of_change(corpus, other->r.source)) continue;
                const PersonMention& pm = mention_of(corpus, h.r);
                const PersonMention& om = mention_of(corpus, other->r);
                Finding f;
                f.rule = "role.conflict";
                f.severity = Severity::warning;
                f.confidence = 0.55;
                f.message = fmt::format("{} is called {} here but {} in '{}': a company has one person in each chief office",
                                        gp.name, h.title, other->title,
                                        std::string(corpus.sources[other->r.source].slice(om.span)));
                f.evidence.push_back(ctx.evidence(h.r.source, pm.span));
                f.evidence.push_back(ctx.evidence(other->r.source, om.span, "conflicts-with"));
                out.push_back(std::move(f));
                break;  // one finding per office
            }
        }
    }

    // An office and its deputy's given to one person in one article ("NASA Administrator Bill Nelson" ... "Deputy
    // Administrator Nelson"; "Vice President X" ... "President X"): no one holds both. The office is the title's
    // words without its deputy word, organisation, acronyms and nationality ("administrator"), so "Deputy Prime
    // Minister" and "Foreign Minister", two offices one person may hold, differ. Past, acting and interim offices,
    // and articles telling of a promotion or an appointment, are left alone.
    static std::string office_rank_key(const CheckContext& ctx, const PersonMention& m, const std::string& title,
                                       bool& deputy) {
        deputy = false;
        std::string key;
        std::vector<std::string> words;
        for (std::size_t i = 0; i < title.size();) {
            std::size_t j = i;
            while (j < title.size() && is_letter(title[j])) ++j;
            if (j > i) words.push_back(ascii_lower(std::string_view(title).substr(i, j - i)));
            i = std::max(j, i + 1);
        }
        for (const auto& w : words) {
            if (w == "deputy" || w == "vice" || w == "assistant" || w == "under") {
                deputy = true;
                continue;
            }
            bool org = std::any_of(m.organisations.begin(), m.organisations.end(),
                                   [&](const std::string& o) { return ascii_lower(o).find(w) != std::string::npos; });
            if (org || !ctx.knowledge.gazetteer.demonym_country(w).empty() || roles::is_country_abbreviation(w)) continue;
            key += (key.empty() ? "" : " ") + w;
        }
        return key;
    }

    static void check_rank(const CheckContext& ctx, const GlobalPerson& gp, std::vector<Finding>& out) {
        const Corpus& corpus = ctx.corpus;
        struct Held {
            MentionRef r;
            std::string title;
            bool deputy;
        };
        std::map<std::size_t, std::map<std::string, std::vector<Held>>> by_source;  // source -> office -> titles
        for (MentionRef r : person_mentions(corpus, gp)) {
            const PersonMention& m = mention_of(corpus, r);
            const Source& src = corpus.sources[r.source];
            // A title alone ("the Treasury Secretary") is linked to a person by the resolver's guess: only
            // mentions that name the person count.
            if (m.titles.empty() || m.name.empty() || marked_past(src, m)) continue;
            for (const auto& t : m.titles) {
                std::string lt = ascii_lower(t);
                if (lt.find("acting") != std::string::npos || lt.find("interim") != std::string::npos) continue;
                bool deputy = false;
                std::string key = office_rank_key(ctx, m, t, deputy);
                if (key.empty() || !roles::is_title_head(roles::title_head(key))) continue;
                by_source[r.source][key].push_back({r, t, deputy});
            }
        }
        for (const auto& [source, offices] : by_source) {
            std::optional<bool> changed;
            for (const auto& [key, held] : offices) {
                std::size_t deputies = std::count_if(held.begin(), held.end(), [](const Held& h) { return h.deputy; });
                if (deputies == 0 || deputies == held.size()) continue;
                if (!changed) changed = tells_of_change(corpus, source);
                if (*changed) break;
                // The rarer form is the slip; on a tie the later one.
                bool minor_deputy = deputies * 2 < held.size() ||
                                    (deputies * 2 == held.size() && held.back().deputy);
                const Held* minor = nullptr;
                const Held* major = nullptr;
                for (const auto& h : held) {
                    if (h.deputy == minor_deputy && !minor) minor = &h;
                    if (h.deputy != minor_deputy && !major) major = &h;
                }
                const PersonMention& pm = mention_of(corpus, minor->r);
                const PersonMention& om = mention_of(corpus, major->r);
                Finding f;
                f.rule = "role.conflict";
                f.severity = Severity::warning;
                f.confidence = 0.6;
                f.message = fmt::format("{} is called {} here but {} in '{}': an office and its deputy's", gp.name,
                                        minor->title, major->title,
                                        std::string(corpus.sources[major->r.source].slice(om.span)));
                f.evidence.push_back(ctx.evidence(minor->r.source, pm.span));
                f.evidence.push_back(ctx.evidence(major->r.source, om.span, "conflicts-with"));
                out.push_back(std::move(f));
            }
        }
    }

    struct Role {
        std::set<std::string> orgs;
        std::string country;
        std::string identity;  // identity(): only roles of one name are compared
        std::string family;    // office_family(): employers conflict only when both are offices held at one body
        std::string label;  // as written: the first organisation, else the title that implies one
        std::vector<MentionRef> mentions;
        // Publication days of the mentions' sources, sorted, with the mention; and the first undated mention.
        std::vector<std::pair<std::chrono::sys_days, std::size_t>> dated;
        std::optional<std::size_t> undated;
    };

    // A mention of `major` from an article published within a year of `r`'s (or undated), preferring its first.
    static std::optional<MentionRef> contemporary(const Corpus& corpus, MentionRef r, const Role& major) {
        auto day = published(corpus, r);
        auto near = [&](MentionRef o) {
            auto other = published(corpus, o);
            return !day || !other || std::abs((*day - *other).count()) <= kMaxDaysApart;
        };
        if (near(major.mentions.front())) return major.mentions.front();
        if (major.undated) return major.mentions[*major.undated];
        auto it = std::lower_bound(major.dated.begin(), major.dated.end(),
                                   std::pair{*day - std::chrono::days{kMaxDaysApart}, std::size_t{0}});
        if (it != major.dated.end() && (it->first - *day).count() <= kMaxDaysApart) return major.mentions[it->second];
        return std::nullopt;
    }

    static bool conflict(const Role& a, const Role& b, bool& org_conflict) {
        org_conflict = !a.family.empty() && !b.family.empty() && !a.orgs.empty() && !b.orgs.empty() &&
                       std::none_of(a.orgs.begin(), a.orgs.end(), [&](const std::string& o) {
                           return std::any_of(b.orgs.begin(), b.orgs.end(), [&](const std::string& p) { return roles::same_body(o, p); });
                       });
        // Nationalities only as the gazetteer knows them (ISO codes): "Republican" before a president's name is a
        // party, not a country.
        auto code = [](const std::string& c) { return c.size() == 2 && std::isupper(static_cast<unsigned char>(c[0])); };
        bool country_conflict = code(a.country) && code(b.country) && a.country != b.country;
        return org_conflict || country_conflict;
    }

    static void check_person(const CheckContext& ctx, const GlobalPerson& gp, std::vector<Finding>& out) {
        const Corpus& corpus = ctx.corpus;
        std::map<std::tuple<std::set<std::string>, std::string, std::string, std::string>, Role> roles_seen;
        for (MentionRef r : person_mentions(corpus, gp)) {
            const PersonMention& m = mention_of(corpus, r);
            if (marked_past(corpus.sources[r.source], m)) continue;  // a past office is compatible with any
            // A title-only mention ("the Japanese minister") is linked to a named person by inference; what it
            // says of the office is no evidence against what the named mentions say.
            if (m.name.empty()) continue;
            if (holds_another(corpus.sources[r.source], corpus.extractions[r.source], r.mention, ctx.knowledge.names))
                continue;
            Role role;
            role.identity = identity(corpus, r, m);
            role.family = office_family(m.titles);
            role.orgs = roles::role_orgs(m.titles, m.organisations);
            // "told Reuters Finance Secretary Jaime Ongpin": the organisation right after "told" is the one spoken
            // to; party names go with any office.
            const Source& src = corpus.sources[r.source];
            auto before = words_before(src.text, m.span.begin > 20 ? m.span.begin - 20 : 0, m.span.begin, 1);
            bool addressee = !before.empty() && before[0] == "told" && !m.organisations.empty();
            for (auto it = role.orgs.begin(); it != role.orgs.end();) {
                bool spoken_to = addressee && *it == roles::canonical_org(m.organisations.front());
                if (spoken_to || party_org(roles::org_words(*it)) || country_only(*it, ctx.knowledge.gazetteer) ||
                    office_adjective(*it, ctx.knowledge.names))
                    it = role.orgs.erase(it);
                else ++it;
            }
            if (!m.country.empty()) role.country = roles::country_key(m.country, ctx.knowledge.gazetteer);
            if (role.orgs.empty() && role.country.empty()) continue;
            if (!m.organisations.empty()) role.label = m.organisations.front();
            for (const auto& t : m.titles)
                if (role.label.empty() && !roles::implied_org(t).empty()) role.label = t;
            auto& slot = roles_seen[{role.orgs, role.country, role.identity, role.family}];
            if (slot.mentions.empty()) slot = std::move(role);
            if (auto day = published(corpus, r)) slot.dated.emplace_back(*day, slot.mentions.size());
            else if (!slot.undated) slot.undated = slot.mentions.size();
            slot.mentions.push_back(r);
        }
        if (roles_seen.size() < 2) return;
        // Best attested first; on a tie, the one written first. Each less attested role is reported once, against
        // the best-attested role it conflicts with in a contemporary article: one finding per role, not per pair.
        std::vector<Role*> list;
        for (auto& [key, role] : roles_seen) {
            std::sort(role.dated.begin(), role.dated.end());
            list.push_back(&role);
        }
        auto earlier = [](MentionRef x, MentionRef y) {
            return x.source != y.source ? x.source < y.source : x.mention < y.mention;
        };
        std::stable_sort(list.begin(), list.end(), [&](const Role* a, const Role* b) {
            if (a->mentions.size() != b->mentions.size()) return a->mentions.size() > b->mentions.size();
            return earlier(a->mentions.front(), b->mentions.front());
        });
        for (std::size_t i = 1; i < list.size(); ++i) {
            const Role& minor = *list[i];
            std::size_t compared = 0;
            for (std::size_t j = 0; j < i && compared < kMaxCompared; ++j) {
                const Role& major = *list[j];
                if (major.identity != minor.identity) continue;
                ++compared;
                bool org_conflict = false;
                if (!conflict(minor, major, org_conflict)) continue;
                // The first mention of the minor role with a contemporary mention of the major one.
                std::optional<MentionRef> pr, or_;
                for (MentionRef r : minor.mentions)
                    if ((or_ = contemporary(corpus, r, major))) {
                        pr = r;
                        break;
                    }
                if (!pr) continue;
                out.push_back(finding(ctx, gp, minor, major, *pr, *or_, org_conflict));
                break;
            }
        }
    }

    static Finding finding(const CheckContext& ctx, const GlobalPerson& gp, const Role& minor, const Role& major,
                           MentionRef pr, MentionRef or_, bool org_conflict) {
        const Corpus& corpus = ctx.corpus;
        const PersonMention& pm = mention_of(corpus, pr);
        const PersonMention& om = mention_of(corpus, or_);
        Finding f;
        f.rule = "role.conflict";
        f.severity = Severity::warning;
        f.confidence = pr.source == or_.source ? 0.75 : 0.6;
        f.message = org_conflict
                        ? fmt::format("{} is placed at {} here but at {} in '{}'", gp.name, minor.label, major.label,
                                      std::string(corpus.sources[or_.source].slice(om.span)))
                        : fmt::format("{} is given the nationality '{}' here but '{}' elsewhere", gp.name, pm.country,
                                      om.country);
        f.evidence.push_back(ctx.evidence(pr.source, pm.span));
        f.evidence.push_back(ctx.evidence(or_.source, om.span, "conflicts-with"));
        // The other articles that give the same role, so each is pointed at.
        std::vector<std::pair<std::size_t, Span>> spans;
        for (MentionRef r : minor.mentions) spans.emplace_back(r.source, mention_of(corpus, r).span);
        if (auto note = add_also_in(ctx, f, spans, kMaxEvidence); !note.empty()) f.message += " (" + note + ")";
        return f;
    }
};

}  // namespace

std::unique_ptr<Check> make_role_conflict() { return std::make_unique<RoleConflict>(); }

}  // namespace crosscheck
