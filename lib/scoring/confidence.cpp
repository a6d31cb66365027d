#include "scoring/confidence.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>

#include <fmt/format.h>

#include "checks/attribution_support.hpp"
#include "checks/people_common.hpp"
#include "knowledge/names.hpp"
#include "knowledge/roles.hpp"
#include "scoring/alignment.hpp"
#include "util/ascii.hpp"
#include "util/capitalised_words.hpp"

namespace crosscheck {

namespace {

using attribution::SpeakerRef;

// What kind of value a conflict rule's evidence carries. Rules judged against a reference are not here.
enum class Kind { date, count, role, name, wording, speaker };

std::optional<Kind> kind_of(std::string_view rule) {
    if (rule == "date.conflict") return Kind::date;
    if (rule == "number.conflict") return Kind::count;
    if (rule == "role.conflict") return Kind::role;
    if (rule == "name.variant-spelling") return Kind::name;
    if (rule == "quote.wording-drift") return Kind::wording;
    if (rule == "attribution.conflict") return Kind::speaker;
    return std::nullopt;
}

// Evidence that states one side's value (not the cue or quote that goes with it).
bool value_role(const std::string& role) {
    return role == "primary" || role == "conflicts-with" || role == "differs-from";
}

// One source stating one value of a fact.
struct Statement {
    std::size_t source = 0;
    std::size_t begin = 0;  // where it is written: the earliest statement of a value gives the value's text
    std::string key;        // the value, normalised: equal keys are one value
    std::string text;       // as written
};

// The sentence around a date or count, to tell whether another source's date or count is of the same fact.
struct Context {
    std::string text;             // the sentence without the value: the value itself must not make two alike
    std::set<std::string> names;  // its capitalised words but the first, lower case (places, people, bodies)
};

// A statement a finding's evidence makes, with what ties it to other statements of the same fact.
struct Anchor {
    Statement st;
    std::string fact;            // findings sharing a fact id name one fact
    int person = -1;             // role, name: Corpus::people index
    Context context;             // date, count: its sentence, to find the fact in other sources
    std::string counted;         // count: the counted phrase, lower case
    std::string words;           // wording, speaker: the quote's words, joined
    SpeakerRef who;              // speaker
};

template <class T>
const T* at_span(const std::vector<T>& items, Span span) {
    for (const auto& x : items)
        if (x.span == span) return &x;
    return nullptr;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

Context context_of(const Source& src, std::size_t sentence, Span value) {
    Context c;
    if (sentence >= src.sentences.size()) return c;
    Span s = src.sentences[sentence].span;
    if (!s.contains(value)) value = {s.end, s.end};
    c.text = std::string(src.slice({s.begin, value.begin})) + " " + std::string(src.slice({value.end, s.end}));
    c.names = capitalised_words(src, s, value);
    return c;
}

std::string date_key(const DateMention& m) { return fmt::format("{:02}-{:02}", m.month, m.mday); }
bool stated_day(const DateMention& m) { return m.month && m.mday && m.context == DateContext::body; }

std::string count_key(const Quantity& q) { return fmt::format("{}", q.value); }
bool exact_count(const Quantity& q) { return !q.approximate && !q.increment; }

int global_person(const Corpus& corpus, std::size_t source, const PersonMention& m) {
    const auto& people = corpus.extractions[source].people;
    return m.entity >= 0 && static_cast<std::size_t>(m.entity) < people.size() ? people[m.entity].global : -1;
}

std::string speaker_key(const SpeakerRef& who) {
    if (who.global >= 0) return fmt::format("person {}", who.global);
    if (!who.organisation.empty()) return "org " + who.organisation;
    return "name " + (who.surname.empty() ? ascii_lower(who.name) : who.given + " " + who.surname);
}

// role.conflict compares employers when both mentions name one, else nationalities.
struct RoleValue {
    std::string key, text;
};
std::optional<RoleValue> role_value(const PersonMention& m, bool organisations, const Knowledge& knowledge) {
    if (std::any_of(m.titles.begin(), m.titles.end(), [](const std::string& t) { return roles::is_former(t); }))
        return std::nullopt;  // a past office says nothing of the present one
    if (!organisations) {
        if (m.country.empty()) return std::nullopt;
        return RoleValue{roles::country_key(m.country, knowledge.gazetteer), m.country};
    }
    auto orgs = roles::role_orgs(m.titles, m.organisations);
    if (orgs.empty()) return std::nullopt;
    RoleValue v{join(std::vector<std::string>(orgs.begin(), orgs.end())), ""};
    if (!m.organisations.empty()) v.text = m.organisations.front();
    for (const auto& t : m.titles)
        if (v.text.empty() && !roles::implied_org(t).empty()) v.text = t;
    if (v.text.empty()) v.text = v.key;
    return v;
}

std::string surname_value(const PersonMention& m) {
    return transliteration_key(surname_key(split_name(m.name).surname));
}

// The statements of one finding's value evidence; empty when any of it cannot be read back.
std::vector<Anchor> anchors_of(const Corpus& corpus, const Knowledge& knowledge, const Finding& f, Kind kind) {
    std::vector<const Evidence*> ev;
    for (const auto& e : f.evidence)
        if (value_role(e.role) && e.source < corpus.sources.size()) ev.push_back(&e);
    std::vector<Anchor> out;
    bool organisations = true;  // role: which dimension the conflict is in
    if (kind == Kind::role) {
        std::vector<std::set<std::string>> orgs;
        for (const Evidence* e : ev)
            if (const auto* m = at_span(corpus.extractions[e->source].people_mentions, e->span))
                orgs.push_back(roles::role_orgs(m->titles, m->organisations));
        organisations = orgs.size() == 2 && !orgs[0].empty() && !orgs[1].empty() &&
                        std::none_of(orgs[0].begin(), orgs[0].end(), [&](const std::string& o) { return orgs[1].contains(o); });
    }
    for (const Evidence* e : ev) {
        const Source& src = corpus.sources[e->source];
        const Extraction& ex = corpus.extractions[e->source];
        Anchor a;
        a.st.source = e->source;
        a.st.begin = e->span.begin;
        a.fact = fmt::format("{} {}", e->source, e->span.begin);
        switch (kind) {
            case Kind::date: {
                const auto* m = at_span(ex.dates, e->span);
                if (!m || !stated_day(*m)) return {};
                a.st.key = date_key(*m);
                a.st.text = m->text;
                a.context = context_of(src, m->sentence, m->span);
                break;
            }
            case Kind::count: {
                const auto* q = at_span(ex.quantities, e->span);
                if (!q || !exact_count(*q)) return {};
                a.st.key = count_key(*q);
                a.st.text = q->text;
                a.context = context_of(src, q->sentence, q->span);
                a.counted = ascii_lower(q->counted);
                break;
            }
            case Kind::role: {
                const auto* m = at_span(ex.people_mentions, e->span);
                if (!m) return {};
                auto v = role_value(*m, organisations, knowledge);
                if (!v) return {};
                a.st.key = v->key;
                a.st.text = v->text;
                a.person = global_person(corpus, e->source, *m);
                if (a.person >= 0) a.fact = fmt::format("person {} {}", a.person, organisations ? "org" : "country");
                break;
            }
            case Kind::name: {
                // The flagged side is the surname alone, the other side the whole mention.
                const PersonMention* m = nullptr;
                for (const auto& pm : ex.people_mentions)
                    if (!pm.name.empty() && (pm.span == e->span || pm.name_span.contains(e->span))) {
                        m = &pm;
                        break;
                    }
                if (!m) return {};
                a.st.key = surname_value(*m);
                a.st.text = std::string(src.slice(surname_span(src, *m)));
                a.person = global_person(corpus, e->source, *m);
                if (a.person >= 0) a.fact = fmt::format("person {}", a.person);
                break;
            }
            case Kind::wording:
            case Kind::speaker: {
                const auto* q = at_span(ex.quotes, e->span);
                if (!q) return {};
                a.words = join(attribution::quote_words(q->text, knowledge));
                if (kind == Kind::wording) {
                    a.st.key = a.words;
                    a.st.text = q->text;
                } else {
                    a.who = attribution::speaker_of(corpus, e->source, *q);
                    if (!a.who.known()) return {};
                    a.st.key = speaker_key(a.who);
                    a.st.text = a.who.name;
                }
                break;
            }
        }
        out.push_back(std::move(a));
    }
    return out;
}

// Disjoint sets over findings: findings that share a statement name one fact.
struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
    void join(std::size_t a, std::size_t b) {
        a = find(a), b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

struct Fact {
    Kind kind;
    std::vector<std::size_t> findings;
    std::vector<Anchor> anchors;
    std::vector<Statement> statements;  // anchors' and other sources' statements of it
};

// Another source's date or count is of a fact when its sentence is like one of the fact's: with the names the rules
// match on (the same names around a count, a name in common around a date) and similar words besides the value.
bool same_context(const Anchor& probe, const Anchor& a, Kind kind, double threshold) {
    const auto& x = probe.context.names;
    const auto& y = a.context.names;
    bool names = kind == Kind::count ? x == y
                                     : (x.empty() && y.empty()) ||
                                           std::any_of(x.begin(), x.end(), [&](const std::string& n) { return y.contains(n); });
    return names && text_similarity(probe.context.text, a.context.text) >= threshold;
}

// Index keys under which a date or count is looked up: its value with its counted phrase and names (count), or with
// each of its names (date).
std::vector<std::string> lookup_keys(Kind kind, const std::string& value, const Anchor& a) {
    std::vector<std::string> keys;
    if (kind == Kind::count) {
        std::string key = "count " + value + "|" + a.counted;
        for (const auto& n : a.context.names) key += "|" + n;
        keys.push_back(std::move(key));
    } else if (kind == Kind::date) {
        for (const auto& n : a.context.names) keys.push_back("date " + value + "|" + n);
        if (a.context.names.empty()) keys.push_back("date " + value + "|");
    }
    return keys;
}

// A mention is compared with at most this many sentences of one fact: bounded work on facts that many findings share.
constexpr std::size_t max_compared = 16;

// What the rest of the corpus says of each fact: every mention of the person (role, name), the same date or count
// in a similar sentence (date, count), the same quote (wording: as one side words it; speaker: credited to a
// speaker compatible with exactly one side, or to none of them).
void gather_support(const Corpus& corpus, const Knowledge& knowledge, std::vector<Fact>& facts, double threshold) {
    std::map<std::string, std::vector<std::size_t>> by_quote;  // quote words -> facts that need them
    for (std::size_t i = 0; i < facts.size(); ++i) {
        Fact& fact = facts[i];
        for (const auto& a : fact.anchors) fact.statements.push_back(a.st);
        if (fact.kind == Kind::wording || fact.kind == Kind::speaker)
            for (const auto& a : fact.anchors) by_quote[a.words].push_back(i);
        if ((fact.kind != Kind::role && fact.kind != Kind::name) || fact.anchors.front().person < 0) continue;
        int person = fact.anchors.front().person;
        bool organisations = fact.anchors.front().fact.ends_with("org");
        for (MentionRef r : person_mentions(corpus, corpus.people[person])) {
            const PersonMention& m = mention_of(corpus, r);
            Statement st{r.source, m.span.begin, "", ""};
            if (fact.kind == Kind::role) {
                auto v = role_value(m, organisations, knowledge);
                if (!v) continue;
                st.key = v->key;
                st.text = v->text;
            } else {
                if (m.name.empty()) continue;
                st.key = surname_value(m);
                st.text = std::string(corpus.sources[r.source].slice(surname_span(corpus.sources[r.source], m)));
            }
            fact.statements.push_back(std::move(st));
        }
    }
    // Dates and counts: look each mention up by its value and the names around it, then compare sentences.
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> where;  // key -> (fact, anchor)
    std::set<std::pair<Kind, std::string>> wanted;  // values worth reading a sentence for
    for (std::size_t i = 0; i < facts.size(); ++i)
        for (std::size_t k = 0; k < facts[i].anchors.size(); ++k)
            for (const auto& key : lookup_keys(facts[i].kind, facts[i].anchors[k].st.key, facts[i].anchors[k])) {
                where[key].emplace_back(i, k);
                wanted.emplace(facts[i].kind, facts[i].anchors[k].st.key);
            }
    if (where.empty() && by_quote.empty()) return;
    // Adds the statement to each fact one of whose sentences (at most max_compared of them) is like its own.
    auto support = [&](Kind kind, Statement st, const Anchor& probe) {
        std::map<std::size_t, std::vector<std::size_t>> candidates;
        for (const auto& key : lookup_keys(kind, st.key, probe))
            if (auto it = where.find(key); it != where.end())
                for (auto [fact, anchor] : it->second) candidates[fact].push_back(anchor);
        for (auto& [fact, list] : candidates) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            if (list.size() > max_compared) list.resize(max_compared);
            if (std::any_of(list.begin(), list.end(), [&, f = fact](std::size_t k) {
                    return same_context(probe, facts[f].anchors[k], kind, threshold);
                }))
                facts[fact].statements.push_back(st);
        }
    };
    for (std::size_t s = 0; s < corpus.sources.size(); ++s) {
        const Source& src = corpus.sources[s];
        const Extraction& ex = corpus.extractions[s];
        if (!where.empty()) {
            for (const auto& m : ex.dates)
                if (stated_day(m) && wanted.contains({Kind::date, date_key(m)})) {
                    Anchor probe;
                    probe.context = context_of(src, m.sentence, m.span);
                    support(Kind::date, {s, m.span.begin, date_key(m), m.text}, probe);
                }
            for (const auto& q : ex.quantities)
                if (exact_count(q) && wanted.contains({Kind::count, count_key(q)})) {
                    Anchor probe;
                    probe.counted = ascii_lower(q.counted);
                    probe.context = context_of(src, q.sentence, q.span);
                    support(Kind::count, {s, q.span.begin, count_key(q), q.text}, probe);
                }
        }
        if (!by_quote.empty())
            for (const auto& q : ex.quotes) {
                auto it = by_quote.find(join(attribution::quote_words(q.text, knowledge)));
                if (it == by_quote.end()) continue;
                std::optional<SpeakerRef> who;
                for (std::size_t i : std::set<std::size_t>(it->second.begin(), it->second.end())) {
                    Fact& fact = facts[i];
                    if (fact.kind == Kind::wording) {
                        fact.statements.push_back({s, q.span.begin, it->first, q.text});
                        continue;
                    }
                    if (!who) who = attribution::speaker_of(corpus, s, q);
                    if (!who->known()) break;
                    std::set<std::string> sides;
                    for (const auto& a : fact.anchors)
                        if (attribution::compatible(*who, a.who, knowledge.names)) sides.insert(a.st.key);
                    if (sides.size() == 1) fact.statements.push_back({s, q.span.begin, *sides.begin(), who->name});
                    else if (sides.empty()) fact.statements.push_back({s, q.span.begin, speaker_key(*who), who->name});
                }
            }
    }
}

double odds(double s) {
    s = std::clamp(s, 1e-12, 1 - 1e-12);
    return s / (1 - s);
}

}  // namespace

void weigh_conflicts(const Corpus& corpus, const Knowledge& knowledge, std::vector<Finding>& findings,
                     const ConfidenceOptions& options) {
    // Read back each conflict finding's statements, then group findings that share one into facts.
    std::vector<std::vector<Anchor>> anchors(findings.size());
    UnionFind sets(findings.size());
    std::map<std::pair<std::string, std::string>, std::size_t> first_with;  // (rule, fact id) -> finding
    for (std::size_t i = 0; i < findings.size(); ++i) {
        auto kind = kind_of(findings[i].rule);
        if (!kind) continue;
        anchors[i] = anchors_of(corpus, knowledge, findings[i], *kind);
        if (anchors[i].size() < 2) {
            anchors[i].clear();
            continue;
        }
        for (const auto& a : anchors[i]) {
            auto [it, fresh] = first_with.emplace(std::pair{findings[i].rule, a.fact}, i);
            if (!fresh) sets.join(it->second, i);
        }
    }
    std::vector<Fact> facts;
    std::map<std::size_t, std::size_t> fact_of_root;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (anchors[i].empty()) continue;
        auto [it, fresh] = fact_of_root.emplace(sets.find(i), facts.size());
        if (fresh) facts.push_back({*kind_of(findings[i].rule), {}, {}, {}});
        Fact& fact = facts[it->second];
        fact.findings.push_back(i);
        fact.anchors.insert(fact.anchors.end(), anchors[i].begin(), anchors[i].end());
    }
    if (facts.empty()) return;
    gather_support(corpus, knowledge, facts, options.context_similarity);

