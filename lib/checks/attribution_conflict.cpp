// attribution.conflict: the same words attributed to different speakers, within or across sources; and an
// organisation said to make a statement that the quote supporting it gives to someone from another organisation.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>

#include "checks/attribution_support.hpp"
#include "checks/check.hpp"
#include "checks/group_evidence.hpp"
#include "knowledge/names.hpp"
#include "knowledge/roles.hpp"
#include "knowledge/speech.hpp"

namespace crosscheck {

namespace {

using attribution::SpeakerRef;

struct Item {
    std::size_t source, quote;
    std::vector<std::string> words;
    SpeakerRef who;
    bool from_cue = false;  // the speaker is a name read from the cue (cue_name), not one extraction linked
};

// Does `small` occur as a contiguous run inside `big`?
bool contains_run(const std::vector<std::string>& big, const std::vector<std::string>& small) {
    return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

// Token-level edit distance (insert, delete, substitute), for "the same words" allowing small edits.
std::size_t token_distance(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool same_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a == b) return true;
    const auto& shorter = a.size() <= b.size() ? a : b;
    const auto& longer = a.size() <= b.size() ? b : a;
    if (shorter.size() >= 8 && contains_run(longer, shorter)) return true;  // one source quotes less
    std::size_t n = std::max(a.size(), b.size());
    if (n - shorter.size() > n / 8) return false;
    return token_distance(a, b) <= std::max<std::size_t>(1, n / 8);
}

// The name a quote's cue gives when extraction found no speaker in it: international copy names many people whose
// given names no list holds ("Musab al-Braim" ... "Braim told Reuters"), and extraction then links the quote to no
// one. One run of capitalised words in the cue ("al-" and "el-" particles included), not counting titles, function
// words and the one spoken to ("told Reuters"); empty when there is none or more than one.
std::string cue_name(std::string_view text, Span cue) {
    std::vector<std::string> runs;
    std::string run, previous;
    bool addressee = false;
    auto flush = [&] {
        if (!run.empty() && !addressee) runs.push_back(run);
        run.clear();
    };
    for (std::size_t i = cue.begin; i < cue.end;) {
        auto letter = [&](std::size_t k) {
            unsigned char c = static_cast<unsigned char>(text[k]);
            return std::isalpha(c) || c == '-' || c == '\'' || c >= 0x80;
        };
        if (!letter(i)) {
            if (text[i] != ' ') flush(), addressee = false;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < cue.end && letter(j)) ++j;
        std::string_view w = text.substr(i, j - i);
        bool particle = w.starts_with("al-") || w.starts_with("el-");
        bool capital = std::isupper(static_cast<unsigned char>(w[0])) || (particle && w.size() > 3 &&
                                                                            std::isupper(static_cast<unsigned char>(w[3])));
        bool name_word = capital && !roles::is_function_word(w) && !roles::is_title_word(w) &&
                         !roles::is_title_abbreviation(w) && w.size() >= 2;
        if (name_word) {
            if (run.empty()) addressee = previous == "told" || previous == "tells" || previous == "to";
            run += run.empty() ? std::string(w) : " " + std::string(w);
        } else {
            flush();
            addressee = false;
        }
        previous = std::string(w);
        i = j;
    }
    flush();
    if (runs.size() != 1) return {};
    // Outlets are no speakers: an agency in capitals ("IRNA"), a broadcaster ("Tehran Radio").
    const std::string& name = runs.front();
    bool capitals = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    bool outlet = false;
    for (std::string_view w : {"Radio", "Television", "TV", "News", "Agency", "Press", "Times", "Post"})
        outlet = outlet || name.find(w) != std::string::npos;
    if (capitals || outlet || roles::is_news_agency(roles::canonical_org(name))) return {};
    return name;
}

// The stretch of a quote's sentence on its cue's side: from the quote to the sentence's end ("...," Braim told
// Reuters.), or from the sentence's start to the quote (Braim said: "...").
Span cue_clause(const Source& src, const Quote& q) {
    Span sentence = src.sentences.empty() ? Span{0, src.text.size()}
                                          : src.sentences[src.sentence_index(q.cue_span.begin)].span;
    if (q.cue_span.begin >= q.span.end) return {q.span.end, std::max(sentence.end, q.cue_span.end)};
    return {std::min(sentence.begin, q.cue_span.begin), q.span.begin};
}

std::string describe(const SpeakerRef& s) {
    if (!s.organisation.empty() || s.affiliation.empty()) return s.name;
    return fmt::format("{} ({})", s.name, s.affiliation);
}

class AttributionConflict : public Check {
public:
    std::string_view id() const override { return "attribution.conflict"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override {
        return "the same words attributed to different speakers or organisations";
    }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        quotes_across(ctx, out);
        organisation_frames(ctx, out);
    }

private:
    static constexpr std::size_t min_words = 6;  // shorter phrases ("we will not back down") recur by chance

