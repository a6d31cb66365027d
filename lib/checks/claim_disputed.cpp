// claim.disputed: a claim one speaker asserts and another denies ("no military cooperation" / "cooperation has
// proven effective"), matched on shared subjects (content lemmas and entities) with opposite polarity. Disputes
// are news, not errors: info, listed with who said what and when. The same speaker asserting and denying the
// same thing at the same time is an error. One matter needs more than shared words: what the denial negates is in
// the other claim, the two were said within weeks, and both speakers name someone.
#include <algorithm>
#include <array>
#include <chrono>
#include <cctype>
#include <cstdio>
#include <optional>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "checks/attribution_support.hpp"
#include "checks/check.hpp"
#include "knowledge/roles.hpp"
#include "knowledge/speech.hpp"

namespace crosscheck {

namespace {

using attribution::SpeakerRef;

struct Item {
    std::size_t source;
    const Claim* claim;
    Polarity polarity;  // the claim's, kept here: pairs are tested on it without a look into the claim
    SpeakerRef who;
    attribution::ClaimKeys keys;  // filled, with the date, when the claim is in a related pair
    std::string date;
    std::optional<std::chrono::sys_days> day;  // the date when it is a day
};

std::optional<std::chrono::sys_days> day_of(const std::string& date) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days{ymd};
}

// The same side: one speaker, or a person speaking for the organisation.
bool same_side(const SpeakerRef& a, const SpeakerRef& b, const Names& names) {
    if (attribution::same_speaker(a, b, names)) return true;
    // "Cominco Ltd" and "Richard Fish, Cominco": one body written two ways.
    auto speaks_for = [](const SpeakerRef& person, const std::string& org) {
        return std::any_of(person.affiliations.begin(), person.affiliations.end(),
                           [&](const std::string& o) { return roles::same_body(o, org); });
    };
    if (!a.organisation.empty() && speaks_for(b, a.organisation)) return true;
    if (!b.organisation.empty() && speaks_for(a, b.organisation)) return true;
    // "Rha Woong-bae" / "Woong-Bae Rha": family name first in one article, last in the other.
    if (!a.given.empty() && a.given == b.surname && a.surname == b.given) return true;
    // Two unnamed officials of one body ("a Finance Ministry official") speak for it alike.
    if (a.vague && b.vague && std::any_of(a.affiliations.begin(), a.affiliations.end(), [&](const std::string& o) {
            return std::any_of(b.affiliations.begin(), b.affiliations.end(),
                               [&](const std::string& p) { return roles::same_body(o, p); });
        }))
        return true;
    return !a.vague && !b.vague ? false : a.name == b.name;
}

std::size_t side(Polarity p) { return p == Polarity::asserts ? 0 : 1; }

// Keys (content lemmas, or entities) as integers, added claim by claim: ids[i] holds item i's distinct keys,
// sources[k] the number of articles whose claims use key k.
class Interned {
public:
    explicit Interned(std::size_t expected) { id_.reserve(2 * expected); }  // about a key per claim is new: no rehash

    // Item ids.size()'s keys (repeats allowed), from `source`: items come in source order.
    void add(const std::vector<const std::string*>& keys, std::size_t source) {
        std::vector<std::uint32_t>& mine = ids.emplace_back();
        for (const std::string* k : keys) {
            auto [it, inserted] = id_.try_emplace(*k, static_cast<std::uint32_t>(sources.size()));
            if (inserted) sources.push_back(0), last_source_.push_back(kNone);
            mine.push_back(it->second);
        }
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
        for (std::uint32_t k : mine)
            if (last_source_[k] != source) last_source_[k] = source, ++sources[k];  // a new source: a new article
    }