    // One TruthFinder run over every fact that sources disagree on, so a source's trust reflects all its conflicts.
    std::vector<TruthClaim> claims;
    std::vector<bool> weighed(facts.size(), false);
    for (std::size_t i = 0; i < facts.size(); ++i) {
        std::set<std::size_t> sources;
        std::set<std::string> keys;
        std::set<std::pair<std::size_t, std::string>> said;  // a source asserts a value once
        for (const auto& st : facts[i].statements) {
            sources.insert(st.source);
            keys.insert(st.key);
            said.emplace(st.source, st.key);
        }
        if (sources.size() < 2 || keys.size() < 2) continue;  // one source against itself: the rule's judgement
        weighed[i] = true;
        for (const auto& [source, key] : said) claims.push_back({source, fmt::format("fact {}", i), key});
    }
    if (claims.empty()) return;
    TruthOptions topt = options.truth;
    if (!topt.implication)  // the values of one fact are alternatives: each one's support counts against the others
        topt.implication = [](std::string_view, std::string_view, std::string_view) { return -0.5; };
    TruthResult truth = truth_finder(claims, corpus.sources.size(), topt);

    for (std::size_t i = 0; i < facts.size(); ++i) {
        if (!weighed[i]) continue;
        const Fact& fact = facts[i];
        std::string object = fmt::format("fact {}", i);
        // Each value: its sources, its text as first written, and the chance it is the true one.
        std::map<std::string, FindingValue> values;
        std::map<std::string, std::pair<std::size_t, std::size_t>> first;
        for (const auto& st : fact.statements) {
            auto& v = values[st.key];
            v.sources.push_back(st.source);
            auto at = std::pair{st.source, st.begin};
            if (auto it = first.find(st.key); it == first.end() || at < it->second) {
                first[st.key] = at;
                v.text = st.text;
            }
        }
        double total = 0;
        for (auto& [key, v] : values) {
            std::sort(v.sources.begin(), v.sources.end());
            v.sources.erase(std::unique(v.sources.begin(), v.sources.end()), v.sources.end());
            v.confidence = odds(truth.confidence(object, key));
            total += v.confidence;
        }
        for (auto& [key, v] : values) v.confidence /= total;
        // The fact's most confident value: what the finding's values are weighed against.
        auto best = std::max_element(values.begin(), values.end(), [](const auto& a, const auto& b) {
            return a.second.confidence != b.second.confidence ? a.second.confidence < b.second.confidence
                                                              : a.second.text > b.second.text;
        });
        for (std::size_t fi : fact.findings) {
            Finding& f = findings[fi];
            // The finding flags the least likely of its own values; it is right when that value is wrong.
            double least = 1;
            std::set<std::string> own;
            for (const auto& a : anchors[fi]) {
                own.insert(a.st.key);
                least = std::min(least, values[a.st.key].confidence);
            }
            if (own.size() < 2) continue;
            f.confidence = std::clamp(f.confidence * (1 - least), 0.0, 1.0);
            // Its own values and the fact's best, most confident first: a fact many findings share may have many
            // values, and each finding carrying all of them would grow with their square.
            own.insert(best->first);
            for (const auto& key : own) f.values.push_back(values[key]);
            std::sort(f.values.begin(), f.values.end(), [](const FindingValue& a, const FindingValue& b) {
                return a.confidence != b.confidence ? a.confidence > b.confidence : a.text < b.text;
            });
        }
    }
}

}  // namespace crosscheck