    void quotes_across(const CheckContext& ctx, std::vector<Finding>& out) const {
        const Corpus& corpus = ctx.corpus;
        // One item per wording and speaker: near-copies of a story repeat a quote and its speaker in hundreds of
        // articles; each attribution is compared once, and the copies are listed with the finding.
        std::vector<Item> items;
        std::size_t quotes = 0;
        for (const auto& ex : corpus.extractions) quotes += ex.quotes.size();
        items.reserve(quotes);  // an Item is large: growing the vector would move each several times
        std::vector<std::vector<std::pair<std::size_t, Span>>> copies;  // per item: every copy's quote, in order
        std::map<std::pair<std::vector<std::string>, std::string>, std::size_t> first;
        attribution::SpeakerWords speaker_words;  // speakers' names and titles worked out once per run
        for (std::size_t s = 0; s < corpus.extractions.size(); ++s)
            for (std::size_t q = 0; q < corpus.extractions[s].quotes.size(); ++q) {
                const Quote& quote = corpus.extractions[s].quotes[q];
                Item it{s, q, attribution::quote_words(quote.text, ctx.knowledge),
                        attribution::speaker_of(corpus, s, quote, speaker_words)};
                // "told Reuters": the agency spoken to is no speaker, so a name in the cue is looked for then too.
                bool agency = !it.who.organisation.empty() && roles::is_news_agency(it.who.organisation);
                if ((!it.who.known() || agency) && quote.speaker_mention < 0 && !quote.cue_span.empty())
                    if (std::string name = cue_name(corpus.sources[s].text, cue_clause(corpus.sources[s], quote));
                        !name.empty())
                        it.who = attribution::speaker_of(corpus, s, -1, name, "", speaker_words), it.from_cue = true;
                if (it.words.size() < min_words || !it.who.known()) continue;
                auto [at, inserted] = first.try_emplace({it.words, attribution::identity_key(it.who)}, items.size());
                if (inserted) {
                    items.push_back(std::move(it));
                    copies.emplace_back();
                }
                copies[at->second].emplace_back(s, quote.span);
            }
        // Candidate pairs from the scoring stage's TF-IDF alignment, within and across sources; a low threshold
        // keeps a short quote inside a long one.
        std::vector<attribution::QuoteRef> refs;
        for (const auto& it : items) refs.push_back({it.source, it.quote});
        auto pairs = attribution::similar_quotes(corpus, refs, 0.3, true);
        // Each later attribution (words and speaker) is reported once, against the earliest it conflicts with
        // (pairs come sorted): one finding per attribution, not per pair of them.
        std::vector<bool> reported(items.size(), false);
        for (const auto& pair : pairs) {
            const Item& a = items[pair.first];
            const Item& b = items[pair.second];
            if (reported[pair.second]) continue;
            if (!same_words(a.words, b.words) || attribution::compatible(a.who, b.who, ctx.knowledge.names)) continue;
            // A name read from a cue that is a near spelling of the other speaker's ("Kapnik" / "Harvey Kapnick")
            // is that speaker misspelt (name.variant-spelling's matter), not another one.
            if ((a.from_cue || b.from_cue) && !a.who.surname.empty() && !b.who.surname.empty() &&
                osa_distance(a.who.surname, b.who.surname) <= 2)
                continue;
            const Quote& qa = corpus.extractions[a.source].quotes[a.quote];
            const Quote& qb = corpus.extractions[b.source].quotes[b.quote];
            Finding f;
            f.severity = default_severity();
            f.confidence = 0.8;
            f.message = fmt::format("the same words are attributed to {} and, in {}, to {}", describe(a.who),
                                    corpus.sources[b.source].id, describe(b.who));
            f.evidence.push_back(ctx.evidence(a.source, qa.span));
            if (!qa.cue_span.empty()) f.evidence.push_back(ctx.evidence(a.source, qa.cue_span, "attributed-to"));
            f.evidence.push_back(ctx.evidence(b.source, qb.span, "conflicts-with"));
            if (!qb.cue_span.empty()) f.evidence.push_back(ctx.evidence(b.source, qb.cue_span, "attributed-to"));
            // The other articles that give the words to the second speaker.
            if (auto note = add_also_in(ctx, f, copies[pair.second]); !note.empty())
                f.message += fmt::format(" (to {}: {})", b.who.name, note);
            reported[pair.second] = true;
            out.push_back(std::move(f));
        }
    }

