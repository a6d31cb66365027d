// Alignment across sources: TF-IDF cosine pairs the same quote or claim as sources word it, blocking keeps it
// near-linear, and the word diff shows what changed. Texts come from seeds 002 and 003, which report the same
// events with different wording.
#include <gtest/gtest.h>

#include "scoring/alignment.hpp"

using namespace crosscheck;

namespace {

// Seed 002 quotes Kirby with a closing curly quote as its opening mark and one more sentence; 003 with proper marks.
const char* kirby_002 =
    "\xE2\x80\x9DThere is no agreement to conduct joint air strikes with the Russians in Syria. What we are "
    "discussing with our Russian counterparts \xE2\x80\xA6 are proposals for a sustainable mechanism to better "
    "monitor and enforce the cessation of hostilities (COH),\xE2\x80\x9D";
const char* kirby_003 = "\xE2\x80\x9CThere is no agreement to conduct joint air strikes with the Russians in Syria,\xE2\x80\x9D";
const char* kirby_003_words = "There is no agreement to conduct joint air strikes with the Russians in Syria";

// Shoigu's proposal as the two sources word it.
const char* shoigu_002 =
    "Joint Russian-US airstrikes could also target the movement of weapons and ammunition crossing into Syria from "
    "Turkey, Shoigu said.";
const char* shoigu_003 =
    "The joint air strikes would allegedly target convoys carrying weapons and ammunition crossing into Syria from "
    "Turkey, said Shoigu.";

// Sentences of the seeds that report other things.
const char* schultz_003 =
    "White House spokesman Eric Schultz said the U.S. aim remains for Russia to convince Assad to abide by the "
    "cessation of hostilities in Syria.";
const char* pentagon_002 = "The Pentagon, however, rejected the Russian proposal to launch joint air strikes.";
const char* jordan_003 =
    "Discussions with U.S. military experts based in Jordan and other correspondents in Geneva had begun on "
    "Thursday, Shoigu added.";
const char* putin_003 =
    "Putin has long had a strategy regarding Syria of trying to share the geopolitical stage with the United States "
    "and its allies, and his latest proposal appears to reflect that goal";

std::vector<TextItem> items(std::initializer_list<std::pair<std::size_t, const char*>> list) {
    std::vector<TextItem> out;
    for (auto [source, text] : list) out.push_back({source, {}, text});
    return out;
}

double pair_similarity(const std::vector<AlignedPair>& pairs, std::size_t a, std::size_t b) {
    for (const auto& p : pairs)
        if (p.a == a && p.b == b) return p.similarity;
    return -1;
}

}  // namespace

TEST(Normalize, QuotesCaseAbbreviationsNumbersMonths) {
    EXPECT_EQ(normalized_words("U.S.-led coalition"), (std::vector<std::string>{"us", "led", "coalition"}));
    EXPECT_EQ(normalized_words("Assad\xE2\x80\x99s regime"), normalized_words("assad's Regime"));
    EXPECT_EQ(normalized_words("1,000 troops on Feb. 27th"), (std::vector<std::string>{"1000", "troops", "on", "#m02", "27"}));
    EXPECT_EQ(normalized_words("five killed in February"), (std::vector<std::string>{"5", "killed", "in", "#m02"}));
    EXPECT_EQ(normalized_words("rose 3.5 percent"), (std::vector<std::string>{"rose", "3.5", "percent"}));
    EXPECT_EQ(normalized_words("Syria.The end"), (std::vector<std::string>{"syria", "the", "end"}));
}

TEST(Align, IdenticalQuoteAcrossSourcesPairsNearOne) {
    // Kirby's first sentence word for word in both seeds, with other quote marks and final punctuation.
    const char* kirby_002_first = "\xE2\x80\x9DThere is no agreement to conduct joint air strikes with the Russians in Syria.";
    auto pairs = align(items({{0, kirby_002_first}, {1, kirby_003}, {1, schultz_003}}));
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs[0].a, 0u);
    EXPECT_EQ(pairs[0].b, 1u);
    EXPECT_NEAR(pairs[0].similarity, 1.0, 1e-6);
}

TEST(Align, KirbyQuoteOfSeeds002And003Pairs) {
    // 003 quotes the first sentence of what 002 quotes: a pair, though not a perfect one.
    auto pairs = align(items({{0, kirby_002}, {1, kirby_003}, {1, schultz_003}, {1, jordan_003}}));
    EXPECT_GT(pair_similarity(pairs, 0, 1), 0.5);
    EXPECT_EQ(pair_similarity(pairs, 0, 2), -1);
    EXPECT_EQ(pair_similarity(pairs, 0, 3), -1);
}

TEST(Align, ShoigusProposalAsBothSourcesWordItPairs) {
    auto pairs = align(items({{0, shoigu_002}, {0, pentagon_002}, {1, shoigu_003}, {1, jordan_003}, {1, putin_003}}));
    EXPECT_GE(pair_similarity(pairs, 0, 2), 0.5);
    // The best partner of 002's sentence in 003 is the same proposal.
    ASSERT_FALSE(pairs.empty());
    EXPECT_EQ(pairs[0].a, 0u);
    EXPECT_EQ(pairs[0].b, 2u);
}

