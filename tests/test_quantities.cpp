// Quantity grammar and extraction: numbers with what they count, approximate magnitudes, fractions, and the
// numbers that are no counts (years, dates, times, ordinals, identifiers).
#include <gtest/gtest.h>

#include "extract/extract.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;

namespace {

std::vector<Quantity> quantities_in(const std::string& text) {
    Source s;
    s.id = "t";
    s.text = text;
    segment(s);
    Extraction ex;
    extract_dates(s, ex);  // as in the pipeline: dates first, so their numbers are not counted
    extract_quantities(s, ex);
    return ex.quantities;
}

Quantity one(const std::string& text) {
    auto qs = quantities_in(text);
    EXPECT_EQ(qs.size(), 1u) << text;
    return qs.empty() ? Quantity{} : qs[0];
}

TEST(Quantities, DigitsWithThousandsSeparator) {
    auto q = one("The US keeps 2,000 troops in Syria.");
    EXPECT_DOUBLE_EQ(q.value, 2000);
    EXPECT_EQ(q.unit, "troop");
    EXPECT_EQ(q.counted, "troops");
    EXPECT_EQ(q.text, "2,000 troops");
    EXPECT_FALSE(q.approximate);
}

TEST(Quantities, Months) {
    auto q = one("UN aid access to the region for 12 months.");
    EXPECT_DOUBLE_EQ(q.value, 12);
    EXPECT_EQ(q.unit, "month");
}

TEST(Quantities, ScaledDecimal) {
    auto q = one("Some 3.5 million people fled.");
    EXPECT_DOUBLE_EQ(q.value, 3.5e6);
    EXPECT_EQ(q.unit, "person");
    EXPECT_EQ(q.counted, "people");
    EXPECT_TRUE(q.approximate);  // "some"
}

TEST(Quantities, NumberWordsAndAdjectives) {
    auto qs = quantities_in("The two nations are conducting two separate military campaigns on opposing sides.");
    ASSERT_EQ(qs.size(), 2u);
    EXPECT_EQ(qs[0].unit, "nation");
    EXPECT_DOUBLE_EQ(qs[1].value, 2);
    EXPECT_EQ(qs[1].unit, "campaign");
    EXPECT_EQ(qs[1].counted, "separate military campaigns");
}

TEST(Quantities, MagnitudesAreApproximate) {
    auto q = one("Both sides have hundreds of troops present.");
    EXPECT_DOUBLE_EQ(q.value, 100);
    EXPECT_TRUE(q.approximate);
    EXPECT_EQ(q.unit, "troop");
    auto more = one("It led to thousands more civilian deaths.");
    EXPECT_DOUBLE_EQ(more.value, 1000);
    EXPECT_TRUE(more.approximate);
    EXPECT_TRUE(more.increment);
    EXPECT_EQ(more.unit, "death");
    EXPECT_EQ(more.counted, "civilian deaths");
    auto tens = one("Tens of thousands of people marched.");
    EXPECT_DOUBLE_EQ(tens.value, 10000);
}

TEST(Quantities, Fraction) {
    auto q = one("The occupation of almost one-third of the Syrian territory is unacceptable.");
    EXPECT_NEAR(q.value, 1.0 / 3, 1e-9);
    EXPECT_EQ(q.unit, "territory");
    EXPECT_EQ(q.counted, "the Syrian territory");
}

TEST(Quantities, SingleThing) {
    auto q = one("Europe, News, US 1 Comment");
    EXPECT_DOUBLE_EQ(q.value, 1);
    EXPECT_EQ(q.unit, "comment");
}

// Casualty copy states tolls without a noun: the toll word is what is counted, so two articles' tolls compare.
TEST(Quantities, TollsWithoutANoun) {
    auto qs = quantities_in("The quake left 199 injured. Officials said 6,700 were injured and 24 are missing. "
                            "At least 12 dead were found. He was 46 when the roof fell.");
    ASSERT_EQ(qs.size(), 4u);
    EXPECT_EQ(qs[0].value, 199);
    EXPECT_EQ(qs[0].unit, "injured");
    EXPECT_EQ(qs[1].value, 6700);
    EXPECT_EQ(qs[1].unit, "injured");
    EXPECT_EQ(qs[1].counted, "were injured");
    EXPECT_EQ(qs[1].text, "6,700 were injured");
    EXPECT_EQ(qs[2].unit, "missing");
    EXPECT_EQ(qs[3].unit, "dead");
}

// A death toll named before its figure: "the death toll ... reached 143", "a death toll of 12". The toll word
// must be a toll's ("death", "casualty"), and only a toll's verbs and prepositions stand before the number.
TEST(Quantities, TollNamedBeforeItsFigure) {
    auto qs = quantities_in("The death toll from landslides in the hills reached 143 on Tuesday. "
                            "The casualty toll has risen to 31. The road toll rose to 5. "
                            "The death toll in the region, officials said, was 12.");
    ASSERT_EQ(qs.size(), 2u);
    EXPECT_EQ(qs[0].value, 143);
    EXPECT_EQ(qs[0].unit, "dead");
    EXPECT_EQ(qs[0].counted, "death toll");
    EXPECT_EQ(qs[1].value, 31);
    EXPECT_EQ(qs[1].counted, "casualty toll");
}

// "76 of the 151 seats": the whole a part is taken from counts nothing anyone has; it is marked, so it is compared
// with other wholes only (another report's "76 seats" is no conflict with it). The part has no noun of its own
// and is not read.
TEST(Quantities, WholeOfAPartitiveIsMarked) {
    auto qs = quantities_in("Labor had yet to reach 76 of the 151 lower house seats. Two of the 15 members left. "
                            "The party holds 151 seats.");
    std::vector<std::pair<double, bool>> values;
    for (const auto& q : qs) values.emplace_back(q.value, q.whole);
    EXPECT_EQ(values, (std::vector<std::pair<double, bool>>{{151, true}, {15, true}, {151, false}}));
}

// "Of the 170 cases counted, 162 were recorded ...": the count after the comma counts the partitive's noun, when a
// verb follows it; without the verb ("Of the 170 cases, 162 in May") or the opening "Of", nothing is counted.
TEST(Quantities, CountOfAnOpeningPartitive) {
    auto qs = quantities_in("Of the 170 cases counted in the trial, 162 were recorded in the placebo group.");
    ASSERT_EQ(qs.size(), 2u);
    EXPECT_EQ(qs[1].value, 162);
    EXPECT_EQ(qs[1].unit, "case");
    EXPECT_EQ(qs[1].text, "162 were recorded");
    EXPECT_EQ(quantities_in("Of the 170 cases, 162 in May.").size(), 1u);
    EXPECT_EQ(quantities_in("In the trial, 162 were recorded.").size(), 0u);
}

TEST(Quantities, ApproximatingWords) {
    EXPECT_TRUE(one("More than 300 people were killed.").approximate);
    EXPECT_TRUE(one("At least 12 soldiers died.").approximate);
    EXPECT_FALSE(one("Exactly 12 soldiers died.").approximate);
}

TEST(Quantities, PercentAndCurrency) {
    auto p = one("Turnout was 45 percent.");
    EXPECT_EQ(p.unit, "percent");
    auto s = one("Unemployment rose to 7%.");
    EXPECT_EQ(s.unit, "percent");
    EXPECT_DOUBLE_EQ(s.value, 7);
    auto d = one("Congress approved $4 billion in aid.");
    EXPECT_EQ(d.unit, "dollar");
    EXPECT_DOUBLE_EQ(d.value, 4e9);
    EXPECT_EQ(d.text, "$4 billion");
}

TEST(Quantities, NoBreakSpaces) {
    auto q = one("It led to thousands more civilian\xC2\xA0" "deaths.");
    EXPECT_EQ(q.unit, "death");
    auto after = one("Troops stayed in\xC2\xA0Syria with\xC2\xA0" "300 soldiers present.");
    EXPECT_EQ(after.unit, "soldier");
}

TEST(Quantities, NotCounts) {
    EXPECT_TRUE(quantities_in("Russia annexed Crimea in 2014 and intervened in September 2015.").empty());
    EXPECT_TRUE(quantities_in("The regime, in power since 1963, fell on July 25, 2018.").empty());
    EXPECT_TRUE(quantities_in("The first time, at 7:57 am, on the 21st floor.").empty());
    EXPECT_TRUE(quantities_in("Media ID: 55351211").empty());
    EXPECT_TRUE(quantities_in("One of the refugees said no one came, with hundreds remaining.").empty());
    EXPECT_TRUE(quantities_in("A 12-year-old boy was hurt.").empty());
    EXPECT_TRUE(quantities_in("New COVID-19 cases rose as F-16 jets flew; a 3-2 vote followed.").empty());
}

}  // namespace
