// People: within a source, link surname-only, title-only and pronoun mentions to the full names they stand for
// (PersonEntity); across sources, cluster entities into GlobalPerson by name (nickname-aware), title and
// organisation. Comparisons are blocked by surname so the work stays near-linear in the number of people.
#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "knowledge/roles.hpp"
#include "model/span_index.hpp"
#include "resolve/resolve.hpp"

namespace crosscheck {

namespace {

constexpr std::size_t kPronounReach = 4;   // sentences back a pronoun may look (quotes span several)
constexpr std::size_t kPossessorReach = 2; // sentences back a non-possessor is preferred over a nearer possessor
constexpr std::size_t kTitleOnlyReach = 3; // sentences back an ambiguous "the minister" may look

template <class T>
void add_unique(std::vector<T>& v, const T& x) {
    if (!x.empty() && std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

std::size_t written_words(std::string_view s) { return s.empty() ? 0 : 1 + std::count(s.begin(), s.end(), ' '); }

// Words of a name, a generational suffix aside ("Marcos Jr" is one: a surname-only mention, as split_name reads it).
std::size_t word_count(std::string_view s) {
    std::size_t n = written_words(s);
    while (n > 1) {
        std::size_t space = s.rfind(' ');
        if (!is_generational_suffix(s.substr(space + 1))) break;
        s = s.substr(0, space);
        --n;
    }
    return n;
}

// Two surnames close enough to be one name misspelt: small edit distance relative to length, high Jaro-Winkler.
bool near_surname(std::string_view a, std::string_view b) {
    if (a == b) return true;
    std::size_t shorter = std::min(a.size(), b.size());
    if (shorter < 4) return false;
    if (a.size() > b.size() + 2 || b.size() > a.size() + 2) return false;
    std::size_t d = osa_distance(a, b);
    return d <= (shorter >= 7 ? 2u : 1u) && jaro_winkler(a, b) >= 0.84;
}

// Do two sets of role facts describe one person plausibly (shared title kind or organisation)?
bool shared_role(const std::vector<std::string>& titles_a, const std::vector<std::string>& orgs_a,
                 const std::vector<std::string>& titles_b, const std::vector<std::string>& orgs_b) {
    for (const auto& a : titles_a)
        for (const auto& b : titles_b) {
            std::string ha = roles::title_head(a), hb = roles::title_head(b);
            if (ha == hb || roles::description_fits(ha, b) || roles::description_fits(hb, a)) return true;
        }
    auto oa = roles::role_orgs(titles_a, orgs_a), ob = roles::role_orgs(titles_b, orgs_b);
    for (const auto& o : oa)
        if (ob.contains(o)) return true;
    return false;
}

bool countries_conflict(const std::vector<std::string>& a, const std::vector<std::string>& b, const Gazetteer& g) {
    bool any_a = false, any_b = false;
    for (const auto& x : a) any_a = any_a || !x.empty();
    for (const auto& y : b) any_b = any_b || !y.empty();
    if (!any_a || !any_b) return false;
    for (const auto& x : a)
        for (const auto& y : b)
            if (!x.empty() && !y.empty() && roles::country_key(x, g) == roles::country_key(y, g)) return false;
    return true;
}

struct EntityBuilder {
    Extraction& ex;
    // Each entity's mentions by position (the first attached at a position): "the mention nearest before" is a
    // look-up, not a scan of all of them, which made long texts naming one person often quadratic.
    std::vector<std::map<std::size_t, std::size_t>> by_position;

    int create(std::size_t mention) {
        ex.people.push_back(PersonEntity{});
        by_position.emplace_back();
        attach(static_cast<int>(ex.people.size() - 1), mention);
        return static_cast<int>(ex.people.size() - 1);
    }
    void attach(int e, std::size_t mention) {
        PersonMention& m = ex.people_mentions[mention];
        PersonEntity& pe = ex.people[e];
        m.entity = e;
        pe.mentions.push_back(mention);
        by_position[static_cast<std::size_t>(e)].try_emplace(m.span.begin, mention);
        if (written_words(m.name) > written_words(pe.name)) pe.name = m.name;  // the fullest form, suffix and all
        for (const auto& t : m.titles) add_unique(pe.titles, t);
        for (const auto& o : m.organisations) add_unique(pe.organisations, o);
        add_unique(pe.countries, m.country);
    }
    // The entity's mention nearest before `pos` (its position), or npos.
    std::size_t last_mention_before(std::size_t e, std::size_t pos) const {
        const auto& mentions = by_position[e];
        auto it = mentions.lower_bound(pos);
        return it == mentions.begin() ? std::string::npos : std::prev(it)->second;
    }
};

std::string surname_of(std::string_view name) { return surname_key(split_name(name).surname); }
std::string given_of(std::string_view name) { return split_name(name).given; }

// surname_of and given_of of each entity's name, worked out again only when the entity takes a fuller name: the
// resolver compares every named mention with every entity, and splitting and normalising the entity's name for
// each pair cost more than the rest of the comparison.
class EntityNameKeys {
public:
    struct Keys {
        std::string name, surname, given;
        bool set = false;
    };
    explicit EntityNameKeys(const std::vector<PersonEntity>& people) : people_(people) {}
    // Valid until of() is next asked about an entity not asked about before.
    const Keys& of(std::size_t e) {
        if (keys_.size() <= e) keys_.resize(e + 1);
        Keys& k = keys_[e];
        const std::string& name = people_[e].name;
        if (!k.set || k.name != name) {
            NameParts parts = split_name(name);
            k = {name, surname_key(parts.surname), std::move(parts.given), true};
        }
        return k;
    }

private:
    const std::vector<PersonEntity>& people_;
    std::vector<Keys> keys_;
};

// The entity of the named mention a title-only mention stands in apposition to: "Ortiz, previously a Pentagon
// spokesman", "Reyes, who was a State Department spokeswoman": a comma and at most three lower-case words between
// them, in one sentence. -1 when there is none.
int apposition_of(const Source& src, const std::vector<PersonMention>& ms, std::size_t i) {
    if (i == 0) return -1;
    const PersonMention& prev = ms[i - 1];
    const PersonMention& m = ms[i];
    if (prev.pronoun || prev.name.empty() || prev.entity < 0 || prev.sentence != m.sentence) return -1;
    if (prev.span.end >= m.span.begin || m.span.begin > src.text.size()) return -1;
    std::string_view between = std::string_view(src.text).substr(prev.span.end, m.span.begin - prev.span.end);
    if (between.size() < 2 || between.size() > 40 || between[0] != ',') return -1;
    // Only words that introduce an apposition may stand between: ", while the minister said" is another clause.
    static constexpr std::array<std::string_view, 17> linking = {
        "who", "was", "is", "had", "has", "been", "previously", "formerly", "then", "now", "currently", "once",
        "still", "until", "recently", "served", "as"};
    std::size_t words = 0;
    std::size_t p = 1;
    while (p < between.size()) {
        if (between[p] == ' ') {
            ++p;
            continue;
        }
        std::size_t q = p;
        while (q < between.size() && between[q] >= 'a' && between[q] <= 'z') ++q;
        if (q == p) return -1;  // capitals, punctuation: a list or another clause
        if (std::find(linking.begin(), linking.end(), between.substr(p, q - p)) == linking.end()) return -1;
        ++words;
        p = q;
    }
    return words <= 3 ? prev.entity : -1;
}

// A name the people grammar took that names no person: a nationality adjective first ("Swiss Franc", "Danish
// Kroner", "American Express"), or a lower-case word that is no name particle ("Dutch official").
// Words that make a region of a country or continent: "West Germany", "Latin American", "South Korean".
bool compass_word(std::string_view w) {
    static constexpr std::array<std::string_view, 10> words = {"North",    "South",    "East",    "West",   "Central",
                                                               "Northern", "Southern", "Eastern", "Western", "Latin"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool names_no_person(std::string_view name, const Knowledge& k) {
    std::size_t i = 0;
    bool first = true, regional = false;
    while (i < name.size()) {
        std::size_t j = std::min(name.find(' ', i), name.size());
        std::string_view w = name.substr(i, j - i);
        if (!w.empty()) {
            if (first && j < name.size() && !k.gazetteer.demonym_country(w).empty()) return true;
            if (w.front() >= 'a' && w.front() <= 'z' && !is_name_particle(w) && w.find('-') == std::string_view::npos)
                return true;
            // A compass word, then a nationality or a country or continent ("West Germany", "Latin America").
            if (first) regional = compass_word(w);
            else if (regional && j >= name.size())
                return !k.gazetteer.demonym_country(w).empty() || k.gazetteer.knows(w);
            first = false;
        }
        i = j + 1;
    }
    return false;
}

}  // namespace

namespace {

// What a person's titles say of their sex (unknown when none does, or when they disagree), else their given name.
Sex entity_sex(const PersonEntity& pe, const Names& names) {
    Sex sex = Sex::unknown;
    for (const auto& t : pe.titles) {
        Sex s = roles::title_sex(t);
        if (s == Sex::unknown) continue;
        if (sex != Sex::unknown && sex != s) return Sex::unknown;
        sex = s;
    }
    if (sex != Sex::unknown) return sex;
    NameParts parts = split_name(pe.name);
    return parts.given.empty() ? Sex::unknown : names.given_name_sex(parts.given);
}


}  // namespace

void resolve_people(const Source& src, const Knowledge& k, Extraction& ex) {
    ex.people.clear();
    EntityBuilder b{ex};
    EntityNameKeys entity_keys(ex.people);
    auto& ms = ex.people_mentions;
    for (auto& m : ms) m.entity = -1;
    std::vector<bool> no_person(ms.size());
    for (std::size_t i = 0; i < ms.size(); ++i) no_person[i] = !ms[i].pronoun && names_no_person(ms[i].name, k);

    // 1. Full names (given name + surname): one entity per person; "Jim Mattis" and "James Mattis" are one, and
    //    so is a near-identical surname with the same given name ("Anatoly Antonov" / "Anatoly Antonvo").
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (ms[i].pronoun || word_count(ms[i].name) < 2 || no_person[i]) continue;
        std::string sur = surname_of(ms[i].name), giv = given_of(ms[i].name);
        int found = -1;
        for (std::size_t e = 0; e < ex.people.size() && found < 0; ++e) {
            const auto& ke = entity_keys.of(e);
            if (!k.names.same_given_name(giv, ke.given)) continue;
            if (ke.surname == sur || near_surname(ke.surname, sur)) found = static_cast<int>(e);
        }
        if (found >= 0) b.attach(found, i);
        else b.create(i);
    }
    // 2. Surname-only mentions ("Mattis", "President Trump", "Ambassador Anatolov"): the full name with that
    //    surname (the nearest before it when several); else a near spelling with a shared title or organisation.
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (ms[i].pronoun || ms[i].name.empty() || ms[i].entity >= 0 || no_person[i]) continue;
        std::string sur = surname_of(ms[i].name);
        int exact = -1, near = -1, near_count = 0;
        std::size_t exact_pos = 0;
        for (std::size_t e = 0; e < ex.people.size(); ++e) {
            const auto& pe = ex.people[e];
            if (word_count(pe.name) < 2) continue;
            const std::string& esur = entity_keys.of(e).surname;
            if (esur == sur) {
                std::size_t before = b.last_mention_before(e, ms[i].span.begin);
                std::size_t pos = before == std::string::npos ? 0 : ms[before].span.begin + 1;
                if (exact < 0 || pos > exact_pos) exact = static_cast<int>(e), exact_pos = pos;
            } else if (near_surname(esur, sur) && !ms[i].titles.empty() &&
                       shared_role(ms[i].titles, ms[i].organisations, pe.titles, pe.organisations) &&
                       !countries_conflict({ms[i].country}, pe.countries, k.gazetteer)) {
                near = static_cast<int>(e);
                ++near_count;
            }
        }
        if (exact < 0 && near < 0) {
            // Family name first ("Xi Jinping" ... "Xi said"): the one full name that starts with the word.
            int first = -1, count = 0;
            for (std::size_t e = 0; e < ex.people.size(); ++e)
                if (word_count(ex.people[e].name) >= 2 &&
                    normalise_name(given_of(ex.people[e].name)) == normalise_name(ms[i].name))
                    first = static_cast<int>(e), ++count;
            if (count == 1) exact = first;
        }
        if (exact >= 0) b.attach(exact, i);
        else if (near >= 0 && near_count == 1) b.attach(near, i);
    }
    // Surname-only mentions of people never named in full: one entity per surname.
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (ms[i].pronoun || ms[i].name.empty() || ms[i].entity >= 0 || no_person[i]) continue;
        int found = -1;
        const std::string sur = surname_of(ms[i].name);
        for (std::size_t e = 0; e < ex.people.size() && found < 0; ++e)
            if (entity_keys.of(e).surname == sur) found = static_cast<int>(e);
        if (found >= 0) b.attach(found, i);
        else b.create(i);
    }
    // 3. Title-only mentions ("the diplomat", "the Pentagon chief"): in apposition to a name ("Daniel Ortiz,
    //    previously a State Department spokesman"), that person; else the one person in the source whose titles
    //    fit; when several fit, the one mentioned last within a few sentences before.
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (ms[i].pronoun || !ms[i].name.empty() || ms[i].titles.empty()) continue;
        const PersonMention& m = ms[i];
        if (int e = apposition_of(src, ms, i); e >= 0) {
            b.attach(e, i);
            continue;
        }
        std::string desc = roles::title_head(m.titles.back());
        auto morgs = roles::role_orgs(m.titles, m.organisations);
        std::vector<std::size_t> fits;
        for (std::size_t e = 0; e < ex.people.size(); ++e) {
            const auto& pe = ex.people[e];
            bool title_ok = std::any_of(pe.titles.begin(), pe.titles.end(),
                                        [&](const std::string& t) { return roles::description_fits(desc, t); });
            if (!title_ok) continue;
            if (!morgs.empty()) {
                auto eorgs = roles::role_orgs(pe.titles, pe.organisations);
                if (!std::any_of(morgs.begin(), morgs.end(), [&](const std::string& o) { return eorgs.contains(o); }))
                    continue;
            }
            if (!m.country.empty() && countries_conflict({m.country}, pe.countries, k.gazetteer)) continue;
            fits.push_back(e);
        }
        int chosen = -1;
        if (fits.size() == 1) {
            chosen = static_cast<int>(fits[0]);
        } else {
            std::size_t best_pos = 0;
            for (std::size_t e : fits) {
                std::size_t before = b.last_mention_before(e, m.span.begin);
                if (before == std::string::npos || ms[before].sentence + kTitleOnlyReach < m.sentence) continue;
                if (chosen < 0 || ms[before].span.begin > best_pos) chosen = static_cast<int>(e), best_pos = ms[before].span.begin;
            }
        }
        if (chosen >= 0) b.attach(chosen, i);
    }
    // 4. Pronouns: the nearest person mentioned before, within the same or the previous sentences. A person named
    //    inside a quote is no antecedent for a pronoun outside it ("'... holds Blake accountable,' he said"), as
    //    the attribution extractor reads speakers.
    std::vector<Span> quote_spans;
    for (const auto& q : ex.quotes) quote_spans.push_back(q.text_span);
    const SpanIndex quoted(std::move(quote_spans));
    //    A possessor ("Maxwell's part") gives way to a person named as more than that within kPossessorReach
    //    sentences, as the attribution extractor reads speakers.
    auto possessive = [&](Span sp) {
        return src.text.compare(sp.end, 2, "'s") == 0 || src.text.compare(sp.end, 4, "\xE2\x80\x99s") == 0;
    };
    //    A pronoun skips a person whose titles or given name say the other sex ("Mrs. Harlow", "Mary Harlow" are no
    //    "he").
    std::vector<Sex> sex(ex.people.size(), Sex::unknown);
    for (std::size_t e = 0; e < ex.people.size(); ++e) sex[e] = entity_sex(ex.people[e], k.names);
    struct Seen {
        int entity;
        std::size_t sentence;
        bool in_quote, possessor;
    };
    std::vector<Seen> seen;  // named mentions so far, in text order
    for (std::size_t i = 0; i < ms.size(); ++i) {  // mentions are sorted by position
        bool in_quote = quoted.contains(ms[i].span);
        if (!ms[i].pronoun) {
            if (ms[i].entity < 0) continue;
            seen.push_back({ms[i].entity, ms[i].sentence, in_quote, !in_quote && possessive(ms[i].span)});
            continue;
        }
        const Sex want = roles::pronoun_sex(src.slice(ms[i].span));
        auto agrees = [&](int e) { return sex[e] == Sex::unknown || want == Sex::unknown || sex[e] == want; };
        // The last person named (inside a quote), or the last named outside quotes as more than a possessor, and
        // the possessor named after that one.
        int last_entity = -1, last_outside = -1, last_possessor = -1;
        std::size_t last_sentence = 0, last_outside_sentence = 0, last_possessor_sentence = 0;
        for (std::size_t k = seen.size(); k-- > 0;) {
            const Seen& m = seen[k];
            // Beyond both reaches nothing can be chosen (a walk back over a whole long article per pronoun).
            if (m.sentence + std::max(kPronounReach, kPossessorReach) < ms[i].sentence) break;
            if (!agrees(m.entity)) continue;
            if (last_entity < 0) last_entity = m.entity, last_sentence = m.sentence;
            if (m.in_quote) continue;
            if (m.possessor) {
                if (last_possessor < 0) last_possessor = m.entity, last_possessor_sentence = m.sentence;
                continue;
            }
            last_outside = m.entity, last_outside_sentence = m.sentence;
            break;
        }
        int e = in_quote ? last_entity : last_outside;
        std::size_t sentence = in_quote ? last_sentence : last_outside_sentence;
        if (!in_quote && last_possessor >= 0 &&
            (last_outside < 0 || last_outside_sentence + kPossessorReach < ms[i].sentence))
            e = last_possessor, sentence = last_possessor_sentence;
        if (e >= 0 && sentence + kPronounReach >= ms[i].sentence) {
            ms[i].entity = e;
            ex.people[e].mentions.push_back(i);
        }
    }
    for (auto& pe : ex.people) std::sort(pe.mentions.begin(), pe.mentions.end());
}

void link_people(Corpus& corpus, const Knowledge& k) {
    corpus.people.clear();
    struct Item {
        std::size_t source, entity;
        std::string surname, given;
    };
    std::vector<Item> items;
    for (std::size_t s = 0; s < corpus.extractions.size(); ++s)
        for (std::size_t e = 0; e < corpus.extractions[s].people.size(); ++e) {
            const auto& pe = corpus.extractions[s].people[e];
            if (pe.name.empty()) continue;
            items.push_back({s, e, surname_of(pe.name), word_count(pe.name) >= 2 ? given_of(pe.name) : ""});
        }
    std::vector<std::size_t> parent(items.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    auto unite = [&](std::size_t a, std::size_t b) { parent[find(a)] = find(b); };
    auto entity = [&](const Item& it) -> const PersonEntity& { return corpus.extractions[it.source].people[it.entity]; };
    auto compatible_context = [&](const Item& a, const Item& b) {
        return !countries_conflict(entity(a).countries, entity(b).countries, k.gazetteer);
    };

    // Entities that agree in all the linking looks at (surname, given name, titles, organisations, countries)
    // link alike: near-copies of one story repeat the same person hundreds of times, so only the first of each
    // such group is compared and the others follow it. Full names that agree are one person at once.
    std::vector<std::vector<std::size_t>> same_as(items.size());  // first of a group -> the others
    std::vector<bool> first_of_group(items.size(), false);
    {
        std::unordered_map<std::string, std::size_t> group;
        auto join = [](const std::vector<std::string>& v) {
            std::string out;
            for (const auto& x : v) out += x + '\x1e';
            return out;
        };
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& pe = entity(items[i]);
            std::string key = items[i].surname + '\x1f' + items[i].given + '\x1f' + join(pe.titles) + '\x1f' +
                              join(pe.organisations) + '\x1f' + join(pe.countries);
            auto [it, inserted] = group.emplace(std::move(key), i);
            if (inserted) {
                first_of_group[i] = true;
                continue;
            }
            same_as[it->second].push_back(i);
            if (!items[i].given.empty()) unite(i, it->second);
        }
    }

    // Exact surname blocks: same given name (nickname-aware); a surname-only entity joins when its block has
    // one given name only.
    std::map<std::string, std::vector<std::size_t>> by_surname;
    for (std::size_t i = 0; i < items.size(); ++i) by_surname[items[i].surname].push_back(i);
    for (const auto& [sur, block] : by_surname) {
        std::vector<std::size_t> full, bare;
        for (std::size_t i : block)
            if (items[i].given.empty()) bare.push_back(i);
            else if (first_of_group[i]) full.push_back(i);  // the others are already one with it
        // Compare distinct given names only: a surname shared by thousands of mentions of one person stays cheap.
        std::map<std::string, std::size_t> first_with_given;
        std::vector<std::size_t> distinct;
        for (std::size_t i : full) {
            auto [it, inserted] = first_with_given.emplace(normalise_name(items[i].given), i);
            if (inserted) distinct.push_back(i);
            else if (compatible_context(items[i], items[it->second]) ||
                     shared_role(entity(items[i]).titles, entity(items[i]).organisations,
                                 entity(items[it->second]).titles, entity(items[it->second]).organisations))
                unite(i, it->second);
            else distinct.push_back(i);
        }
        for (std::size_t x = 0; x < distinct.size(); ++x)
            for (std::size_t y = x + 1; y < distinct.size(); ++y) {
                if (find(distinct[x]) == find(distinct[y])) continue;
                const Item &a = items[distinct[x]], &b = items[distinct[y]];
                // A differing nationality separates namesakes, unless the titles agree too: then it is one person
                // described inconsistently, which role.conflict reports.
                const auto &ea = entity(a), &eb = entity(b);
                if (k.names.same_given_name(a.given, b.given) &&
                    (compatible_context(a, b) || shared_role(ea.titles, ea.organisations, eb.titles, eb.organisations)))
                    unite(distinct[x], distinct[y]);
            }
        std::vector<std::size_t> roots;
        std::set<std::size_t> seen_roots;
        for (std::size_t i : full)
            if (seen_roots.insert(find(i)).second) roots.push_back(find(i));
        for (std::size_t i : bare) {
            if (roots.size() == 1 && compatible_context(items[i], items[roots[0]])) unite(i, roots[0]);
            else if (roots.empty() && i != bare.front()) unite(i, bare.front());
        }
    }
    // Near spellings across sources ("Antonov" / "Anatolov"): blocked by the surname's first two letters;
    // merged only with compatible given names and a shared title or organisation.
    // Only distinct surnames are compared, and then only the first of each group of alike entities; when it
    // links, its group follows.
    std::map<std::string, std::map<std::string, std::vector<std::size_t>>> by_prefix;  // prefix -> surname -> firsts
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].surname.size() >= 4 && first_of_group[i])
            by_prefix[items[i].surname.substr(0, 2)][items[i].surname].push_back(i);
    // A group of full names is one person already; a group of surname-only entities links only through its first.
    auto settled = [&](std::size_t i) { return !items[i].given.empty() || same_as[i].empty(); };
    for (const auto& [prefix, surnames] : by_prefix)
        for (auto sx = surnames.begin(); sx != surnames.end(); ++sx)
            for (auto sy = std::next(sx); sy != surnames.end(); ++sy) {
                if (!near_surname(sx->first, sy->first)) continue;
                for (std::size_t x : sx->second)
                    for (std::size_t y : sy->second) {
                        if (find(x) == find(y) && settled(x) && settled(y)) continue;
                        const Item &a = items[x], &b = items[y];
                        if (!a.given.empty() && !b.given.empty() && !k.names.same_given_name(a.given, b.given)) continue;
                        const auto &ea = entity(a), &eb = entity(b);
                        if (!shared_role(ea.titles, ea.organisations, eb.titles, eb.organisations)) continue;
                        if (!compatible_context(a, b)) continue;
                        unite(x, y);
                        for (std::size_t m : same_as[x]) unite(m, x);
                        for (std::size_t m : same_as[y]) unite(m, y);
                    }
            }

    std::unordered_map<std::size_t, std::size_t> cluster;  // root -> index in corpus.people
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::size_t r = find(i);
        auto [it, inserted] = cluster.emplace(r, corpus.people.size());
        if (inserted) corpus.people.emplace_back();
        GlobalPerson& gp = corpus.people[it->second];
        gp.members.emplace_back(items[i].source, items[i].entity);
        auto& pe = corpus.extractions[items[i].source].people[items[i].entity];
        pe.global = static_cast<int>(it->second);
        for (const auto& t : pe.titles) add_unique(gp.titles, t);
        for (const auto& o : pe.organisations) add_unique(gp.organisations, o);
        for (const auto& c : pe.countries) add_unique(gp.countries, c);
    }
    // Canonical name: the full name written most often (by mentions), then the longest, then the first.
    for (auto& gp : corpus.people) {
        std::map<std::string, std::size_t> counts;
        for (auto [s, e] : gp.members) {
            const auto& pe = corpus.extractions[s].people[e];
            for (std::size_t m : pe.mentions) {
                const auto& name = corpus.extractions[s].people_mentions[m].name;
                if (word_count(name) >= 2) counts[name]++;
            }
            if (gp.name.empty() || written_words(pe.name) > written_words(gp.name)) gp.name = pe.name;
        }
        // Ties go to the name whose surname is written most often ("Bergstrom" over a one-off "Bergstorm").
        std::map<std::string, std::size_t> surnames;
        for (const auto& [name, n] : counts) surnames[surname_of(name)] += n;
        for (auto [s, e] : gp.members)
            for (std::size_t m : corpus.extractions[s].people[e].mentions) {
                const auto& name = corpus.extractions[s].people_mentions[m].name;
                if (word_count(name) == 1) surnames[surname_key(name)]++;
            }
        std::pair<std::size_t, std::size_t> best{0, 0};
        for (const auto& [name, n] : counts) {
            std::pair<std::size_t, std::size_t> score{n, surnames[surname_of(name)]};
            if (score > best) best = score, gp.name = name;
        }
    }
}

}  // namespace crosscheck
