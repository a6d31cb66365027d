// Words of a paragraph for the text.* rules: maximal runs of letters and digits (apostrophes inside a word kept,
// "don't", "Putin’s"), each with its byte span and whether only whitespace separates it from the word before.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "model/source.hpp"

namespace crosscheck::text_words {

struct Word {
    Span span;
    bool has_digit = false;
    bool ascii = true;
    bool after_space_only = false;  // the gap from the previous word is whitespace only (and not empty)
};

// ICU's classes, with ASCII answered without a call: nearly every character of English copy is ASCII.
inline bool is_alnum(UChar32 c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return u_isalnum(c);
}
inline bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : static_cast<bool>(u_isdigit(c)); }

namespace detail {

// words() on any text: ICU's classes past ASCII.
inline void any_words(std::string_view text, Span paragraph, std::vector<Word>& out) {
    const char* s = text.data();
    auto end = static_cast<int32_t>(paragraph.end);
    int32_t i = static_cast<int32_t>(paragraph.begin);
    bool gap_space_only = false;  // since the last word
    // One code point at `at`, advancing it: ASCII bytes (nearly all of English copy) without the decoder.
    auto next = [&](int32_t& at) {
        auto b = static_cast<unsigned char>(s[at]);
        if (b < 0x80) {
            ++at;
            return static_cast<UChar32>(b);
        }
        UChar32 c;
        U8_NEXT(s, at, end, c);
        return c;
    };
    while (i < end) {
        int32_t start = i;
        UChar32 c = next(i);
        if (c >= 0 && is_alnum(c)) {
            Word w;
            w.span.begin = static_cast<std::size_t>(start);
            w.after_space_only = !out.empty() && gap_space_only;
            int32_t word_end = i;
            w.has_digit = is_digit(c);
            w.ascii = c < 0x80;
            while (i < end) {
                // The rest of an ASCII word, byte by byte: the common case.
                if (auto b = static_cast<unsigned char>(s[i]); b < 0x80 && is_alnum(b)) {
                    w.has_digit |= b <= '9';
                    word_end = ++i;
                    continue;
                }
                int32_t at = i;
                UChar32 d = next(i);
                if (d >= 0 && is_alnum(d)) {
                    w.has_digit |= is_digit(d);
                    w.ascii &= d < 0x80;
                    word_end = i;
                    continue;
                }
                // An apostrophe between letters stays in the word.
                if ((d == '\'' || d == 0x2019) && i < end) {
                    int32_t j = i;
                    UChar32 e = next(j);
                    if (e >= 0 && u_isalpha(e)) {
                        w.ascii = false;
                        continue;
                    }
                }
                i = at;
                break;
            }
            w.span.end = static_cast<std::size_t>(word_end);
            i = word_end;
            out.push_back(w);
            gap_space_only = true;
            continue;
        }
        if (!(c >= 0 && (c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isUWhiteSpace(c)))) gap_space_only = false;
    }
}

// Whether text[span] is all ASCII, eight bytes at a time.
inline bool all_ascii(std::string_view text, Span span) {
    const char* p = text.data() + span.begin;
    const char* e = text.data() + span.end;
    for (; e - p >= 8; p += 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        if (x & 0x8080808080808080ull) return false;
    }
    for (; p < e; ++p)
        if (static_cast<unsigned char>(*p) >= 0x80) return false;
    return true;
}

// any_words() on ASCII text, with the same results: a table tells letters and digits (1) and white space (2)
// from the rest (0).
inline void ascii_words(std::string_view text, Span paragraph, std::vector<Word>& out) {
    static constexpr auto kind = [] {
        std::array<std::uint8_t, 256> t{};
        for (int c = '0'; c <= '9'; ++c) t[c] = 1;
        for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = 1;
        for (int c : {' ', '\t', '\n', '\v', '\f', '\r'}) t[c] = 2;
        return t;
    }();
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t end = paragraph.end;
    std::size_t i = paragraph.begin;
    bool gap_space_only = false;  // since the last word
    while (i < end) {
        const unsigned char b = s[i];
        if (kind[b] != 1) {
            if (kind[b] == 0) gap_space_only = false;
            ++i;
            continue;
        }
        Word w;
        w.span.begin = i;
        w.after_space_only = !out.empty() && gap_space_only;
        bool digit = false, plain = true;  // kept in registers, not in w, inside the loop
        for (;;) {
            for (unsigned char c; i < end && kind[c = s[i]] == 1; ++i) digit |= c <= '9';
            // An apostrophe between letters stays in the word (and makes it no plain ASCII word).
            if (i + 1 < end && s[i] == '\'' && kind[s[i + 1]] == 1 && s[i + 1] > '9') {
                plain = false;
                ++i;
                continue;
            }
            break;
        }
        w.has_digit = digit;
        w.ascii = plain;
        w.span.end = i;
        out.push_back(w);
        gap_space_only = true;
    }
}

}  // namespace detail

// The words of text[paragraph] into `out` (cleared first; its capacity is kept across paragraphs).
inline void words(std::string_view text, Span paragraph, std::vector<Word>& out) {
    out.clear();
    out.reserve(paragraph.size() / 6);  // English words average about six bytes with their space
    if (detail::all_ascii(text, paragraph)) detail::ascii_words(text, paragraph, out);
    else detail::any_words(text, paragraph, out);
}

inline std::vector<Word> words(std::string_view text, Span paragraph) {
    std::vector<Word> out;
    words(text, paragraph, out);
    return out;
}

}  // namespace crosscheck::text_words
