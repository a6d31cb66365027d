// The text rules' word splitter: its ASCII path (64 bytes at a time) gives exactly the words of the general path
// (code point by code point, ICU's classes), on generated ASCII text that has every case the two must agree on:
// apostrophes inside, before and after words, digits, runs of white space and punctuation, words across the
// 64-byte blocks and at the paragraph's edges.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "checks/text_words.hpp"

using namespace crosscheck;
using text_words::Word;

namespace {

std::string describe(const std::vector<Word>& ws) {
    std::string s;
    for (const auto& w : ws)
        s += std::to_string(w.span.begin) + "-" + std::to_string(w.span.end) + (w.has_digit ? "d" : "") +
             (w.ascii ? "" : "'") + (w.after_space_only ? "s" : "") + " ";
    return s;
}

}  // namespace

TEST(TextWords, AsciiPathAgreesWithGeneralPath) {
    static const char alphabet[] = "abcXYZ09'' '\t\n.,-\"()\r\v\f!a'b";
    std::uint64_t state = 7;
    auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>(state >> 33);
    };
    std::size_t words = 0, apostrophes = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        std::size_t len = next() % 300;
        for (std::size_t k = 0; k < len; ++k) {
            // Mostly letters, so that words are long enough to cross blocks.
            text += next() % 3 ? "abcdefghijklmnopqrstuvwxyzABC"[next() % 29] : alphabet[next() % (sizeof alphabet - 1)];
        }
        Span paragraph{len ? next() % (len / 4 + 1) : 0, 0};
        paragraph.end = paragraph.begin + (len - paragraph.begin ? next() % (len - paragraph.begin + 1) : 0);
        std::vector<Word> fast, general;
        text_words::detail::ascii_words(text, paragraph, fast);
        text_words::detail::any_words(text, paragraph, general);
        ASSERT_EQ(describe(fast), describe(general)) << "text: " << text.substr(paragraph.begin, paragraph.size());
        words += general.size();
        for (const auto& w : general) apostrophes += !w.ascii;
    }
    EXPECT_GT(words, 10000u);
    EXPECT_GT(apostrophes, 100u);  // the apostrophe case was met
}

TEST(TextWords, WordsTakesTheAsciiPathOnlyForAscii) {
    std::string text = "It\xE2\x80\x99s the the end";
    auto ws = text_words::words(text, {0, text.size()});
    ASSERT_EQ(ws.size(), 4u);  // "It’s" is one word: the general path ran
    EXPECT_FALSE(ws[0].ascii);
    EXPECT_TRUE(ws[2].after_space_only);
}
