// Common misspellings of English words and their corrections ("recieve" -> "receive"), for text.misspelling.
// The table is generated at build time from codespell's dictionary, without any word Debian's wamerican or
// wbritish lists hold (data/gen_misspellings.cpp).
#pragma once

#include <memory>
#include <string_view>

#include "util/word_map.hpp"

namespace crosscheck {

class Misspellings {
public:
    static Misspellings load_embedded();
    // From "misspelling\tcorrection" lines (the embedded table's format); for tests.
    static Misspellings from_lines(std::string_view lines);

    // The correction of `word` (ASCII case ignored), or "" when it is no known misspelling.
    std::string_view correction(std::string_view word) const;
    std::size_t size() const { return table_ ? table_->size : 0; }

private:
    struct Table {
        WordMap<std::string_view> fixes;  // views into the table's text, which outlives it (static storage)
        std::string owned;                // from_lines' copy of its text, when not static
        std::size_t size = 0;
    };
    std::shared_ptr<const Table> table_;  // immutable, so Knowledge copies share it
};

}  // namespace crosscheck
