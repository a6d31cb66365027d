// segment() skips ICU's sentence iterator for ASCII paragraphs in which UAX #29 allows no break; the test asks
// ICU itself (the same locale as segment.cpp) whether it would have broken any paragraph the shortcut skips.
#include <gtest/gtest.h>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "segment/segment.hpp"

using namespace crosscheck;

namespace {

// ICU's breaks strictly inside the paragraph.
std::vector<int> icu_inner_breaks(const std::string& para) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    EXPECT_TRUE(U_SUCCESS(status));
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(para);
    bi->setText(u);
    std::vector<int> out;
    for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next())
        if (b > 0 && b < u.length()) out.push_back(b);
    return out;
}

TEST(SegmentAsciiBreaks, OneSentenceParagraphsNeedNoIterator) {
    for (std::string p : {"Output at U.S.A plants rose 5.93 pct, officials said.", "The U.S. company said (approx. 5 pct).", "Prices fell (about 3.5 pct).",
                          "He said \"it will rise.\"", "No terminator at all", "Wait...", "It fell to 1.5 mln dlrs vs 2.1."})
        EXPECT_FALSE(detail::ascii_sentence_break_possible(p)) << p;
    for (std::string p : {"He left. She stayed.", "It fell. 5 Banks closed.", "Really? No.", "Stop! Now.", "Inc. Said", "a.\"B", "x.(Y", "line\rbreak"})
        EXPECT_TRUE(detail::ascii_sentence_break_possible(p)) << p;
}

// Random paragraphs of the pieces that decide sentence breaks: whenever the shortcut says no break, ICU agrees.
TEST(SegmentAsciiBreaks, NeverSkipsABreakIcuWouldMake) {
    const std::vector<std::string> pieces = {"word", "Word", "U", "S", "5", "93", ".", ".", ".", "!", "?", " ", " ",
                                             " ", ",", "\"", "'", "(", ")", "Mr", "e", "g", "-", ":", ";", "\t", "A",
                                             "Inc", "approx", "vs", "no", "\r", "%", "$", "x"};
    std::mt19937 rng(12345);
    int skipped = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string p;
        int len = 1 + static_cast<int>(rng() % 12);
        for (int k = 0; k < len; ++k) p += pieces[rng() % pieces.size()];
        // segment() hands over paragraphs without blanks at their ends.
        while (!p.empty() && (p.front() == ' ' || p.front() == '\t')) p.erase(0, 1);
        while (!p.empty() && (p.back() == ' ' || p.back() == '\t')) p.pop_back();
        if (p.empty() || detail::ascii_sentence_break_possible(p)) continue;
        ++skipped;
        EXPECT_TRUE(icu_inner_breaks(p).empty()) << "\"" << p << "\"";
    }
    EXPECT_GT(skipped, 1000);  // the shortcut is taken often enough for the comparison to mean something
}

TEST(SegmentAsciiBreaks, SegmentKeepsOneSentenceParagraphWhole) {
    Source s;
    s.text = "Output rose 5.93 pct in the U.S. market.\nHe left. She stayed.";
    segment(s);
    ASSERT_EQ(s.sentences.size(), 3u);
    EXPECT_EQ(s.slice(s.sentences[0].span), "Output rose 5.93 pct in the U.S. market.");
    EXPECT_EQ(s.slice(s.sentences[1].span), "He left.");
}

}  // namespace
