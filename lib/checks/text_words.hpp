// Words of a paragraph for the text.* rules: maximal runs of letters and digits (apostrophes inside a word kept,
// "don't", "Putin’s"), as byte spans. What a rule asks about a word (a digit in it, only ASCII letters and digits,
// only white space before it) is worked out when asked: the rules ask it of few of the words they visit.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "model/source.hpp"

namespace crosscheck::text_words {

// ICU's classes, with ASCII answered without a call: nearly every character of English copy is ASCII.
inline bool is_alnum(UChar32 c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return u_isalnum(c);
}
inline bool is_digit(UChar32 c) { return c < 0x80 ? c >= '0' && c <= '9' : static_cast<bool>(u_isdigit(c)); }
inline bool is_space(UChar32 c) {
    return c >= 0 && (c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : static_cast<bool>(u_isUWhiteSpace(c)));
}

// Whether text[span] is all ASCII, eight bytes at a time.
inline bool all_ascii(std::string_view text, Span span) {
    const char* p = text.data() + span.begin;
    const char* e = text.data() + span.end;
    std::uint64_t any = 0;
    for (; e - p >= 8; p += 8) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        any |= x;
    }
    for (; p < e; ++p) any |= static_cast<unsigned char>(*p);
    return !(any & 0x8080808080808080ull);
}

namespace detail {

// One code point at `at` of s (up to `end`), advancing `at`: ASCII bytes (nearly all of English copy) without the
// decoder. Negative for an invalid sequence.
inline UChar32 next_code_point(const char* s, int32_t& at, int32_t end) {
    auto b = static_cast<unsigned char>(s[at]);
    if (b < 0x80) {
        ++at;
        return static_cast<UChar32>(b);
    }
    UChar32 c;
    U8_NEXT(s, at, end, c);
    return c;
}

// Whether every code point of text[span] passes `test`.
template <class Test>
bool all_code_points(std::string_view text, Span span, Test test) {
    auto end = static_cast<int32_t>(span.end);
    for (auto i = static_cast<int32_t>(span.begin); i < end;)
        if (!test(next_code_point(text.data(), i, end))) return false;
    return true;
}

// The words of any text, code point by code point with ICU's classes past ASCII: f(span) for each.
template <class F>
void any_words(std::string_view text, Span paragraph, F&& f) {
    const char* s = text.data();
    auto end = static_cast<int32_t>(paragraph.end);
    int32_t i = static_cast<int32_t>(paragraph.begin);
    while (i < end) {
        int32_t start = i;
        UChar32 c = next_code_point(s, i, end);
        if (!(c >= 0 && is_alnum(c))) continue;
        int32_t word_end = i;
        while (i < end) {
            // The rest of an ASCII word, byte by byte: the common case.
            if (auto b = static_cast<unsigned char>(s[i]); b < 0x80 && is_alnum(b)) {
                word_end = ++i;
                continue;
            }
            int32_t at = i;
            UChar32 d = next_code_point(s, i, end);
            if (d >= 0 && is_alnum(d)) {
                word_end = i;
                continue;
            }
            // An apostrophe between letters stays in the word.
            if ((d == '\'' || d == 0x2019) && i < end) {
                int32_t j = i;
                UChar32 e = next_code_point(s, j, end);
                if (e >= 0 && u_isalpha(e)) continue;
            }
            i = at;
            break;
        }
        i = word_end;
        f(Span{static_cast<std::size_t>(start), static_cast<std::size_t>(word_end)});
    }
}

// Classes of up to 64 bytes of ASCII text as bit masks (bit k: byte k): letters and digits, digits, apostrophes.
// Bytes from n on count as none.
struct Block {
    std::uint64_t alnum = 0, digit = 0, quote = 0;
};

// The n (at most 64) bytes from p; bytes up to `limit` may be read past them (a paragraph's last bytes are read
// sixteen at a time where the text goes on, through a copy where it ends).
inline Block classify(const unsigned char* p, std::size_t n, const unsigned char* limit) {
    Block b;
#ifdef __SSE2__
    for (std::size_t k = 0; k < n; k += 16) {
        __m128i v;
        if (limit - (p + k) >= 16) {
            v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
        } else {
            alignas(16) unsigned char tail[16] = {};
            std::memcpy(tail, p + k, static_cast<std::size_t>(limit - (p + k)));
            v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
        }
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v));
        const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // 'A'-'Z' -> 'a'-'z'; no other byte lands there
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                             _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), folded));
        auto bits = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(m))); };
        b.alnum |= bits(_mm_or_si128(digit, letter)) << k;
        b.digit |= bits(digit) << k;
        b.quote |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('\''))) << k;
    }
    const std::uint64_t valid = n == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
    b.alnum &= valid;
    b.digit &= valid;
    b.quote &= valid;
