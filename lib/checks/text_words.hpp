// Words of a paragraph for the text.* rules: maximal runs of letters and digits (apostrophes inside a word kept,
// "don't", "Putin’s"), each with its byte span and whether only whitespace separates it from the word before.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

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

inline std::vector<Word> words(std::string_view text, Span paragraph) {
    std::vector<Word> out;
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
    out.reserve(paragraph.size() / 6);  // English words average about six bytes with their space
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
    return out;
}

}  // namespace crosscheck::text_words
