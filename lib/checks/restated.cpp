#include "checks/restated.hpp"
#include "util/ascii.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <chrono>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>

#include <fmt/format.h>

#include "model/span_index.hpp"
#include "scoring/alignment.hpp"
#include "util/capitalised_words.hpp"

namespace crosscheck {

namespace {

constexpr double kSameSentence = 0.8;  // cosine of the two sentences, values masked
constexpr int kMaxDaysApart = 7;       // a template sentence recurs in next week's report
constexpr double kSameStory = 0.5;     // cosine of the two articles' whole texts
constexpr double kSameStoryNoNames = 0.8;  // the same when the sentence names no one
constexpr double kSameFigures = 0.8;   // share of the articles' numbers both give

// The digit runs of text[range] outside the `skip` spans, in order.
std::vector<std::string> numbers_in(const std::string& text, Span range, const SpanIndex& skip) {
    std::vector<std::string> out;
    for (std::size_t i = range.begin; i < range.end;) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < range.end && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
        if (!skip.overlaps({i, j})) out.emplace_back(text.substr(i, j - i));
        i = j;
    }
    return out;
}

// The share of the larger of two sorted lists that both hold (1 when both are empty).
double shared_share(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() && b.empty()) return 1;
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    return static_cast<double>(common.size()) / static_cast<double>(std::max(a.size(), b.size()));
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> restated_values(const Corpus& corpus,
                                                                 const std::vector<StatedValue>& values,
                                                                 std::string_view rule,
                                                                 const std::vector<Finding>& earlier) {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> per_sentence;  // (source, sentence start) -> values
    for (const auto& v : values) ++per_sentence[{v.source, v.sentence.begin}];
    std::vector<std::size_t> kept;  // the values that take part, in order
    std::vector<TextItem> items;
    items.reserve(values.size());
    for (std::size_t k = 0; k < values.size(); ++k) {
        const StatedValue& v = values[k];
        if (per_sentence[{v.source, v.sentence.begin}] != 1 || !v.sentence.contains(v.value)) continue;
        const Source& src = corpus.sources[v.source];
        kept.push_back(k);
        items.push_back(TextItem{v.source, v.sentence,
                                 std::string(src.slice({v.sentence.begin, v.value.begin})) + " " +
                                     std::string(src.slice({v.value.end, v.sentence.end}))});
    }
    std::set<std::pair<std::size_t, std::size_t>> reported_at;  // (source, offset) of earlier findings of the rule
    for (const auto& f : earlier)
        if (f.rule == rule && !f.evidence.empty()) reported_at.insert({f.evidence[0].source, f.evidence[0].span.begin});
    // What an article states in figures: its numbers outside its dates and this value, sorted.
    auto article_numbers = [&](const StatedValue& v) {
        std::vector<Span> skip{v.value};
        for (const auto& d : corpus.extractions[v.source].dates) skip.push_back(d.span);
        const Source& src = corpus.sources[v.source];
        auto out = numbers_in(src.text, {0, src.text.size()}, SpanIndex(std::move(skip)));
        std::sort(out.begin(), out.end());
        return out;
    };
    AlignOptions options;
    options.threshold = kSameSentence;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::set<std::pair<std::string, std::string>> reported;  // (sentence as first met, key)
    std::map<std::pair<std::size_t, std::size_t>, double> story_similarity;  // (source, source) -> cosine
    TextVectors stories;                          // whole texts of the sources met, each read once
    std::map<std::size_t, std::size_t> story_of;  // source -> its index in `stories`
    auto story = [&](std::size_t source) {
        auto [it, fresh] = story_of.try_emplace(source, 0);
        if (fresh) it->second = stories.add(corpus.sources[source].text);
        return it->second;
    };
    for (const auto& pair : align(items, options)) {
        const StatedValue& a = values[kept[pair.a]];
        const StatedValue& b = values[kept[pair.b]];
        if (a.key == b.key) continue;
        const Source& sa = corpus.sources[a.source];
        const Source& sb = corpus.sources[b.source];
        if (sa.published && sb.published &&
            std::abs((std::chrono::sys_days{*sa.published} - std::chrono::sys_days{*sb.published}).count()) > kMaxDaysApart)
            continue;
        // A sentence repeated with another day ("14 ships ... on Thursday" / "19 ships ... on Friday") is the next
        // report, not the same count. The dates as written: one weekday read from two publication days may resolve
        // to two values, though the sentences say the same.
        auto dates_of = [&](const StatedValue& v) {
            std::set<std::string> out;
            for (const auto& d : corpus.extractions[v.source].dates)
                if (v.sentence.contains(d.span) && !d.span.overlaps(v.value)) out.insert(ascii_lower(d.text));
            return out;
        };
        if (auto da = dates_of(a), db = dates_of(b); !da.empty() && !db.empty() && da != db) continue;
        // The sentences' other figures ("12 auctions", "250 mln") must be the same.
        if (numbers_in(sa.text, a.sentence, SpanIndex({a.value})) != numbers_in(sb.text, b.sentence, SpanIndex({b.value})))
            continue;
        // Whom the sentence is about must be named in both; a sentence naming no one ("the union said 4,200
        // workers had joined") needs articles alike throughout instead.
        auto names_a = capitalised_words(sa, a.sentence, a.value);
        auto names_b = capitalised_words(sb, b.sentence, b.value);
        bool shared = std::any_of(names_a.begin(), names_a.end(), [&](const std::string& n) { return names_b.contains(n); });
        if (!shared && !(names_a.empty() && names_b.empty())) continue;
        // Articles of one story restate many sentences: compare each pair of articles once.
        auto [memo, fresh] = story_similarity.try_emplace({a.source, b.source}, 0.0);
        if (fresh) memo->second = stories.similarity(story(a.source), story(b.source));
        const double threshold = shared ? kSameStory : kSameStoryNoNames;
        double similarity = memo->second;
        // Summed in another order than text_similarity(), the cosine may differ in its last bits: at the threshold
        // the exact one decides.
        if (std::abs(similarity - threshold) < 1e-9) similarity = text_similarity(sa.text, sb.text);
        if (similarity < threshold) continue;
        if (shared_share(article_numbers(a), article_numbers(b)) < kSameFigures) continue;
        if (!reported.insert({items[pair.a].text, b.key}).second) continue;
        if (reported_at.contains({b.source, b.value.begin})) continue;
        out.emplace_back(kept[pair.a], kept[pair.b]);
    }
    return out;
}

Finding restated_finding(const CheckContext& ctx, std::string_view rule, Severity severity, const StatedValue& a,
                         const StatedValue& b) {
    Finding f;
    f.rule = std::string(rule);
    f.severity = severity;
    f.confidence = 0.6;
    f.message = fmt::format("{} here, but {} where {} has the same sentence", ctx.corpus.sources[b.source].slice(b.value),
                            ctx.corpus.sources[a.source].slice(a.value), ctx.corpus.sources[a.source].id);
    f.evidence.push_back(ctx.evidence(b.source, b.value));
    f.evidence.push_back(ctx.evidence(a.source, a.value, "conflicts-with"));
    return f;
}

}  // namespace crosscheck
