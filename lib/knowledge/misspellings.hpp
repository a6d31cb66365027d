// Common misspellings of English words and their corrections ("recieve" -> "receive"), for text.misspelling.
// The table is generated at build time from codespell's dictionary, without any word Debian's wamerican or
// wbritish lists hold (data/gen_misspellings.cpp).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace crosscheck {

class Misspellings {
public:
    static Misspellings load_embedded();
    // From "misspelling\tcorrection" lines (the embedded table's format, in any order); for tests.
    static Misspellings from_lines(std::string_view lines);

    // The correction of `word` (ASCII case ignored), or "" when it is no known misspelling. A bisection over the
    // sorted table, nothing built at load: the rule asks only of words no word list holds, which are few.
    std::string_view correction(std::string_view word) const;
    bool empty() const { return table_.empty(); }

private:
    std::string_view table_;                    // sorted "misspelling\tcorrection\n" lines
    std::shared_ptr<const std::string> owned_;  // from_lines' sorted copy (the embedded table is static)
};

}  // namespace crosscheck
