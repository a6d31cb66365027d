// Spelling variants between English varieties (Defense / Defence), for text.spelling-variant.
#pragma once

#include <string>
#include <string_view>

namespace crosscheck {

class SpellingVariants {
public:
    static SpellingVariants load_embedded();
    // The other variety's spelling of `word` ("Defence" -> "Defense"), or "" if none is known.
    std::string variant_of(std::string_view word) const;
};

}  // namespace crosscheck
