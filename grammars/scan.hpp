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

// Calls on_match(attr, first, last) for each leftmost-longest match of `parser` starting at a word start of
// [begin, end), resuming after the match. Attr must be default-constructible.
template <class Attr, class Parser, class OnMatch>
void scan(iterator_type begin, iterator_type end, Parser const& parser, OnMatch&& on_match) {
    iterator_type it = begin;
    while (it < end) {
        bool word_start = (it == begin || !is_word_byte(it[-1])) && is_word_byte(*it);
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
