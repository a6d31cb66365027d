// Words of a paragraph for the text.* rules: maximal runs of letters and digits (apostrophes inside a word kept,
// "don't", "Putin’s"), each with its byte span and whether only whitespace separates it from the word before.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
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

// Classes of 64 bytes of ASCII text as bit masks (bit k: byte k): letters and digits, digits, white space and
// apostrophes. Bytes from n on count as none.
struct Block {
    std::uint64_t alnum = 0, digit = 0, space = 0, quote = 0;
};

inline Block classify(const unsigned char* p, std::size_t n) {
    Block b;
    std::size_t k = 0;
#ifdef __SSE2__
    // Sixteen bytes at a time (ASCII only, so signed compares are compares).
    for (; k + 16 <= n; k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v));
        const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // 'A'-'Z' -> 'a'-'z'; no other byte lands there
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                             _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), folded));
        const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                           _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
                                                         _mm_cmpgt_epi8(_mm_set1_epi8('\r' + 1), v)));
        auto bits = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(m))); };
        b.alnum |= bits(_mm_or_si128(digit, letter)) << k;
        b.digit |= bits(digit) << k;
        b.space |= bits(space) << k;
        b.quote |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('\''))) << k;
    }
#endif
    for (; k < n; ++k) {
        const unsigned char c = p[k];
        const std::uint64_t bit = std::uint64_t(1) << k;
        const bool digit = c >= '0' && c <= '9';
        const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (digit) b.digit |= bit;
        if (digit || letter) b.alnum |= bit;
        if (c == ' ' || (c >= '\t' && c <= '\r')) b.space |= bit;
        if (c == '\'') b.quote |= bit;
    }
    return b;
}

// any_words() on ASCII text, with the same results, 64 bytes at a time: a word is a run of bytes that are
// letters or digits, or apostrophes between one of those and a letter.
inline void ascii_words(std::string_view text, Span paragraph, std::vector<Word>& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    auto from = [](std::size_t k) { return k >= 64 ? std::uint64_t(0) : ~std::uint64_t(0) << k; };  // bits k..63
    bool open = false;             // a word runs into this block
    bool gap_space_only = false;   // since the last word ended
    bool digit = false, plain = true;
    Word w;
    bool previous_alnum = false;   // the last byte of the previous block is a letter or digit
    bool previous_in_word = false;  // ... is in a word
    Block next = paragraph.begin < paragraph.end
                     ? classify(s + paragraph.begin, std::min<std::size_t>(64, paragraph.end - paragraph.begin))
                     : Block{};
    for (std::size_t base = paragraph.begin; base < paragraph.end; base += 64) {
        const std::size_t n = std::min<std::size_t>(64, paragraph.end - base);
        const Block b = next;
        next = base + 64 < paragraph.end ? classify(s + base + 64, std::min<std::size_t>(64, paragraph.end - base - 64))
                                         : Block{};
        const std::uint64_t valid = n == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
        const std::uint64_t letter = b.alnum & ~b.digit;
        const std::uint64_t next_letter = (next.alnum & ~next.digit) & 1;
        // Apostrophes inside a word: after a letter or digit, before a letter.
        const std::uint64_t joined = b.quote & ((b.alnum << 1) | std::uint64_t(previous_alnum)) &
                                     ((letter >> 1) | (next_letter << 63));
        const std::uint64_t in_word = b.alnum | joined;
        const std::uint64_t other = valid & ~in_word & ~b.space;  // bytes that make a gap more than white space
        // Words start where a run of in-word bytes rises and end (one past) where it falls; the two alternate.
        const std::uint64_t before = (in_word << 1) | std::uint64_t(previous_in_word);
        std::uint64_t edges = (in_word & ~before) | (~in_word & valid & before);
        previous_alnum = (b.alnum >> 63) & 1;
        previous_in_word = (in_word >> 63) & 1;
        std::size_t pos = 0;  // the bytes from pos on are not yet accounted for
        for (;;) {
            const std::size_t k = edges ? static_cast<std::size_t>(__builtin_ctzll(edges)) : n;
            const std::uint64_t range = from(pos) & ~from(k);  // bits pos .. k - 1
            if (open) {
                digit |= (b.digit & range) != 0;
                plain &= (joined & range) == 0;
            } else if (other & range) {
                gap_space_only = false;
            }
            if (!edges) break;
            edges &= edges - 1;
            pos = k;
            if (open) {
                w.span.end = base + k;
                w.has_digit = digit;
                w.ascii = plain;
                out.push_back(w);
                open = false;
                gap_space_only = true;
            } else {
                w = Word{};
                w.span.begin = base + k;
                w.after_space_only = !out.empty() && gap_space_only;
                digit = false;
                plain = true;
                open = true;
            }
        }
    }
    if (open) {
        w.span.end = paragraph.end;
        w.has_digit = digit;
        w.ascii = plain;
        out.push_back(w);
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
