// Shared by the grammars: the iterator type every grammar is instantiated for, and the scan loop that tries a
// grammar at each word start of a text (free text is not a language: most positions match nothing).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string_view>

namespace crosscheck::grammars {

namespace x3 = boost::spirit::x3;

// Grammars parse the source text in place, so iterators are pointers into Source::text and a match maps back
// to byte offsets by subtraction.
using iterator_type = char const*;

inline bool is_word_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// Is the code point before `it` part of a word? Bytes >= 0x80 are word bytes (letters of other scripts), except
// the spaces and punctuation news copy is full of: no-break space and Latin-1 punctuation (U+0080-U+00BF), general
// punctuation (U+2000-U+207F: curly quotes, dashes, thin spaces), CJK punctuation (U+3000-U+303F). Without this,
// "\u201cOn May 25" or "Syria\u00a0in 2017" would never offer the word after the mark to a grammar.
inline bool preceded_by_word(iterator_type begin, iterator_type it) {
    if (it == begin) return false;
    iterator_type p = it - 1;
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) return is_word_byte(*p);
    while (p > begin && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
    auto lead = static_cast<unsigned char>(*p);
    auto second = it - p >= 2 ? static_cast<unsigned char>(p[1]) : 0;
    if (lead == 0xC2 && it - p == 2) return false;
    if (lead == 0xE2 && it - p == 3 && (second == 0x80 || second == 0x81)) return false;
    if (lead == 0xE3 && it - p == 3 && second == 0x80) return false;
    return true;
}

// Calls on_match(attr, first, last) for each leftmost-longest match of `parser` starting at a word start of
// [begin, end), resuming after the match. Attr must be default-constructible.
template <class Attr, class Parser, class OnMatch>
void scan(iterator_type begin, iterator_type end, Parser const& parser, OnMatch&& on_match) {
    iterator_type it = begin;
    while (it < end) {
        bool word_start = is_word_byte(*it) && !preceded_by_word(begin, it);
        if (word_start) {
            Attr attr{};
            iterator_type first = it;
            if (x3::parse(first, end, parser, attr) && first > it) {
                on_match(attr, it, first);
                it = first;
                continue;
            }
        }
        ++it;
    }
}

}  // namespace crosscheck::grammars
