// Spelling variants between English varieties (Defense / Defence), for text.spelling-variant.
// The table is generated at build time from Debian's wamerican and wbritish lists (data/gen_spelling.cpp).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/word_map.hpp"

namespace crosscheck {

struct SpellingPair {
    std::string american;  // "defense"
    std::string british;   // "defence"
};

class SpellingVariants {
public:
    static SpellingVariants load_embedded();
    // From "american british" lines (the embedded table's format); for tests.
    static SpellingVariants from_pairs(std::string_view lines);

    // The other variety's spelling of `word` ("Defence" -> "defense"; lower case), or "" if none is known.
    std::string variant_of(std::string_view word) const;
    // The pair `word` (any case) belongs to, if any.
    const SpellingPair* pair_of(std::string_view word) const;
    std::size_t size() const { return table_ ? table_->pairs.size() : 0; }
    // Every pair, in table order (for a caller that builds its own filter on them).
    std::span<const SpellingPair> pairs() const {
        return table_ ? std::span<const SpellingPair>(table_->pairs) : std::span<const SpellingPair>();
    }

private:
    struct Table {
        std::vector<SpellingPair> pairs;
        WordMap<std::size_t> index;  // either spelling -> pairs index (asked about every word of every text)
    };
    std::shared_ptr<const Table> table_;  // immutable, so Knowledge copies share it
};

}  // namespace crosscheck
