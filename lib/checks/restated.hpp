// One statement restated in another article of the same story with one value changed ("12 bond auctions starting
// on March 9" / "... on March 16"): copy handed from one article to another is where one fact is likeliest to be
// given two values. Shared by the rules on values (date.conflict, number.conflict).
#pragma once

#include <string>
#include <vector>

#include "checks/check.hpp"
#include "model/corpus.hpp"

namespace crosscheck {

// A value a sentence states: where the sentence and the value are, and the value as a comparable key.
struct StatedValue {
    std::size_t source = 0;
    Span sentence;
    Span value;
    std::string key;
};

// Pairs (a, b) of values (indices into `values`) whose sentences are near-identical once the value is masked
// (TF-IDF cosine >= 0.8, blocked on rare terms: near-linear), in articles published within a week of each other,
// whose sentences name a common capitalised word (or none at all), whose whole texts are alike (cosine >= 0.5;
// 0.8 when the sentences name no one) and give the same figures (80% of their numbers outside dates and the two
// values), and whose keys differ: a daily report or a notice cut from one template repeats its words with new
// figures and is not one fact. Only sentences stating one of the values take part (with several, which one
// differs is unclear). b is in the later source (a < b); one pair per sentence and key; none where b is already
// the primary evidence of an `earlier` finding of `rule`.
std::vector<std::pair<std::size_t, std::size_t>> restated_values(const Corpus& corpus,
                                                                 const std::vector<StatedValue>& values,
                                                                 std::string_view rule,
                                                                 const std::vector<Finding>& earlier);

// The finding for a restated pair, pointing at b (the later article): "March 16 here, but March 9 where <article>
// has the same sentence".
Finding restated_finding(const CheckContext& ctx, std::string_view rule, Severity severity, const StatedValue& a,
                         const StatedValue& b);

}  // namespace crosscheck
