// Segmentation: paragraphs one a line, sentences by ICU with news-copy abbreviations, positions in code points.
#include <gtest/gtest.h>

#include "segment/segment.hpp"

using namespace crosscheck;

namespace {

Source segmented(std::string text) {
    Source s;
    s.text = std::move(text);
    segment(s);
    return s;
}

std::vector<std::string> sentences(const Source& s) {
    std::vector<std::string> out;
    for (const auto& x : s.sentences) out.emplace_back(s.slice(x.span));
    return out;
}

using Strings = std::vector<std::string>;

TEST(Segment, ParagraphsAreLinesWithBlankLinesAndIndentSkipped) {
    Source s = segmented("Title\n\n    Indented paragraph.  \nNext one.\n\n\n\xC2\xA0\nLast");
    ASSERT_EQ(s.paragraphs.size(), 4u);
    EXPECT_EQ(s.slice(s.paragraphs[0].span), "Title");
    EXPECT_EQ(s.slice(s.paragraphs[1].span), "Indented paragraph.");
    EXPECT_EQ(s.slice(s.paragraphs[2].span), "Next one.");
    EXPECT_EQ(s.slice(s.paragraphs[3].span), "Last");
    EXPECT_EQ(s.line_starts, (std::vector<std::size_t>{0, 6, 7, 33, 43, 44, 45, 48}));
}

TEST(Segment, SentencesNeverSpanParagraphs) {
    Source s = segmented("He said it was over\nand then it was not.");
    EXPECT_EQ(sentences(s), (Strings{"He said it was over", "and then it was not."}));
    EXPECT_EQ(s.sentences[0].paragraph, 0u);
    EXPECT_EQ(s.sentences[1].paragraph, 1u);
}

TEST(Segment, AbbreviationsDoNotEndSentences) {
    Source s = segmented(
        "U.S. Defense Secretary J. Mattis met Gen. Joseph Dunford on Feb. 16 in Washington. Capt. Jeff Davis and "
        "Mr. Smith spoke. The rule is in No. 10 of the list. Dr. Lee agreed. It ended at 5 p.m. Friday.");
    EXPECT_EQ(sentences(s), (Strings{"U.S. Defense Secretary J. Mattis met Gen. Joseph Dunford on Feb. 16 in Washington.",
                                     "Capt. Jeff Davis and Mr. Smith spoke.", "The rule is in No. 10 of the list.",
                                     "Dr. Lee agreed.", "It ended at 5 p.m. Friday."}));
}

TEST(Segment, CompanyAbbreviationsCanEndASentence) {
    Source s = segmented("The plant was sold to Acme Corp. The deal closed. Officials said Smith Jr. agreed "
                         "on Sept. 11 to sell shares in Acme Inc. for $5.");
    EXPECT_EQ(sentences(s), (Strings{"The plant was sold to Acme Corp.", "The deal closed.",
                                     "Officials said Smith Jr. agreed on Sept. 11 to sell shares in Acme Inc. for $5."}));
}

TEST(Segment, ListNumbersStayWithTheirItem) {
    Source s = segmented("1. First point made here.\n12. Another one. Done.");
    EXPECT_EQ(sentences(s), (Strings{"1. First point made here.", "12. Another one.", "Done."}));
}

TEST(Segment, SentenceEndsBeforeCapitalAfterOrdinaryWord) {
    Source s = segmented("Talks ended. No deal was reached. Officials left? Yes! They did.");
    EXPECT_EQ(sentences(s), (Strings{"Talks ended.", "No deal was reached.", "Officials left?", "Yes!", "They did."}));
}

TEST(Segment, CurlyQuotesStayWithTheirSentence) {
    Source s = segmented("\xE2\x80\x9CWe are not ready,\xE2\x80\x9D Mattis said. \xE2\x80\x9CNot yet.\xE2\x80\x9D "
                         "Then he left.");
    EXPECT_EQ(sentences(s), (Strings{"\xE2\x80\x9CWe are not ready,\xE2\x80\x9D Mattis said.",
                                     "\xE2\x80\x9CNot yet.\xE2\x80\x9D", "Then he left."}));
}

TEST(Segment, NoBreakSpacesAndRightToLeftTextAreHandled) {
    Source s = segmented("\xD8\xA7\xD8\xB1\xD8\xAF\xD9\x88\n  \xE2\x80\xA2 US says no.\xC2\xA0\nEnd.\xC2\xA0 Next.");
    ASSERT_EQ(s.paragraphs.size(), 3u);
    EXPECT_EQ(s.slice(s.paragraphs[0].span), "\xD8\xA7\xD8\xB1\xD8\xAF\xD9\x88");  // Urdu, a line of its own
    EXPECT_EQ(s.slice(s.paragraphs[1].span), "\xE2\x80\xA2 US says no.");
    EXPECT_EQ(sentences(s).back(), "Next.");
    for (const auto& x : s.sentences) {
        EXPECT_TRUE(s.paragraphs[x.paragraph].span.contains(x.span));
        EXPECT_LT(x.span.begin, x.span.end);
    }
}

TEST(Segment, PositionsCountCodePoints) {
    Source s = segmented("caf\xC3\xA9 \xE2\x80\x9Cquote\xE2\x80\x9D\nsecond \xF0\x9F\x98\x80 line");
    std::size_t q = s.text.find("quote");
    EXPECT_EQ(s.position(0), (Position{1, 1}));
    EXPECT_EQ(s.position(q), (Position{1, 7}));  // c a f é space “ -> column 7
    std::size_t line = s.text.find("line");
    EXPECT_EQ(s.position(line), (Position{2, 10}));  // "second " (7) + emoji (1) + space (1)
    EXPECT_EQ(s.position(s.text.size()), (Position{2, 14}));
}

TEST(Segment, EnormousLineIsCutIntoBoundedParagraphsAtWhiteSpace) {
    std::string line;
    while (line.size() < 100000) line += "caf\xC3\xA9 word. ";
    Source s = segmented("Title\n" + line + "\nEnd.");
    ASSERT_GT(s.paragraphs.size(), 7u);
    std::size_t covered = 0;
    for (std::size_t i = 1; i + 1 < s.paragraphs.size(); ++i) {
        auto text = s.slice(s.paragraphs[i].span);
        EXPECT_LE(text.size(), 16u * 1024);
        EXPECT_NE(text.front(), ' ');
        // cut at a space, never inside a word or a code point
        EXPECT_TRUE(text.ends_with("word.") || text.ends_with("caf\xC3\xA9")) << text.substr(text.size() - 8);
        covered += text.size() + 1;
    }
    EXPECT_EQ(covered, line.size());
    EXPECT_EQ(s.slice(s.paragraphs.back().span), "End.");
    EXPECT_EQ(s.line_starts.size(), 3u);
}

TEST(Segment, EmptyAndWhitespaceOnlyText) {
    Source a = segmented("");
    EXPECT_TRUE(a.paragraphs.empty());
    EXPECT_TRUE(a.sentences.empty());
    EXPECT_EQ(a.line_starts, (std::vector<std::size_t>{0}));
    Source b = segmented("  \n\n \t\n");
    EXPECT_TRUE(b.paragraphs.empty());
    EXPECT_EQ(b.line_starts.size(), 4u);
}

TEST(Segment, EverySentenceIsTrimmedAndOrdered) {
    Source s = segmented("  One. Two.   Three.  \n\n Four .  ");
    std::size_t last = 0;
    for (const auto& x : s.sentences) {
        auto t = s.slice(x.span);
        EXPECT_NE(t.front(), ' ');
        EXPECT_NE(t.back(), ' ');
        EXPECT_GE(x.span.begin, last);
        last = x.span.end;
    }
    EXPECT_EQ(sentences(s), (Strings{"One.", "Two.", "Three.", "Four ."}));
}

}  // namespace