    std::vector<std::vector<std::uint32_t>> ids;
    std::vector<std::size_t> sources;

private:
    static constexpr std::size_t kNone = ~std::size_t(0);
    std::unordered_map<std::string_view, std::uint32_t> id_;  // views of the corpus's words and the entity keys
    std::vector<std::size_t> last_source_;
};

constexpr std::size_t kMaxEvidence = 12;  // claims shown per dispute
// A denial answers a claim within weeks; claims further apart are on another occasion, as often as not another
// matter that shares its words.
constexpr long kMaxDaysApart = 14;
// A claim key is common, and no sign of a shared matter, when the claims of more than this many articles use it
// and of more than one article in kCommonShare.
constexpr std::size_t kMinCommon = 30;
constexpr std::size_t kCommonShare = 200;

class ClaimDisputed : public Check {
public:
    std::string_view id() const override { return "claim.disputed"; }
    Severity default_severity() const override { return Severity::info; }
    std::string_view summary() const override { return "a claim asserted by one speaker and denied by another"; }
    bool contradiction() const override { return false; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        const Corpus& corpus = ctx.corpus;
        const Names& names = ctx.knowledge.names;
        std::vector<Item> items;
        std::size_t claims = 0;
        for (const auto& ex : corpus.extractions) claims += ex.claims.size();
        items.reserve(claims);  // an Item is large: growing the vector would move each several times
        std::unordered_map<std::string, std::string> entity_key_of;  // worked out once per word, not per claim
        attribution::SpeakerWords speaker_words;                      // the same for speakers' names and titles
        // Keys interned to integers as claims are read: the blocking and the shared-key counts below then compare
        // integers, not strings. A claim's keys as sets of strings (ClaimKeys) only for claims in related pairs.
        Interned content_keys(claims), entity_keys(claims);
        attribution::ClaimKeyWords key_words;
        for (std::size_t s = 0; s < corpus.extractions.size(); ++s)
            for (const Claim& c : corpus.extractions[s].claims) {
                // "rejected a proposal to build ...": a plan turned down denies no one's statement.
                if (c.polarity == Polarity::denies && speech::turned_down_plan(c.content)) continue;
                SpeakerRef who = attribution::speaker_of(corpus, s, c, speaker_words);
                if (!attribution::names_speaker(who, ctx.knowledge)) continue;  // before the keys: they cost more
                attribution::claim_key_words(c, ctx.knowledge, entity_key_of, key_words);
                if (key_words.content.empty()) continue;
                items.push_back(Item{s, &c, c.polarity, std::move(who), {}, {}, {}});
                content_keys.add(key_words.content, s);
                entity_keys.add(key_words.entities, s);
            }
        // What only related pairs need (when a claim was made, what a denial governs) is worked out for their
        // claims alone, once each: most claims are in no related pair.
        std::vector<bool> completed(items.size(), false);
        std::unordered_map<std::string, std::optional<std::chrono::sys_days>> days;  // date -> day_of(date)
        auto complete = [&](std::size_t i) {
            if (completed[i]) return;
            completed[i] = true;
            Item& it = items[i];
            it.keys = attribution::claim_keys(*it.claim, ctx.knowledge, entity_key_of);
            it.keys.governed = attribution::governed_keys(*it.claim, it.keys);
            it.date = attribution::claim_date(corpus, it.source, *it.claim);
            auto [d, fresh] = days.try_emplace(it.date);
            if (fresh) d->second = day_of(it.date);
            it.day = d->second;
        };
        // Union-find over dispute edges: each group of claims about one matter is one finding.
        std::vector<std::size_t> parent(items.size());
        std::iota(parent.begin(), parent.end(), 0);
        auto find = [&](std::size_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        std::vector<bool> disputed(items.size(), false);
        std::vector<std::set<std::string>> topic(items.size());
        // Blocking: a dispute needs a shared content word, so only claims sharing one are compared; and opposite
        // polarity, so each key's claims are listed per polarity and only the other side's are visited.
        constexpr std::size_t kMaxPostings = 256;
        std::vector<std::array<std::vector<std::size_t>, 2>> postings(content_keys.sources.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            for (std::uint32_t k : content_keys.ids[i]) postings[k][side(items[i].polarity)].push_back(i);
        // Keys in the claims of many articles ("dlrs", "year", "market", "U.S." across a newswire) tell nothing
        // about which matter a claim is on: two claims sharing only such keys are on different matters. Only in a
        // large corpus: in a few articles on one story every key is shared.
        const std::size_t common_df = std::max<std::size_t>(kMinCommon, corpus.sources.size() / kCommonShare);
        // Each claim's rare keys worked out once: pairs then count shared ones against marks (below). All claims'
        // lists in one array (claim i's at start[i] ..), like the other fields the pair test reads: it runs for
        // hundreds of thousands of candidate pairs, and a look into each Item and Claim missed the cache.
        struct Flat {
            std::vector<std::size_t> start{0};
            std::vector<std::uint32_t> ids;
        };
        auto rare_of = [&](const Interned& in) {
            Flat rare;
            for (std::size_t i = 0; i < items.size(); ++i) {
                for (std::uint32_t k : in.ids[i])
                    if (in.sources[k] <= common_df) rare.ids.push_back(k);
                rare.start.push_back(rare.ids.size());
            }
            return rare;
        };
        const Flat rare_content = rare_of(content_keys), rare_entities = rare_of(entity_keys);
        // marks[k] == i + 1: key k is one of claim i's rare keys. With claim i's keys marked, the keys it shares
        // with claim j are counted in one pass over j's (a claim's keys are distinct), not by a merge of the two.
        std::vector<std::size_t> content_marks(content_keys.sources.size(), 0), entity_marks(entity_keys.sources.size(), 0);
        auto mark = [](const Flat& f, std::size_t i, std::vector<std::size_t>& marks) {
            for (auto x = f.start[i]; x != f.start[i + 1]; ++x) marks[f.ids[x]] = i + 1;
        };
        auto shared = [](const Flat& f, std::size_t i, std::size_t j, const std::vector<std::size_t>& marks) {
            std::size_t n = 0;
            for (auto y = f.start[j]; y != f.start[j + 1]; ++y) n += marks[f.ids[y]] == i + 1;
            return n;
        };
        std::vector<std::size_t> source_of(items.size()), content_size(items.size());
        std::vector<Span> content_span(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            source_of[i] = items[i].source;
            content_size[i] = content_keys.ids[i].size();  // distinct content keys
            content_span[i] = items[i].claim->content_span;
        }
        std::vector<std::size_t> candidates;
        // seen[j] == i + 1: j is a candidate of i already (a pair sharing several keys is listed once, before the
        // sort rather than after it).
        std::vector<std::size_t> seen(items.size(), 0);
        for (std::size_t i = 0; i < items.size(); ++i) {
            candidates.clear();
            const std::size_t other = 1 - side(items[i].polarity);
            // A word in hundreds of claims ("said", "military" across an archive) blocks nothing useful and makes
            // the comparison quadratic: pairs must share a rarer word too.
            auto blocks = [&](std::uint32_t k) {
                return postings[k][0].size() + postings[k][1].size() <= kMaxPostings;
            };
            // Every related pair shares a rare content word. When each of this claim's rare words blocks, a pair
            // sharing only common ones is never related: only the rare words' postings need visiting.
            bool rare_only = std::all_of(rare_content.ids.begin() + static_cast<std::ptrdiff_t>(rare_content.start[i]),
                                         rare_content.ids.begin() + static_cast<std::ptrdiff_t>(rare_content.start[i + 1]),
                                         blocks);
            for (std::uint32_t k : content_keys.ids[i]) {
                if (!blocks(k) || (rare_only && content_keys.sources[k] > common_df)) continue;
                const auto& p = postings[k];
                // Postings ascend: the later claims are a suffix.
                const auto& opposite = p[other];
                for (auto j = std::upper_bound(opposite.begin(), opposite.end(), i); j != opposite.end(); ++j)
                    if (seen[*j] != i + 1) seen[*j] = i + 1, candidates.push_back(*j);
            }
            std::sort(candidates.begin(), candidates.end());
            if (!candidates.empty()) mark(rare_content, i, content_marks), mark(rare_entities, i, entity_marks);
            for (std::size_t j : candidates) {
                // One stretch of text read as two claims ("X, rejected by ministers, would have..., he said"): the
                // text cannot dispute itself.
                if (source_of[i] == source_of[j] && content_span[i].overlaps(content_span[j])) continue;
                std::size_t content = shared(rare_content, i, j, content_marks);
                std::size_t entities = shared(rare_entities, i, j, entity_marks);
                // What is claimed and whom it is about: a shared content word and a shared entity, three shared
                // keys in all ("cooperate", "military": Russia); three words making most of the shorter claim ("the
                // vaccine programme had been effective"); or two making most of both ("military cooperation" / "no
                // military cooperation"). A long claim sharing a word or two with another ("plans", "budget
                // deficit") is as often on another matter as on the same.
                std::size_t shorter = std::min(content_size[i], content_size[j]);
                std::size_t longer = std::max(content_size[i], content_size[j]);
                double overlap = static_cast<double>(content) / static_cast<double>(shorter);
                bool related = (content >= 1 && entities >= 1 && content + entities >= 3) ||
                               (content >= 3 && overlap >= 0.75) ||
                               (content >= 2 && static_cast<double>(content) >= 0.6 * static_cast<double>(longer));
                if (!related) continue;
                complete(i);
                complete(j);
                const Item& a = items[i];
                const Item& b = items[j];
                // One matter: what the denial negates is what the other claim says ("no cooperation" / "effective
                // cooperation"), not a word of its circumstances ("did not expect its removal from the index to
                // matter" / "the index rose"); and said within a few weeks of each other.
                const Item& no = a.polarity == Polarity::denies ? a : b;
                const Item& yes = a.polarity == Polarity::denies ? b : a;
                if (std::none_of(no.keys.governed.begin(), no.keys.governed.end(),
                                 [&](const std::string& w) { return yes.keys.content.contains(w); }))
                    continue;
                if (a.day && b.day && std::abs((*a.day - *b.day).count()) > kMaxDaysApart) continue;
                if (same_side(a.who, b.who, names)) {
                    // Against oneself only when the two claims say nearly the same words (three quarters of the
                    // longer one's), one with a "not": a speaker who says one thing and denies another on the same
                    // subject ("write legislation the president will sign" / "not to please the unions") is not
                    // inconsistent.
                    double larger = static_cast<double>(content) /
                                    static_cast<double>(std::max(a.keys.content.size(), b.keys.content.size()));
                    if (attribution::same_speaker(a.who, b.who, names) && !a.date.empty() && a.date == b.date &&
                        content >= 2 && content + entities >= 4 && larger >= 0.75)
                        out.push_back(self_contradiction(ctx, a, b));
                    continue;
                }
                parent[find(i)] = find(j);
                disputed[i] = disputed[j] = true;
                for (const auto& k : a.keys.content)
                    if (b.keys.content.contains(k)) topic[i].insert(k), topic[j].insert(k);
            }
        }
        std::map<std::size_t, std::vector<std::size_t>> groups;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (disputed[i]) groups[find(i)].push_back(i);
        for (auto& [root, members] : groups) out.push_back(dispute(ctx, items, members, topic));
    }

private:
    static std::string who_when(const CheckContext& ctx, const Item& it) {
        std::string s = it.who.name;
        // "Jeff Davis for the Pentagon": whom a spokesperson speaks for.
        if (it.who.organisation.empty() && !it.claim->speaker_organisation.empty())
            s += ", " + it.claim->speaker_organisation;
        std::string where = ctx.corpus.sources[it.source].id;
        return it.date.empty() ? fmt::format("{} ({})", s, where) : fmt::format("{} ({}, {})", s, it.date, where);
    }

    Finding dispute(const CheckContext& ctx, const std::vector<Item>& items, std::vector<std::size_t> members,
                    const std::vector<std::set<std::string>>& topic) const {
        // Asserting claims first, each side in source order.
        std::stable_sort(members.begin(), members.end(), [&](std::size_t x, std::size_t y) {
            return items[x].claim->polarity == Polarity::asserts && items[y].claim->polarity != Polarity::asserts;
        });
        std::map<std::string, int> counts;
        for (auto m : members)
            for (const auto& k : topic[m]) ++counts[k];
        // The label: the key most claims share; among those, a name before a word and a longer word before a
        // shorter one ("Hamas", "offensive"), and a title word ("chairman") only when nothing else is shared.
        std::string about;
        auto rank = [&](const std::string& k) {
            bool title = roles::is_title_word(k);
            bool name = !k.empty() && std::isupper(static_cast<unsigned char>(k[0]));
            return std::tuple(!title, counts[k], name, std::min<std::size_t>(k.size(), 9));
        };
        for (const auto& [k, n] : counts)
            if (about.empty() || rank(k) > rank(about)) about = k;
        // Show the word as a claim wrote it ("cooperation"), not its stem.
        for (auto m : members) {
            bool found = false;
            for (const auto& w : speech::words(items[m].claim->content))
                if (speech::lemma(w.lower) == about) {
                    about = w.lower;
                    found = true;
                    break;
                }
            if (found) break;
        }
        std::vector<std::string> asserted, denied;
        for (auto m : members) {
            auto& side = items[m].claim->polarity == Polarity::asserts ? asserted : denied;
            std::string w = who_when(ctx, items[m]);
            if (std::find(side.begin(), side.end(), w) == side.end()) side.push_back(w);
        }
        auto list = [](const std::vector<std::string>& v) {
            std::string s;
            for (std::size_t i = 0; i < v.size() && i < 8; ++i) s += (i ? "; " : "") + v[i];
            if (v.size() > 8) s += fmt::format(" and {} more", v.size() - 8);
            return s;
        };
        Finding f;
        f.severity = default_severity();
        f.confidence = 0.6;
        f.message = fmt::format("disputed claim about '{}': asserted by {}; denied by {}", about, list(asserted), list(denied));
        // Evidence for the first claims in that order; the message counts the rest (archives repeat a dispute).
        if (members.size() > kMaxEvidence)
            f.message += fmt::format(" ({} claims, the first {} shown)", members.size(), kMaxEvidence);
        for (std::size_t k = 0; k < members.size() && k < kMaxEvidence; ++k) {
            const Item& it = items[members[k]];
            std::string role = k == 0 ? "primary" : it.claim->polarity == Polarity::asserts ? "asserted-by" : "denied-by";
            f.evidence.push_back(ctx.evidence(it.source, it.claim->span, role));
        }
        return f;
    }

    Finding self_contradiction(const CheckContext& ctx, const Item& a, const Item& b) const {
        Finding f;
        f.severity = Severity::error;
        f.confidence = 0.5;
        const Item& yes = a.claim->polarity == Polarity::asserts ? a : b;
        const Item& no = a.claim->polarity == Polarity::asserts ? b : a;
        f.message = fmt::format("{} both asserts and denies this on {}", yes.who.name, yes.date);
        f.evidence.push_back(ctx.evidence(yes.source, yes.claim->span));
        f.evidence.push_back(ctx.evidence(no.source, no.claim->span, "denied-by"));
        return f;
    }
};

}  // namespace

std::unique_ptr<Check> make_claim_disputed() { return std::make_unique<ClaimDisputed>(); }

}  // namespace crosscheck
