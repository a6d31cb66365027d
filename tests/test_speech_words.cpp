// speech::negated on a text already tokenised (the attribution extractor tokenises each claim once) answers as
// negated on the text; words() and word_end() keep their word boundaries on ASCII and other bytes.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "knowledge/speech.hpp"

using namespace crosscheck;

namespace {

TEST(SpeechWords, NegatedOnWordsAgreesWithNegatedOnText) {
    const std::vector<std::string> pieces = {"no", "not", "only", "never", "don\xE2\x80\x99t", "can't", "cannot",
                                             "there", "would", "be", "cooperation", " but ", "; ", ", although",
                                             " that ", " which ", " if ", ",", " ", " ", " ", "\xC2\xA0", "Not",
                                             "NOTHING", "-", "'", "\xE2\x80\x9C", "x", "nor", "n't"};
    std::mt19937 rng(3);
    int negatives = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        int len = 1 + static_cast<int>(rng() % 14);
        for (int k = 0; k < len; ++k) text += pieces[rng() % pieces.size()];
        bool expected = speech::negated(text);
        negatives += expected;
        EXPECT_EQ(speech::negated(text, speech::words(text)), expected) << "\"" << text << "\"";
        // The words of a larger text, offsets into it, with the text at `offset` in it.
        std::string larger = "He said. " + text + ". Not now.";
        EXPECT_EQ(speech::negated(text, speech::words(larger), 9), expected) << "\"" << text << "\"";
    }
    EXPECT_GT(negatives, 2000);
    EXPECT_LT(negatives, 18000);
}

TEST(SpeechWords, WordsSplitAtSeparatorsAndKeepInnerApostrophesAndHyphens) {
    std::string text = "\xE2\x80\x9CWe don\xE2\x80\x99t\xE2\x80\x9D, said Jean-Luc\xC2\xA0O'Neill (3.5%).";
    auto ws = speech::words(text);
    std::vector<std::string> lower;
    for (const auto& w : ws) lower.push_back(w.lower);
    EXPECT_EQ(lower, (std::vector<std::string>{"we", "don't", "said", "jean-luc", "o'neill", "3", "5"}));
    EXPECT_EQ(speech::word_end(text, ws[3].begin), ws[3].end);
    EXPECT_TRUE(ws[3].capitalised);
    EXPECT_EQ(speech::word_count(text), ws.size());
}

// The attribution extractor tokenises a quote once and takes each sentence's words from it: a part of a text cut
// after ". " has the words the whole has there.
TEST(SpeechWords, PartCutAtSentenceEndHasTheWholesWords) {
    const std::vector<std::string> pieces = {"no", "Don\xE2\x80\x99t", "well-", "dogs'", "x", "\xE2\x80\x99",
                                             "-", "'", ". ", ".", " ", "\xC2\xA0", "3", "\xE2\x80\x9C", "?"};
    std::mt19937 rng(5);
    for (int n = 0; n < 5000; ++n) {
        std::string text;
        int len = 1 + static_cast<int>(rng() % 16);
        for (int k = 0; k < len; ++k) text += pieces[rng() % pieces.size()];
        auto whole = speech::words(text);
        std::size_t begin = 0;
        for (std::size_t k = 0; k <= text.size(); ++k) {
            if (k < text.size() && !(text[k] == '.' && k + 1 < text.size() && text[k + 1] == ' ')) continue;
            std::vector<std::pair<std::size_t, std::string>> part, from_whole;
            for (const auto& w : speech::words(std::string_view(text).substr(begin, k - begin)))
                part.emplace_back(begin + w.begin, w.lower);
            for (const auto& w : whole)
                if (w.begin >= begin && w.begin < k) from_whole.emplace_back(w.begin, w.lower);
            EXPECT_EQ(part, from_whole) << "\"" << text << "\" [" << begin << ", " << k << ")";
            begin = k + 1;
        }
    }
}

// lemma's irregular forms come from WordNet's verb exceptions (data/gen_verb_forms.cpp): more than a hand table
// would hold, doubled consonants included, so "planned" and "plans" share a claim key.
TEST(SpeechWords, LemmaReadsWordNetIrregularForms) {
    EXPECT_EQ(speech::lemma("swung"), speech::lemma("swings"));
    EXPECT_EQ(speech::lemma("overran"), speech::lemma("overrun"));
    EXPECT_EQ(speech::lemma("planned"), speech::lemma("plans"));
    EXPECT_EQ(speech::lemma("laid"), speech::lemma("lay"));  // a chain of forms is followed
    EXPECT_NE(speech::lemma("planned"), speech::lemma("planted"));
}

}  // namespace