TEST(Align, ParaphraseNoiseStillPairs) {
    const char* original =
        "We will not accept any plan that leaves civilians exposed to further airstrikes in the northern provinces";
    const char* changed_word =  // "any" -> "a", "further" dropped, "airstrikes" -> "air strikes"
        "We will not accept a plan that leaves civilians exposed to air strikes in the northern provinces";
    const char* curly = "\xE2\x80\x9CWe won\xE2\x80\x99t accept any plan that leaves civilians exposed to further "
                        "airstrikes in the northern provinces,\xE2\x80\x9D";
    auto pairs = align(items({{0, original}, {1, changed_word}, {2, curly}}));
    EXPECT_GE(pair_similarity(pairs, 0, 1), 0.5);
    EXPECT_GE(pair_similarity(pairs, 0, 2), 0.8);  // only quote marks and "won't" differ
    EXPECT_GE(pair_similarity(pairs, 1, 2), AlignOptions{}.threshold);
}

TEST(Align, UnrelatedSentencesDoNotPair) {
    auto pairs = align(items({{0, pentagon_002}, {1, schultz_003}, {2, jordan_003}, {3, putin_003}, {4, kirby_003}}));
    for (const auto& p : pairs) ADD_FAILURE() << p.a << " and " << p.b << " paired at " << p.similarity;
}

TEST(Align, SameSourceOnlyWhenAsked) {
    auto list = items({{0, kirby_003}, {0, kirby_003_words}});
    EXPECT_TRUE(align(list).empty());
    AlignOptions o;
    o.within_source = true;
    EXPECT_EQ(align(list, o).size(), 1u);
}

TEST(Align, OverfullBlocksStillPairNearDuplicates) {
    // 300 sources repeat one quote, each dropping one of its words: every term is shared by most of them, far
    // above the block cap, yet each item still finds partners through its sorted neighbours.
    const std::vector<std::string> words{"ceasefire", "must", "hold", "across", "whole", "country",
                                         "envoy", "insisted", "monday", "talks"};
    std::vector<TextItem> list;
    for (std::size_t i = 0; i < 300; ++i) {
        std::string text;
        for (std::size_t w = 0; w < words.size(); ++w)
            if (w != i % words.size()) text += words[w] + " ";
        list.push_back({i, {}, text});
    }
    AlignOptions o;
    o.block_cap = 16;
    auto pairs = align(list, o);
    std::vector<int> partners(list.size(), 0);
    for (const auto& p : pairs) ++partners[p.a], ++partners[p.b];
    for (std::size_t i = 0; i < list.size(); ++i) EXPECT_GT(partners[i], 0) << i;
    // ... without comparing all 44,850 pairs.
    EXPECT_LT(pairs.size(), list.size() * (o.window + 1) * o.block_terms);
}

TEST(TextSimilarity, SymmetricAndBounded) {
    EXPECT_NEAR(text_similarity(kirby_003, kirby_003_words), 1.0, 1e-9);
    EXPECT_NEAR(text_similarity(shoigu_002, shoigu_003), text_similarity(shoigu_003, shoigu_002), 1e-12);
    EXPECT_LT(text_similarity(schultz_003, putin_003), 0.3);
    EXPECT_EQ(text_similarity("", kirby_003), 0.0);
}

TEST(DiffWords, ReportsRemovedAndAddedWordsAsWritten) {
    auto d = diff_words("We will not accept any plan that leaves civilians exposed to further airstrikes",
                        "We will not accept a plan that leaves civilians exposed to air strikes");
    std::vector<std::string> removed, added;
    for (const auto& r : d) {
        if (r.op == WordDiff::Op::removed) removed.insert(removed.end(), r.words.begin(), r.words.end());
        if (r.op == WordDiff::Op::added) added.insert(added.end(), r.words.begin(), r.words.end());
    }
    EXPECT_EQ(removed, (std::vector<std::string>{"any", "further"}));
    EXPECT_EQ(added, (std::vector<std::string>{"a"}));
}

TEST(DiffWords, QuoteStylesAndCaseAreNoDifference) {
    auto d = diff_words(kirby_003, kirby_003_words);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].op, WordDiff::Op::same);
    EXPECT_EQ(d[0].words.front(), "There");
    EXPECT_EQ(d[0].words.size(), 14u);
}

TEST(DiffWords, ExtraSentenceIsAdded) {
    auto d = diff_words(kirby_003, kirby_002);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[0].op, WordDiff::Op::same);
    EXPECT_EQ(d[1].op, WordDiff::Op::added);
    EXPECT_EQ(d[1].words.front(), "What");
    EXPECT_EQ(d[1].words.back(), "COH");
}

TEST(Normalize, CaseFoldsBeyondAscii) {
    EXPECT_EQ(normalized_words("\xC3\x89ric"), normalized_words("\xC3\xA9ric"));                  // Éric, éric
    EXPECT_EQ(normalized_words("\xD0\xA8\xD0\xBE\xD0\xB9\xD0\xB3\xD1\x83"),                     // Шойгу
              (std::vector<std::string>{"\xD1\x88\xD0\xBE\xD0\xB9\xD0\xB3\xD1\x83"}));       // шойгу
}