#else
    (void)limit;
    for (std::size_t k = 0; k < n; ++k) {
        const unsigned char c = p[k];
        const std::uint64_t bit = std::uint64_t(1) << k;
        const bool digit = c >= '0' && c <= '9';
        const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (digit) b.digit |= bit;
        if (digit || letter) b.alnum |= bit;
        if (c == '\'') b.quote |= bit;
    }
#endif
    return b;
}

// any_words() on ASCII text, with the same words, 64 bytes at a time: a word is a run of bytes that are letters or
// digits, or apostrophes between one of those and a letter. Its starts and ends are the rising and falling edges of
// the block's in-word bits, so a word costs two bit scans.
template <class F>
void ascii_words(std::string_view text, Span paragraph, F&& f) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const auto* limit = s + text.size();
    bool open = false;  // a word runs into this block
    std::size_t begin = 0;
    bool previous_alnum = false;    // the last byte of the previous block is a letter or digit
    bool previous_in_word = false;  // ... is in a word
    Block next = paragraph.begin < paragraph.end
                     ? classify(s + paragraph.begin, std::min<std::size_t>(64, paragraph.end - paragraph.begin), limit)
                     : Block{};
    for (std::size_t base = paragraph.begin; base < paragraph.end; base += 64) {
        const std::size_t n = std::min<std::size_t>(64, paragraph.end - base);
        const Block b = next;
        next = base + 64 < paragraph.end
                   ? classify(s + base + 64, std::min<std::size_t>(64, paragraph.end - base - 64), limit)
                   : Block{};
        const std::uint64_t valid = n == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
        const std::uint64_t letter = b.alnum & ~b.digit;
        const std::uint64_t next_letter = (next.alnum & ~next.digit) & 1;
        // Apostrophes inside a word: after a letter or digit, before a letter.
        const std::uint64_t joined = b.quote & ((b.alnum << 1) | std::uint64_t(previous_alnum)) &
                                     ((letter >> 1) | (next_letter << 63));
        const std::uint64_t in_word = b.alnum | joined;
        const std::uint64_t before = (in_word << 1) | std::uint64_t(previous_in_word);
        std::uint64_t starts = in_word & ~before;
        std::uint64_t ends = ~in_word & valid & before;  // one past each word's last byte
        previous_alnum = (b.alnum >> 63) & 1;
        previous_in_word = (in_word >> 63) & 1;
        if (open) {
            if (!ends) continue;  // the word runs through the block
            f(Span{begin, base + static_cast<std::size_t>(__builtin_ctzll(ends))});
            ends &= ends - 1;
            open = false;
        }
        for (; starts; starts &= starts - 1) {
            begin = base + static_cast<std::size_t>(__builtin_ctzll(starts));
            if (!ends) {  // the word runs past the block
                open = true;
                break;
            }
            f(Span{begin, base + static_cast<std::size_t>(__builtin_ctzll(ends))});
            ends &= ends - 1;
        }
    }
    if (open) f(Span{begin, paragraph.end});
}

}  // namespace detail

// f(span) for each word of text[paragraph], in order; `ascii`: all_ascii(text, paragraph).
template <class F>
void for_each_word(std::string_view text, Span paragraph, bool ascii, F&& f) {
    if (ascii) detail::ascii_words(text, paragraph, f);
    else detail::any_words(text, paragraph, f);
}
template <class F>
void for_each_word(std::string_view text, Span paragraph, F&& f) {
    for_each_word(text, paragraph, all_ascii(text, paragraph), f);
}

// The words of text[paragraph] into `out` (cleared first).
inline void words(std::string_view text, Span paragraph, std::vector<Span>& out) {
    out.clear();
    for_each_word(text, paragraph, [&](Span w) { out.push_back(w); });
}

// Whether a word (a span for_each_word gave) has a digit.
inline bool has_digit(std::string_view text, Span word) {
    return !detail::all_code_points(text, word, [](UChar32 c) { return !is_digit(c); });
}

// Whether a word is ASCII letters and digits only: no apostrophe, nothing past ASCII.
inline bool plain_ascii(std::string_view text, Span word) {
    for (std::size_t i = word.begin; i < word.end; ++i)
        if (static_cast<unsigned char>(text[i]) >= 0x80 || text[i] == '\'') return false;
    return true;
}

// Whether only white space separates two words: `gap` runs from one's end to the next one's start.
inline bool space_only(std::string_view text, Span gap) {
    return !gap.empty() && detail::all_code_points(text, gap, is_space);
}

}  // namespace crosscheck::text_words
