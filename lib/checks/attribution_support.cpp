#include "checks/attribution_support.hpp"
#include "knowledge/calendar.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include <fmt/format.h>

#include "knowledge/roles.hpp"
#include "knowledge/speech.hpp"
#include "scoring/alignment.hpp"
#include "util/ascii.hpp"

namespace crosscheck::attribution {

namespace {

// speaker_of() with the word work done by `w`: name(person) -> (given, surname) keys, org(o) -> canonical_org(o),
// title(t) -> SpeakerWords::Title.
template <class Words>
SpeakerRef speaker_with(const Corpus& corpus, std::size_t source, int mention, const std::string& name,
                        const std::string& organisation, Words&& w) {
    SpeakerRef s;
    const Extraction& ex = corpus.extractions[source];
    std::string person = name;
    std::vector<std::string> titles, orgs;
    if (mention >= 0 && static_cast<std::size_t>(mention) < ex.people_mentions.size()) {
        const PersonMention& m = ex.people_mentions[mention];
        titles = m.titles;
        orgs = m.organisations;
        if (m.entity >= 0 && static_cast<std::size_t>(m.entity) < ex.people.size()) {
            const PersonEntity& e = ex.people[m.entity];
            if (!e.name.empty()) person = e.name;
            titles.insert(titles.end(), e.titles.begin(), e.titles.end());
            orgs.insert(orgs.end(), e.organisations.begin(), e.organisations.end());
            s.global = e.global;
            if (e.global >= 0 && static_cast<std::size_t>(e.global) < corpus.people.size() &&
                !corpus.people[e.global].name.empty())
                person = corpus.people[e.global].name;
        } else if (m.name.empty()) {
            // "the diplomat" or "he" with no link: who it is stays open (the extractor's name is a guess).
            s.vague = true;
        }
    }
    if (!person.empty()) {
        s.name = person;
        std::tie(s.given, s.surname) = w.name(person);
        for (const auto& o : orgs) s.affiliations.insert(w.org(o));
        for (const auto& t : titles) {
            const SpeakerWords::Title& title = w.title(t);
            if (title.former) continue;
            if (!title.org.empty()) s.affiliations.insert(title.org);
            if (title.spokesperson) s.spokesperson = true;
        }
        if (!organisation.empty()) s.affiliations.insert(w.org(organisation));
        s.affiliation = !orgs.empty() ? orgs.front() : organisation;
        if (s.affiliation.empty() && !s.affiliations.empty()) s.affiliation = *s.affiliations.begin();
    } else if (!organisation.empty()) {
        s.name = organisation;
        s.organisation = w.org(organisation);
    }
    return s;
}

std::pair<std::string, std::string> name_keys(const std::string& person) {
    NameParts parts = split_name(person);
    return {normalise_name(parts.given), surname_key(parts.surname)};
}

SpeakerWords::Title title_of(const std::string& t) {
    SpeakerWords::Title out;
    out.former = roles::is_former(t);
    if (out.former) return out;
    out.org = roles::implied_org(t);
    std::string head = roles::title_head(t);
    out.spokesperson = head.starts_with("spokes") || head == "official" || t.find("ress secretary") != std::string::npos;
    return out;
}

// The word work done afresh each time.
struct FreshWords {
    std::pair<std::string, std::string> name(const std::string& person) const { return name_keys(person); }
    std::string org(const std::string& o) const { return roles::canonical_org(o); }
    SpeakerWords::Title title(const std::string& t) const { return title_of(t); }
};

// The word work looked up in, or added to, a SpeakerWords.
struct KeptWords {
    SpeakerWords& kept;
    const std::pair<std::string, std::string>& name(const std::string& person) const {
        auto [it, fresh] = kept.names.try_emplace(person);
        if (fresh) it->second = name_keys(person);
        return it->second;
    }
    const std::string& org(const std::string& o) const {
        auto [it, fresh] = kept.orgs.try_emplace(o);
        if (fresh) it->second = roles::canonical_org(o);
        return it->second;
    }
    const SpeakerWords::Title& title(const std::string& t) const {
        auto [it, fresh] = kept.titles.try_emplace(t);
        if (fresh) it->second = title_of(t);
        return it->second;
    }
};

}  // namespace

SpeakerRef speaker_of(const Corpus& corpus, std::size_t source, int mention, const std::string& name,
                      const std::string& organisation) {
    return speaker_with(corpus, source, mention, name, organisation, FreshWords{});
}

SpeakerRef speaker_of(const Corpus& corpus, std::size_t source, int mention, const std::string& name,
                      const std::string& organisation, SpeakerWords& words) {
    return speaker_with(corpus, source, mention, name, organisation, KeptWords{words});
}

std::string identity_key(const SpeakerRef& s) {
    if (s.global >= 0) return fmt::format("person {}", s.global);
    if (!s.organisation.empty()) return "org " + s.organisation;
    return fmt::format("name {}|{}|{}|{}", s.vague ? "?" : "", s.name, s.given, s.surname);
}

bool same_speaker(const SpeakerRef& a, const SpeakerRef& b, const Names& names) {
    if (a.global >= 0 && b.global >= 0) return a.global == b.global;
    // One body named two ways: "AMC" / "American Motors".
    if (!a.organisation.empty() || !b.organisation.empty())
        return !a.organisation.empty() && !b.organisation.empty() && roles::same_body(a.organisation, b.organisation);
    if (a.surname.empty() || b.surname.empty() || a.surname != b.surname) return false;
    // "De Kock said" after "Gerhard de Kock": a particle is no given name.
    auto given = [](const std::string& g) { return is_name_particle(g) ? std::string() : g; };
    std::string ga = given(a.given), gb = given(b.given);
    return ga.empty() || gb.empty() || names.same_given_name(ga, gb);
}

bool compatible(const SpeakerRef& a, const SpeakerRef& b, const Names& names) {
    if (!a.known() || !b.known() || a.vague || b.vague) return true;
    // "told Reuters": the agency a person spoke to, or credited with the story, is not the speaker.
    if (roles::is_news_agency(a.organisation) || roles::is_news_agency(b.organisation)) return true;
    if (same_speaker(a, b, names)) return true;
    // A spokesman speaks for the organisation: "the Pentagon said" and "Pentagon spokesman Jeff Davis said"; an
    // analyst of a firm written short or in full ("William Raftery of Smith Barney" / "Smith Barney Harris Upham").
    auto speaks_for = [](const SpeakerRef& person, const std::string& org) {
        return person.affiliations.contains(org) ||
               std::any_of(person.affiliations.begin(), person.affiliations.end(),
                           [&](const std::string& o) { return roles::same_body(o, org); });
    };
    if (!a.organisation.empty() && b.organisation.empty()) return speaks_for(b, a.organisation);
    if (!b.organisation.empty() && a.organisation.empty()) return speaks_for(a, b.organisation);
    // A firm's name read as a person's ("William Raferty, of Smith Barney Harris Upham said"): two words or more
    // of it that are the other's affiliation.
    auto firm = [&](const SpeakerRef& maybe_firm, const SpeakerRef& person) {
        std::string key = roles::canonical_org(maybe_firm.name);
        return maybe_firm.organisation.empty() && roles::org_words(key).size() >= 2 && speaks_for(person, key);
    };
    if (a.organisation.empty() && b.organisation.empty()) return firm(a, b) || firm(b, a);
    return false;
}

std::vector<std::string> quote_words(std::string_view text) {
    std::vector<std::string> out;
    auto words = speech::words(text);
    out.reserve(words.size());
    bool letters = false;  // the previous word was a run of single letters: "U.S." gives "u" "s" -> "us"
    for (auto& w : words) {
        bool single = w.lower.size() == 1 && w.lower[0] >= 'a' && w.lower[0] <= 'z' && w.end < text.size() && text[w.end] == '.';
        if (single && letters) out.back() += w.lower;
        else out.push_back(std::move(w.lower));
        letters = single || (letters && single);
    }
    return out;
}

std::vector<std::string> quote_words(std::string_view text, const Knowledge& k) {
    std::vector<std::string> out = quote_words(text);
    for (auto& w : out) {
        // variant_of(w) without its copy: the words are in lower case already.
        if (const SpellingPair* p = k.spelling.pair_of(w)) {
            const std::string& v = w == p->american ? p->british : p->american;
            if (v < w) w = v;
        }
        if (w.find('-') != std::string::npos) std::erase(w, '-');
    }
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> similar_quotes(const Corpus& corpus, const std::vector<QuoteRef>& refs,
                                                                double threshold, bool within_source) {
    std::vector<TextItem> texts;
    texts.reserve(refs.size());
    for (const auto& r : refs) {
        const Quote& q = corpus.extractions[r.source].quotes[r.quote];
        texts.push_back({r.source, q.text_span, q.text});
    }
    AlignOptions options;
    options.threshold = threshold;
    options.within_source = within_source;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const auto& p : align(texts, options)) out.emplace_back(p.a, p.b);
    std::sort(out.begin(), out.end());  // deterministic order of findings
    return out;
}

namespace {

// "Russians", "Russian", "Russia" -> one key: the country a nationality or country word names (roles::country_key:
// gazetteer first, then the usual stems), for matching only.
std::string entity_key(std::string_view word, const Knowledge& k) {
    std::string w(word);
    if (w.size() > 4 && w.ends_with("ans")) w.pop_back();  // plural demonym: "Russians", "Americans"
    return roles::country_key(w, k.gazetteer);
}

// How many content lemmas a negation or a denying verb governs: "no cooperation with the Russian military" ->
// cooperate, military; the words further on are the circumstances, not what is denied.
constexpr std::size_t kGoverned = 3;

// The lemmas of a small lexicon, compared with the lemmas of claim words.
std::set<std::string> lemmas(std::initializer_list<std::string_view> words) {
    std::set<std::string> out;
    for (std::string_view w : words) out.insert(speech::lemma(w));
    return out;
}

// Verbs that take the predicate as their complement ("does not appear imminent", "did not expect the removal to
// matter"): what is denied is the complement, so they are passed over.
bool light_verb(const std::string& lemma) {
    static const std::set<std::string> words =
        lemmas({"appear", "seem", "expect", "want", "plan", "intend", "try", "trying", "likely", "able", "need", "wish",
                "hope", "believe", "think", "know", "mean", "yet", "necessarily"});
    return words.contains(lemma);
}

// Saying nothing is no denial: "had no comment on the proposal", "would not discuss the drug", "did not name it";
// nor is a ruling on a filing: "the judge dismissed a lawsuit", "the court denied a petition".
bool no_denial(const std::string& lemma) {
    static const std::set<std::string> words =
        lemmas({"comment", "disclose", "discuss", "elaborate", "say", "confirm", "specify", "identify", "name",
                "reveal", "detail", "speculate", "lawsuit", "suit", "petition", "motion", "appeal", "request",
                "application"});
    return words.contains(lemma);
}

// Negating these assents or takes no side: "would not object to a transfer", "was not worried about", "did not
// rule out".
bool negative_verb(const std::string& lemma) {
    static const std::set<std::string> words =
        lemmas({"object", "objected", "oppose", "opposed", "worry", "worried", "concern", "concerned", "doubt",
                "doubted", "deny", "denied", "reject", "rejected", "rule", "ruled", "exclude", "excluded", "mind"});
    return words.contains(lemma);
}

// The content lemmas a denial's negation (or, with none, its denying verb) governs: the first few after it, in
// its clause. Title words are part of a name ("not consulted Agriculture Secretary Lyng"), not what is denied.
std::set<std::string> governed_words(const Claim& c, const std::set<std::string>& content) {
    std::set<std::string> out;
    std::string_view text = c.content;
    auto ws = speech::words(text);
    std::size_t i = 0;
    if (speech::negated(text)) {
        while (i < ws.size() && !(speech::is_negation(ws[i].lower) &&
                                  !(ws[i].lower == "not" && i + 1 < ws.size() && ws[i + 1].lower == "only")))
            ++i;
        // The negation in a condition ("if the talks do not give priority to ...") or in a second clause with its
        // own subject ("is adhering to the accord and it will never sell below ..."): the claim's main clause
        // denies nothing.
        static constexpr std::array<std::string_view, 7> subjects = {"it", "he", "she", "they", "we", "i", "you"};
        for (std::size_t k = 0; k < i && k < ws.size(); ++k) {
            const std::string& w = ws[k].lower;
            if (w == "if" || w == "unless" || w == "whether") return {};
            if ((w == "and" || w == "or") && k + 1 < i &&
                std::find(subjects.begin(), subjects.end(), ws[k + 1].lower) != subjects.end())
                return {};
        }
        ++i;  // past the negation
    }
    for (std::size_t n = 0; i < ws.size() && n < kGoverned; ++i) {
        // A comma, a semicolon or a bracket ends what the negation governs: "not ruled out, analysts said".
        if (n > 0 && text.substr(ws[i - 1].end, ws[i].begin - ws[i - 1].end).find_first_of(",;()") != text.npos)
            break;
        std::string_view as_written = text.substr(ws[i].begin, ws[i].end - ws[i].begin);
        if (roles::is_title_head(as_written)) continue;
        std::string l = speech::lemma(ws[i].lower);
        if (l.ends_with("'s")) l.resize(l.size() - 2);
        if (n == 0 && (no_denial(l) || negative_verb(l))) return {};
        if (light_verb(l) || !content.contains(l)) continue;
        out.insert(std::move(l));
        ++n;
    }
    return out;
}

}  // namespace

namespace {

// A claim's keys as they come, repeats included: on_content(word) and on_entity(entity_key_of(word)).
template <class EntityKey, class OnContent, class OnEntity>
void for_each_key(const Claim& c, EntityKey&& entity_key_of, OnContent&& on_content, OnEntity&& on_entity) {
    for (const auto& s : c.subjects) {
        if (s.empty()) continue;
        bool entity = s[0] >= 'A' && s[0] <= 'Z';
        if (entity) on_entity(entity_key_of(s));
        // "de", "van": the lower-case particle of a name ("Banco de Santander"), not a word of the matter.
        else if (!is_name_particle(s)) on_content(s);
    }
}

// claim_keys with the entity keys from `entity_key_of(word)`.
template <class EntityKey>
ClaimKeys claim_keys_with(const Claim& c, EntityKey&& entity_key_of, bool governed) {
    ClaimKeys keys;
    for_each_key(
        c, entity_key_of, [&](const std::string& w) { keys.content.insert(w); },
        [&](const std::string& k) { keys.entities.insert(k); });
    if (governed) keys.governed = governed_keys(c, keys);
    return keys;
}

// The cached entity key of a word (worked out on first use).
const std::string& kept_entity_key(const std::string& s, const Knowledge& k,
                                   std::unordered_map<std::string, std::string>& entity_keys) {
    auto [it, fresh] = entity_keys.try_emplace(s);
    if (fresh) it->second = entity_key(s, k);
    return it->second;
}

}  // namespace

std::set<std::string> governed_keys(const Claim& c, const ClaimKeys& keys) {
    if (c.polarity != Polarity::denies) return {};
    return governed_words(c, keys.content);
}

ClaimKeys claim_keys(const Claim& c, const Knowledge& k) {
    return claim_keys_with(c, [&](const std::string& s) { return entity_key(s, k); }, true);
}

ClaimKeys claim_keys(const Claim& c, const Knowledge& k, std::unordered_map<std::string, std::string>& entity_keys) {
    return claim_keys_with(c, [&](const std::string& s) -> const std::string& { return kept_entity_key(s, k, entity_keys); },
                           false);
}

void claim_key_words(const Claim& c, const Knowledge& k, std::unordered_map<std::string, std::string>& entity_keys,
                     ClaimKeyWords& out) {
    out.content.clear();
    out.entities.clear();
    for_each_key(
        c, [&](const std::string& s) -> const std::string& { return kept_entity_key(s, k, entity_keys); },
        [&](const std::string& w) { out.content.push_back(&w); }, [&](const std::string& e) { out.entities.push_back(&e); });
}

bool names_speaker(const SpeakerRef& s, const Knowledge& k) {
    if (!s.known()) return false;
    // "a spokesman said", with no body named: anyone, in another article someone else.
    if (s.vague) return !s.affiliations.empty() || !s.organisation.empty();
    if (!s.organisation.empty() && roles::is_news_agency(s.organisation)) return false;
    std::string_view name = s.name;
    if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
    if (name.find(' ') != std::string_view::npos) return true;
    // One word: a company form, a generic head, a numeral, a tag, or an ordinary word is a name cut short.
    std::string lower = ascii_lower(name);
    static constexpr std::array<std::string_view, 25> company_forms = {
        "inc", "corp", "co", "cos", "ltd", "plc", "llc", "lp", "sa", "ag", "nv", "bv", "spa", "gmbh",
        "kk", "ab", "oy", "bhd", "pty", "srl", "sarl", "nl", "asa", "oyj", "na"};
    if (std::find(company_forms.begin(), company_forms.end(), lower) != company_forms.end()) return false;
    if (!s.organisation.empty() && roles::is_org_head(name) && !roles::is_org_word(name)) return false;
    if (name.size() <= 4 && name.find_first_not_of("IVXL") == std::string_view::npos) return false;  // "Mark IV"
    // "R-Mich.", "D-Tex": party and state after a legislator's name.
    if (name.size() >= 3 && (name[0] == 'R' || name[0] == 'D' || name[0] == 'I') && name[1] == '-') return false;
    bool acronym = name.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
    if (!acronym && !roles::is_org_word(name) && !k.names.known_name(name) && k.names.common_word(name)) return false;
    return true;
}

std::string claim_date(const Corpus& corpus, std::size_t source, const Claim& c) {
    for (const auto& d : corpus.extractions[source].dates)
        if (d.sentence == c.sentence && d.resolved && !d.value.empty() && !c.content_span.overlaps(d.span)) return d.value;
    if (!c.date_value.empty()) return c.date_value;
    const auto& p = corpus.sources[source].published;
    if (p && p->ok())
        return calendar::format_day(*p);
    return {};
}

}  // namespace crosscheck::attribution
