// The capitalised words of a sentence, lower-cased: the names a statement is about, whatever the extractors made
// of them (their entity spans vary with phrasing; capitalised words do not). The number rule and the truth
// discovery over counts both key statements on them.
#pragma once

#include <cctype>
#include <set>
#include <string>

#include "model/source.hpp"
#include "util/ascii.hpp"

namespace crosscheck {

// Words of two or more ASCII letters starting with a capital, but the sentence's first word (any sentence starts
// with one) and any word overlapping `skip`.
inline std::set<std::string> capitalised_words(const Source& src, Span sentence, Span skip = {}) {
    std::set<std::string> out;
    bool first = true;
    for (std::size_t i = sentence.begin; i < sentence.end;) {
        auto c = static_cast<unsigned char>(src.text[i]);
        if (!std::isalpha(c)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < sentence.end && std::isalpha(static_cast<unsigned char>(src.text[j]))) ++j;
        if (!first && std::isupper(c) && j - i > 1 && !Span{i, j}.overlaps(skip)) out.insert(ascii_lower(src.slice({i, j})));
        first = false;
        i = j;
    }
    return out;
}

}  // namespace crosscheck