    // "The Pentagon rejected the proposal." followed by the quote that says so, from a State Department spokesman.
    void organisation_frames(const CheckContext& ctx, std::vector<Finding>& out) const {
        const Corpus& corpus = ctx.corpus;
        for (std::size_t s = 0; s < corpus.extractions.size(); ++s) {
            const Source& src = corpus.sources[s];
            const Extraction& ex = corpus.extractions[s];
            auto paragraph = [&](std::size_t sentence) {
                return sentence < src.sentences.size() ? src.sentences[sentence].paragraph : 0;
            };
            for (const Claim& c : ex.claims) {
                if (c.speaker_mention >= 0 || c.speaker_organisation.empty()) continue;
                std::string org = roles::canonical_org(c.speaker_organisation);
                // The first attributed quote after the claim, at most two paragraphs on.
                const Quote* q = nullptr;
                for (const Quote& cand : ex.quotes)
                    if (cand.span.begin >= c.span.end && (!cand.speaker_name.empty() || !cand.speaker_organisation.empty())) {
                        q = &cand;
                        break;
                    }
                if (!q || paragraph(q->sentence) > paragraph(c.sentence) + 2) continue;
                SpeakerRef who = attribution::speaker_of(corpus, s, *q);
                // Only someone who speaks for a body by office can be the voice of the statement; anyone else
                // quoted after it is another voice, agreeing or not.
                if (who.vague || !who.spokesperson || !who.organisation.empty() || who.affiliations.empty() ||
                    who.affiliations.contains(org))
                    continue;
                // The quote must be the statement the frame reports: shared content, same polarity.
                std::set<std::string> shared;
                for (const auto& w : speech::words(q->text))
                    if (std::string l = speech::lemma(w.lower); std::find(c.subjects.begin(), c.subjects.end(), l) != c.subjects.end())
                        shared.insert(l);
                std::size_t common = shared.size();
                bool denies = c.polarity == Polarity::denies;
                std::string_view first_sentence = q->text;
                if (auto dot = first_sentence.find(". "); dot != std::string_view::npos) first_sentence = first_sentence.substr(0, dot);
                std::size_t content = 0;
                for (const auto& k : c.subjects) content += !k.empty() && !(k[0] >= 'A' && k[0] <= 'Z');
                if (common < 3 || 2 * common < content || speech::negated(first_sentence) != denies) continue;
                Finding f;
                f.severity = default_severity();
                f.confidence = 0.7;
                f.message = fmt::format("the statement is credited to the {} but the quote given for it is from {}",
                                        c.speaker_organisation, describe(who));
                f.evidence.push_back(ctx.evidence(s, c.span));
                if (!q->cue_span.empty()) f.evidence.push_back(ctx.evidence(s, q->cue_span, "attributed-to"));
                f.evidence.push_back(ctx.evidence(s, q->span, "quote"));
                out.push_back(std::move(f));
            }
        }
    }
};

}  // namespace

std::unique_ptr<Check> make_attribution_conflict() { return std::make_unique<AttributionConflict>(); }

}  // namespace crosscheck
