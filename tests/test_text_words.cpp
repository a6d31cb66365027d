// The text rules' word splitter: its ASCII path (64 bytes at a time) gives exactly the words of the general path
// (code point by code point, ICU's classes), on generated ASCII text that has every case the two must agree on:
// apostrophes inside, before and after words, digits, runs of white space and punctuation, words across the
// 64-byte blocks and at the paragraph's edges. And what the rules ask of a word when they need it (a digit in it,
// ASCII only, white space only before it) agrees with a reference that works it out for every word as it goes.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "checks/text_words.hpp"

using namespace crosscheck;

namespace {

struct Word {
    Span span;
    bool has_digit = false;
    bool ascii = true;
    bool after_space_only = false;
};

// The words with their properties worked out in one pass, code point by code point.
std::vector<Word> reference_words(std::string_view text, Span paragraph) {
    std::vector<Word> out;
    const char* s = text.data();
    auto end = static_cast<int32_t>(paragraph.end);
    int32_t i = static_cast<int32_t>(paragraph.begin);
    bool gap_space_only = false;
    auto next = [&](int32_t& at) {
        UChar32 c;
        U8_NEXT(s, at, end, c);
        return c;
    };
    while (i < end) {
        int32_t start = i;
        UChar32 c = next(i);
        if (c >= 0 && text_words::is_alnum(c)) {
            Word w;
            w.span.begin = static_cast<std::size_t>(start);
            w.after_space_only = !out.empty() && gap_space_only;
            int32_t word_end = i;
            w.has_digit = text_words::is_digit(c);
            w.ascii = c < 0x80;
            while (i < end) {
                int32_t at = i;
                UChar32 d = next(i);
                if (d >= 0 && text_words::is_alnum(d)) {
                    w.has_digit |= text_words::is_digit(d);
                    w.ascii &= d < 0x80;
                    word_end = i;
                    continue;
                }
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
        if (!text_words::is_space(c)) gap_space_only = false;
    }
    return out;
}

std::string describe(const std::vector<Word>& ws) {
    std::string s;
    for (const auto& w : ws)
        s += std::to_string(w.span.begin) + "-" + std::to_string(w.span.end) + (w.has_digit ? "d" : "") +
             (w.ascii ? "" : "'") + (w.after_space_only ? "s" : "") + " ";
    return s;
}

// for_each_word's spans with the properties asked afterwards.
template <class Split>
std::vector<Word> asked_words(std::string_view text, Split split) {
    std::vector<Word> out;
    split([&](Span span) {
        Word w{span, text_words::has_digit(text, span), text_words::plain_ascii(text, span), false};
        w.after_space_only = !out.empty() && text_words::space_only(text, {out.back().span.end, span.begin});
        out.push_back(w);
    });
    return out;
}

// Random text over `alphabet` (mostly letters, so that words are long enough to cross blocks) and a paragraph in it.
struct Generator {
    std::uint64_t state = 7;
    std::size_t next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>(state >> 33);
    }
    std::pair<std::string, Span> text(const std::vector<std::string>& alphabet) {
        std::string text;
        std::size_t len = next() % 300;
        for (std::size_t k = 0; k < len; ++k)
            text += next() % 3 ? std::string(1, "abcdefghijklmnopqrstuvwxyzABC"[next() % 29]) : alphabet[next() % alphabet.size()];
        Span paragraph{len ? next() % (text.size() / 4 + 1) : 0, 0};
        paragraph.end = paragraph.begin + (text.size() - paragraph.begin ? next() % (text.size() - paragraph.begin + 1) : 0);
        return {text, paragraph};
    }
};

}  // namespace

TEST(TextWords, AsciiPathAgreesWithGeneralPath) {
    std::vector<std::string> alphabet;
    for (char c : std::string("abcXYZ09'' '\t\n.,-\"()\r\v\f!a'b")) alphabet.emplace_back(1, c);
    Generator g;
    std::size_t words = 0, apostrophes = 0;
    for (int round = 0; round < 3000; ++round) {
        // (not a structured binding: clang 14, which the sanitizer build uses, cannot capture one in a lambda)
        const auto generated = g.text(alphabet);
        const auto& text = generated.first;
        const auto& paragraph = generated.second;
        ASSERT_TRUE(text_words::all_ascii(text, paragraph));
        auto fast = asked_words(text, [&](auto f) { text_words::detail::ascii_words(text, paragraph, f); });
        auto general = asked_words(text, [&](auto f) { text_words::detail::any_words(text, paragraph, f); });
        auto reference = reference_words(text, paragraph);
        ASSERT_EQ(describe(fast), describe(reference)) << "text: " << text.substr(paragraph.begin, paragraph.size());
        ASSERT_EQ(describe(general), describe(reference)) << "text: " << text.substr(paragraph.begin, paragraph.size());
        words += reference.size();
        for (const auto& w : reference) apostrophes += !w.ascii;
    }
    EXPECT_GT(words, 10000u);
    EXPECT_GT(apostrophes, 100u);  // the apostrophe case was met
}

TEST(TextWords, GeneralPathAgreesWithReferenceBeyondAscii) {
    // Letters, digits, apostrophes and white space past ASCII, and bytes that are no UTF-8.
    std::vector<std::string> alphabet = {"a", "Z", "7", "'", " ", "\n", ".", "-", "\xC3\xA9", "\xE2\x80\x99",
                                         "\xC2\xA0", "\xD9\xA3", "\xE2\x80\x83", "\xFF", "\xC3", "\xE2\x80\x9C"};
    Generator g;
    std::size_t words = 0;
    for (int round = 0; round < 3000; ++round) {
        // (not a structured binding: clang 14, which the sanitizer build uses, cannot capture one in a lambda)
        const auto generated = g.text(alphabet);
        const auto& text = generated.first;
        const auto& paragraph = generated.second;
        auto asked = asked_words(text, [&](auto f) { text_words::for_each_word(text, paragraph, f); });
        auto reference = reference_words(text, paragraph);
        ASSERT_EQ(describe(asked), describe(reference)) << "text: " << text.substr(paragraph.begin, paragraph.size());
        words += reference.size();
    }
    EXPECT_GT(words, 10000u);
}

TEST(TextWords, AsciiPathReadsNoFurtherThanTheText) {
    // A paragraph that ends the text, its last block short: read through a copy.
    std::string text = std::string(70, 'b') + " it's 42";
    std::vector<Span> ws;
    text_words::words(text, {0, text.size()}, ws);
    ASSERT_EQ(ws.size(), 3u);
    EXPECT_EQ(ws[1].begin, 71u);
    EXPECT_EQ(ws[2].end, text.size());
}

TEST(TextWords, WordsTakesTheAsciiPathOnlyForAscii) {
    std::string text = "It\xE2\x80\x99s the the end";
    std::vector<Span> ws;
    text_words::words(text, {0, text.size()}, ws);
    ASSERT_EQ(ws.size(), 4u);  // "It’s" is one word: the general path ran
    EXPECT_FALSE(text_words::plain_ascii(text, ws[0]));
    EXPECT_TRUE(text_words::space_only(text, {ws[1].end, ws[2].begin}));
}
