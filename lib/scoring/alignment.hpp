// Alignment across sources: pairs the same quote or claim as different sources word it (sparse TF-IDF cosine
// over normalised tokens), and a word-level diff of two matched texts. Candidate pairs come from blocking on
// rare terms, never from all pairs, so the cost grows near-linearly with the number of items.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/source.hpp"

namespace crosscheck {

struct TextItem {
    std::size_t source = 0;  // index into Corpus::sources (pairs join items of different sources by default)
    Span span;               // where the text is, for the caller; alignment only reads `text`
    std::string text;
};

struct AlignedPair {
    std::size_t a = 0, b = 0;  // indices into the items, a < b
    double similarity = 0;     // cosine of the TF-IDF vectors, 0..1
};

struct AlignOptions {
    double threshold = 0.45;      // keep pairs with similarity >= threshold (seeds: same ~0.57+, other <0.36)
    bool within_source = false;   // also pair items of the same source
    std::size_t block_terms = 4;  // each item is blocked on its k rarest terms (document frequency >= 2)
    std::size_t block_cap = 64;   // a term shared by more items: those that chose it meet sorted neighbours only
    std::size_t window = 8;       // neighbours compared in an over-full block (sorted by MinHash)
};

// Pairs with similarity >= threshold, most similar first (ties by a, then b).
std::vector<AlignedPair> align(const std::vector<TextItem>& items, const AlignOptions& options = {});

// Cosine similarity of two texts on their own (every term weighted alike); the same features as align().
double text_similarity(std::string_view a, std::string_view b);

// Whole texts as feature vectors, for comparing many pairs of them: each text's features are read once, not
// once per pair. similarity() is text_similarity() but for rounding (its terms are summed in another order, so the
// two may differ in the last bits: a caller comparing with a threshold asks text_similarity() when that close).
class TextVectors {
public:
    std::size_t add(std::string_view text);  // the text's index
    double similarity(std::size_t a, std::size_t b) const;

private:
    std::unordered_map<std::string, std::uint32_t> ids_;               // feature -> id
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows_;  // per text: (id, sqrt(weight)), by id
    std::vector<double> norm2_;                                        // per text: sum of squared tf
};

// Normalised words of a text as alignment sees them before stemming and stop words: case-folded, curly and
// straight quotes unified, "U.S." -> "us", "1,000" -> "1000", number words and ordinals as digits, month names as
// one key ("Feb." and "February" -> "#m02"), possessive 's dropped, hyphens split.
std::vector<std::string> normalized_words(std::string_view text);

// One run of a word-level diff: words both texts share, or words only the first (removed) or second (added) has.
struct WordDiff {
    enum class Op { same, removed, added };
    Op op = Op::same;
    std::vector<std::string> words;  // as written in the text they come from
};

// Word-level diff (longest common subsequence over normalised words; "airstrikes" matches "air strikes", quote
// mark styles and case do not count as differences). Runs in text order; a changed stretch gives removed then
// added.
std::vector<WordDiff> diff_words(std::string_view a, std::string_view b);

}  // namespace crosscheck
