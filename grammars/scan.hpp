// Shared by the grammars: the iterator type every grammar is instantiated for, and the scan loop that tries a
// grammar at each word start of a text (free text is not a language: most positions match nothing).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string>
#include <string_view>

#include "util/word_map.hpp"

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

// The words a grammar can start with, to skip the word starts where it cannot match: most words of free text
// start nothing, and a set lookup costs far less than trying every alternative of a grammar. Words are kept
// lower-case and cut at the first byte that is not an ASCII letter ("Sept." -> "sept", "earlier this" ->
// "earlier"); a text word is looked up the same way, so a capitalised sentence start finds its lower-case entry.
class StartSet {
public:
    bool digits = false;      // a digit can start a match
    bool capitals = false;    // any capital (ASCII, or a Latin-1 / Latin Extended-A lead byte) can start a match
    bool non_ascii = false;   // any other non-ASCII letter can start a match
    bool hyphenated = false;  // any word with a hyphen after its first letters can ("co-founder", "al-Assad")

    void add(std::string_view word) {
        std::size_t n = 0;
        while (n < word.size() && ((word[n] >= 'a' && word[n] <= 'z') || (word[n] >= 'A' && word[n] <= 'Z'))) ++n;
        if (n > 0) words_[word.substr(0, n)] = true;
    }

    bool may_start(iterator_type it, iterator_type end) const {
        auto c = static_cast<unsigned char>(*it);
        if (c >= '0' && c <= '9') return digits;
        if (c >= 0x80) return capitals && c >= 0xC3 && c <= 0xC5 ? true : non_ascii;
        if (capitals && c >= 'A' && c <= 'Z') return true;
        iterator_type w = it;
        while (it < end && ((*it >= 'a' && *it <= 'z') || (*it >= 'A' && *it <= 'Z'))) ++it;
        if (hyphenated && it > w && it < end && *it == '-') return true;
        return words_.find(std::string_view(w, static_cast<std::size_t>(it - w))) != nullptr;
    }

private:
    WordMap<bool> words_;
};

// Calls on_match(attr, first, last) for each leftmost-longest match of `parser` starting at a word start of
// [begin, end), resuming after the match. Attr must be default-constructible. With `starts`, only the word starts
// it admits are tried.
template <class Attr, class Parser, class OnMatch>
void scan(iterator_type begin, iterator_type end, Parser const& parser, OnMatch&& on_match,
          StartSet const* starts = nullptr) {
    iterator_type it = begin;
    while (it < end) {
        bool word_start = is_word_byte(*it) && !preceded_by_word(begin, it) && (!starts || starts->may_start(it, end));
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
