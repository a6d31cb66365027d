// quote.wording-drift: the same quote worded differently across sources. Quotes are aligned word by word (longest
// common subsequence); differences inside the aligned stretch, and a first or last word changed on both sides,
// are drift; words only one source quotes around it are not (one source quoting less is no error). Within one
// article a line quoted twice by one speaker is compared too, for slips of the pen only.
#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "checks/attribution_support.hpp"
#include "checks/check.hpp"
#include "checks/group_evidence.hpp"
#include "knowledge/names.hpp"
#include "knowledge/speech.hpp"

namespace crosscheck {

namespace {

using Words = std::vector<std::string>;

struct Diff {
    Words a, b;  // the words of each side between two aligned words
};

// Pairs (i, j) of aligned words, in order.
std::vector<std::pair<std::size_t, std::size_t>> align(const Words& a, const Words& b) {
    std::vector<std::vector<std::uint16_t>> L(a.size() + 1, std::vector<std::uint16_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            L[i][j] = a[i] == b[j] ? L[i + 1][j + 1] + 1 : std::max(L[i + 1][j], L[i][j + 1]);
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) out.emplace_back(i++, j++);
        else if (L[i + 1][j] >= L[i][j + 1]) ++i;
        else ++j;
    }
    return out;
}

std::string join(const Words& w) {
    std::string s;
    for (const auto& x : w) s += (s.empty() ? "" : " ") + x;
    return s;
}

std::string describe(const Diff& d) {
    if (d.a.empty()) return fmt::format("'{}' added", join(d.b));
    if (d.b.empty()) return fmt::format("'{}' dropped", join(d.a));
    return fmt::format("'{}' vs '{}'", join(d.a), join(d.b));
}

// Both quotes given to one speaker the article names (a person or a body), not merely to no one.
bool same_speaker_named(const attribution::SpeakerRef& a, const attribution::SpeakerRef& b, const CheckContext& ctx) {
    if (attribution::identity_key(a).empty() || attribution::identity_key(b).empty()) return false;
    return attribution::same_speaker(a, b, ctx.knowledge.names);
}

class QuoteWordingDrift : public Check {
public:
    std::string_view id() const override { return "quote.wording-drift"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override { return "the same quote worded differently (across sources, or twice in one)"; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        const Corpus& corpus = ctx.corpus;
        struct Item {
            std::size_t source, quote;
            Words words;
            attribution::SpeakerRef who;
            std::vector<std::size_t> copies;  // later items with the same words and speaker (this is the first)
        };
        // One item per wording and speaker: near-copies of a story repeat a quote in hundreds of articles, and
        // each wording needs comparing once, not once per copy.
        std::vector<Item> items;
        std::size_t quotes = 0;
        for (const auto& ex : corpus.extractions) quotes += ex.quotes.size();
        items.reserve(quotes);  // an Item is large: growing the vector would move each several times
        std::map<std::pair<Words, std::string>, std::size_t> first;
        std::vector<std::pair<std::size_t, std::size_t>> copies;  // (item, quote) of each copy, in source order
        attribution::SpeakerWords speaker_words;  // speakers' names and titles worked out once per run
        for (std::size_t s = 0; s < corpus.extractions.size(); ++s)
            for (std::size_t q = 0; q < corpus.extractions[s].quotes.size(); ++q) {
                const Quote& quote = corpus.extractions[s].quotes[q];
                Words w = attribution::quote_words(quote.text, ctx.knowledge);
                if (w.size() < 5 || w.size() > 400) continue;
                auto who = attribution::speaker_of(corpus, s, quote, speaker_words);
                auto [it, inserted] = first.try_emplace({w, attribution::identity_key(who)}, items.size());
                if (inserted) items.push_back({s, q, std::move(w), std::move(who), {}});
                else items[it->second].copies.push_back(copies.size());
                copies.emplace_back(s, q);
            }
        // Candidate pairs from the scoring stage's TF-IDF alignment (blocked on rare terms). Pairs within one
        // source are kept when either wording is also given elsewhere: what counts is that two articles differ.
        std::vector<attribution::QuoteRef> refs;
        for (const auto& it : items) refs.push_back({it.source, it.quote});
        auto pairs = attribution::similar_quotes(corpus, refs, 0.4, true);
        // Each later wording is reported once, against the earliest one it differs from (pairs come sorted):
        // one finding per wording, not per pair, so a quote given a dozen ways gives a dozen findings, not 66.
        std::vector<bool> reported(items.size(), false);
        for (const auto& pair : pairs) {
            const Item& a = items[pair.first];
            const Item& b = items[pair.second];
            if (reported[pair.second]) continue;
            // One article quoting one line twice, worded apart ("We want all details to be disclosed" ... "We
            // want all the details disclosed", the same judge): a stricter test than across articles, since a
            // speaker may well say two like sentences, and a reporter quote both.
            const bool one_article = a.source == b.source && a.copies.empty() && b.copies.empty();
            auto al = align(a.words, b.words);
            if (al.size() < 4) continue;
            std::size_t wa = al.back().first - al.front().first + 1, wb = al.back().second - al.front().second + 1;
            double sim = static_cast<double>(al.size()) / static_cast<double>(std::max(wa, wb));
            // Most of the shorter quote must be in the aligned stretch: the same quote, not a shared phrase.
            double coverage = static_cast<double>(al.size()) / static_cast<double>(std::min(a.words.size(), b.words.size()));
            if (sim < 0.75 || coverage < 0.7) continue;
            if (one_article && (sim < 0.8 || coverage < 0.85 || al.size() < 6 || !same_speaker_named(a.who, b.who, ctx)))
                continue;
            std::vector<Diff> diffs;
            // Both quotes go on past the aligned stretch at the same edge by one word: the first or last word
            // was changed ("... in the market" / "... in the markets", "strong" / "broad"), not one source quoting
            // less (that leaves words on one side only).
            auto edge = [&](std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
                if (a1 - a0 != 1 || b1 - b0 != 1) return;  // one word for another; more is another quote's edge
                Diff d;
                d.a.assign(a.words.begin() + static_cast<std::ptrdiff_t>(a0), a.words.begin() + static_cast<std::ptrdiff_t>(a1));
                d.b.assign(b.words.begin() + static_cast<std::ptrdiff_t>(b0), b.words.begin() + static_cast<std::ptrdiff_t>(b1));
                diffs.push_back(std::move(d));
            };
            edge(0, al.front().first, 0, al.front().second);
            for (std::size_t k = 1; k < al.size(); ++k) {
                Diff d;
                for (std::size_t i = al[k - 1].first + 1; i < al[k].first; ++i) d.a.push_back(a.words[i]);
                for (std::size_t j = al[k - 1].second + 1; j < al[k].second; ++j) d.b.push_back(b.words[j]);
                if (!d.a.empty() || !d.b.empty()) diffs.push_back(std::move(d));
            }
            edge(al.back().first + 1, a.words.size(), al.back().second + 1, b.words.size());
            if (diffs.empty()) continue;  // identical, or one quotes a clean part of the other
            // Within one article only a slip of the pen: function words added or dropped ("all the details
            // disclosed" / "all details to be disclosed") or a word misspelt ("its" / "it's"). Another content word
            // ("a good day for transparency" / "for every voter") is another sentence the speaker said.
            if (one_article && !std::all_of(diffs.begin(), diffs.end(), [](const Diff& d) {
                    auto function_words = [](const Words& w) {
                        return std::all_of(w.begin(), w.end(), [](const std::string& x) { return speech::is_stopword(x); });
                    };
                    bool misspelt = d.a.size() == 1 && d.b.size() == 1 && osa_distance(d.a[0], d.b[0]) <= 1;
                    return misspelt || (function_words(d.a) && function_words(d.b));
                }))
                continue;
            if (!attribution::compatible(a.who, b.who, ctx.knowledge.names)) continue;  // attribution.conflict's case
            // Both wordings as given in two different articles: the first of each, else a copy elsewhere.
            std::size_t a_source = a.source, a_quote = a.quote, b_source = b.source, b_quote = b.quote;
            auto elsewhere = [&](const Item& it, std::size_t other, std::size_t& source, std::size_t& quote) {
                for (std::size_t c : it.copies)
                    if (copies[c].first != other) {
                        std::tie(source, quote) = copies[c];
                        return;
                    }
            };
            if (b_source == a_source) elsewhere(b, a_source, b_source, b_quote);
            if (b_source == a_source) elsewhere(a, b_source, a_source, a_quote);
            const Quote& qa = corpus.extractions[a_source].quotes[a_quote];
            const Quote& qb = corpus.extractions[b_source].quotes[b_quote];
            std::string what;
            for (std::size_t k = 0; k < diffs.size() && k < 3; ++k) what += (k ? ", " : "") + describe(diffs[k]);
            if (diffs.size() > 3) what += fmt::format(" and {} more", diffs.size() - 3);
            Finding f;
            f.severity = default_severity();
            f.confidence = std::clamp(sim, 0.5, 0.95);
            f.message = a_source == b_source
                            ? fmt::format("quote worded differently later in this article: {}", what)
                            : fmt::format("quote worded differently in {}: {}", corpus.sources[b_source].id, what);
            f.evidence.push_back(ctx.evidence(a_source, qa.span));
            f.evidence.push_back(ctx.evidence(b_source, qb.span, "differs-from"));
            // The other articles giving the second wording.
            std::vector<std::pair<std::size_t, Span>> spans;
            for (std::size_t c : b.copies)
                spans.emplace_back(copies[c].first, corpus.extractions[copies[c].first].quotes[copies[c].second].span);
            if (auto note = add_also_in(ctx, f, spans); !note.empty()) f.message += " (that wording is " + note + ")";
            reported[pair.second] = true;
            out.push_back(std::move(f));
        }
    }
};

}  // namespace

std::unique_ptr<Check> make_quote_wording_drift() { return std::make_unique<QuoteWordingDrift>(); }

}  // namespace crosscheck
