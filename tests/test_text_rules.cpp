// text.repeated-word and text.spelling-variant on small sources, and the spelling-variant table itself.
#include <gtest/gtest.h>

#include "checks/registry.hpp"
#include "pipeline.hpp"

using namespace crosscheck;

namespace {

const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

std::vector<Finding> findings(const std::string& rule, std::vector<std::string> texts) {
    std::vector<Source> sources;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Source s;
        s.id = "s" + std::to_string(i);
        s.path = s.id + ".txt";
        s.text = std::move(texts[i]);
        sources.push_back(std::move(s));
    }
    Result r = run_pipeline_on_sources(std::move(sources), PipelineOptions{}, knowledge());
    std::vector<Finding> out;
    for (auto& f : r.findings)
        if (f.rule == rule) out.push_back(std::move(f));
    return out;
}

std::vector<std::string> primaries(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.evidence.at(0).text);
    return out;
}

using Strings = std::vector<std::string>;

TEST(SpellingVariants, TableIsGeneratedFromBothWordLists) {
    const SpellingVariants& sv = knowledge().spelling;
    EXPECT_GT(sv.size(), 500u);  // wamerican + wbritish give over a thousand pairs
    EXPECT_EQ(sv.variant_of("defense"), "defence");
    EXPECT_EQ(sv.variant_of("Defence"), "defense");
    EXPECT_EQ(sv.variant_of("colour"), "color");
    EXPECT_EQ(sv.variant_of("organization"), "organisation");
    EXPECT_EQ(sv.variant_of("analyze"), "analyse");
    EXPECT_EQ(sv.variant_of("center"), "centre");
    EXPECT_EQ(sv.variant_of("traveled"), "travelled");
    EXPECT_EQ(sv.variant_of("catalog"), "catalogue");
    // Correct in both varieties, or another word: no pair.
    EXPECT_EQ(sv.variant_of("meter"), "");
    EXPECT_EQ(sv.variant_of("program"), "");
    EXPECT_EQ(sv.variant_of("license"), "");
    EXPECT_EQ(sv.variant_of("analyses"), "");
    EXPECT_EQ(sv.variant_of("house"), "");
}

TEST(SpellingVariants, FromPairsKeepsTheFirstPairOfAWord) {
    SpellingVariants sv = SpellingVariants::from_pairs("color colour\ncolor colur\nbad\n\nx \n");
    EXPECT_EQ(sv.size(), 1u);
    EXPECT_EQ(sv.variant_of("COLOR"), "colour");
}

TEST(RepeatedWord, FindsDoubledWordsWithTheirSpan) {
    auto fs = findings("text.repeated-word", {"There would be be no talks. The the talks ended.\nSo so\n"});
    EXPECT_EQ(primaries(fs), (Strings{"be be", "The the"}));
    ASSERT_FALSE(fs.empty());
    EXPECT_EQ(fs[0].severity, Severity::warning);
    EXPECT_EQ(fs[0].evidence[0].span.begin, std::string("There would ").size());
    EXPECT_NE(fs[0].fix.find("delete"), std::string::npos);
}

TEST(RepeatedWord, AcrossTabsNoBreakSpacesAndNonAsciiCase) {
    auto fs = findings("text.repeated-word", {"It is\tis late. \xC3\x89t\xC3\xA9 \xC3\xA9t\xC3\xA9 came. a\xC2\xA0" "a test"});
    EXPECT_EQ(primaries(fs), (Strings{"is\tis", "\xC3\x89t\xC3\xA9 \xC3\xA9t\xC3\xA9", "a\xC2\xA0" "a"}));
}

TEST(RepeatedWord, LegitimateDoublesAreNotReported) {
    auto fs = findings("text.repeated-word",
                       {"He had had enough. She said that that was wrong. Bye bye, he said. It was very very cold.\n"
                        "They flew to Walla Walla and Bora Bora. J J Abrams agreed. In 2018 2018 was a year.\n"
                        "No, no. Go-go dancers. It was the\nthe end. \"the\" the quote. the (the) bracket.\n"
                        "don't don't? It's it's fine."});
    EXPECT_EQ(primaries(fs), (Strings{"don't don't", "It's it's"}));  // only real slips; apostrophes stay in words
}

TEST(RepeatedWord, TripleIsOneFinding) {
    auto fs = findings("text.repeated-word", {"It was the the the end."});
    EXPECT_EQ(primaries(fs), (Strings{"the the"}));
}

TEST(SpellingVariant, MixedSpellingsGiveOneInfoFindingPerWord) {
    auto fs = findings("text.spelling-variant",
                       {"The defense minister spoke. Defense officials agreed. The defence budget grew, and the "
                        "defences held. Colors faded; colours too.",
                        "The defence minister spoke. The defences held."});
    ASSERT_EQ(fs.size(), 2u);
    // colour/color: one each, a tie: the later spelling ("colours") is the odd one out.
    // defense (2) against defence+defences (2): tie again, British came second.
    EXPECT_EQ(primaries(fs), (Strings{"defence", "colours"}));  // in text order
    for (const auto& f : fs) {
        EXPECT_EQ(f.severity, Severity::info);
        ASSERT_EQ(f.evidence.size(), 2u);
        EXPECT_EQ(f.evidence[0].source, 0u);  // the consistent second source gives nothing
    }
    EXPECT_EQ(fs[0].evidence[1].text, "defense");
    EXPECT_NE(fs[0].fix.find("defense"), std::string::npos);
}

TEST(SpellingVariant, MajoritySpellingIsSuggestedAndCaseKept) {
    auto fs = findings("text.spelling-variant",
                       {"The Ministry of Defence said. Defence officials met. The US Department of Defense said."});
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].evidence[0].text, "Defense");
    EXPECT_EQ(fs[0].evidence[1].text, "Defence");
    EXPECT_EQ(fs[0].fix, "spell it \"Defence\" throughout");
    EXPECT_LT(fs[0].confidence, 1.0);  // capitalised: possibly a name
}

TEST(SpellingVariant, ANameKeepsItsSpellingAmongCommonNouns) {
    auto names = findings("text.spelling-variant",
                          {"Ships left Pearl Harbor at dawn. The harbour was quiet, and the harbour master slept.",
                           "Harbor officials met. The harbour was quiet."});
    // Source 0: "Harbor" only in a name, "harbour" only as a noun: not reported. Source 1: "Harbor" starts a
    // sentence, so it is not known to be a name: reported.
    ASSERT_EQ(names.size(), 1u);
    EXPECT_EQ(names[0].evidence[0].source, 1u);
    EXPECT_DOUBLE_EQ(names[0].confidence, 1.0);
}

TEST(SpellingVariant, ConsistentCopyHasNoFinding) {
    auto fs = findings("text.spelling-variant",
                       {"The organization analyzed the theater's color scheme and traveled to the center.",
                        "The organisation analysed the theatre's colour scheme and travelled to the centre."});
    EXPECT_TRUE(fs.empty());
}

TEST(TextRules, AreRegisteredAsNonContradictions) {
    int found = 0;
    for (const auto& c : make_checks())
        if (c->id() == "text.repeated-word" || c->id() == "text.spelling-variant") {
            ++found;
            EXPECT_FALSE(c->contradiction());
        }
    EXPECT_EQ(found, 2);
}

}  // namespace
