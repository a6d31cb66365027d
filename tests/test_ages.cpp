// Ages beside people: appositions, compound adjectives, "the 60-year-old" standing for the person named before,
// "died aged 96"; and what is no age of anyone named.
#include <algorithm>
#include <gtest/gtest.h>

#include "extract/extract.hpp"
#include "knowledge/knowledge.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;

namespace {

struct Aged {
    std::string text, person;
    int years;
    bool operator==(const Aged&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Aged& a) { return os << a.person << ": " << a.text << " = " << a.years; }

std::pair<Source, Extraction> extracted(const std::string& text) {
    static const Knowledge knowledge = Knowledge::load();
    Source s;
    s.id = "t";
    s.text = text;
    segment(s);
    Extraction ex = extract(s, knowledge);
    return {std::move(s), std::move(ex)};
}

std::vector<Aged> ages_in(const std::string& text) {
    auto [s, ex] = extracted(text);
    std::vector<Aged> out;
    for (const auto& a : ex.ages)
        if (!a.born) out.push_back({std::string(s.slice(a.span)), ex.people_mentions[a.person].name, a.years});
    return out;
}

TEST(Ages, Appositions) {
    EXPECT_EQ(ages_in("Marion Blake, 60, was sentenced on Tuesday."), (std::vector<Aged>{{"60", "Marion Blake", 60}}));
    EXPECT_EQ(ages_in("Her lawyer, Tom Reyes (45), said she would appeal."),
              (std::vector<Aged>{{"45", "Tom Reyes", 45}}));
    EXPECT_EQ(ages_in("Prosecutor Anne Lowe, aged 52, welcomed the ruling."),
              (std::vector<Aged>{{"52", "Anne Lowe", 52}}));
    // A relative clause stating the age, closed by its comma or a circumstance.
    EXPECT_EQ(ages_in("Actor John Harlow, who was 84, had been ill."), (std::vector<Aged>{{"84", "John Harlow", 84}}));
    EXPECT_EQ(ages_in("Actor John Harlow, who was 84 when he died, had been ill."),
              (std::vector<Aged>{{"84", "John Harlow", 84}}));
    EXPECT_TRUE(ages_in("Actor John Harlow, who was 45 years in film, retired.").empty());
}

TEST(Ages, CompoundAdjectiveAndStandIn) {
    EXPECT_EQ(ages_in("The 58-year-old mayor Peter Olsen resigned."),
              (std::vector<Aged>{{"58-year-old", "Peter Olsen", 58}}));
    EXPECT_EQ(ages_in("Peter Olsen resigned on Friday. The 59-year-old said he had done nothing wrong."),
              (std::vector<Aged>{{"59-year-old", "Peter Olsen", 59}}));
    EXPECT_EQ(ages_in("The painter Lucia Ferro has died aged 88, her family said."),
              (std::vector<Aged>{{"88", "Lucia Ferro", 88}}));
}

// Years of birth, of the sentence's subject (a pronoun's antecedent), not of someone else the sentence names.
TEST(Ages, YearsOfBirth) {
    auto born = [](const std::string& text) {
        Extraction ex = extracted(text).second;
        std::vector<std::pair<std::string, int>> out;
        for (const auto& a : ex.ages)
            if (a.born) out.emplace_back(ex.people_mentions[a.person].name, a.born);
        return out;
    };
    using Born = std::vector<std::pair<std::string, int>>;
    EXPECT_EQ(born("Actor John Harlow died. Harlow was born in 1941 in Ohio."), (Born{{"Harlow", 1941}}));
    EXPECT_EQ(born("Singer Ann Lee spoke. She was born on May 3, 1972, in Texas."), (Born{{"Ann Lee", 1972}}));
    EXPECT_EQ(born("Director Tom Hill (born 1960) spoke."), (Born{{"Tom Hill", 1960}}));
    EXPECT_TRUE(born("Director Tom Hill met a woman born in 1950.").empty());
    EXPECT_TRUE(born("Director Tom Hill's firstborn arrived in 1990.").empty());
}

// Obituary forms, an age apposition before "who was born", a fronted "Born in ...", and a full date of birth.
TEST(Ages, ObituariesAndBirths) {
    EXPECT_EQ(ages_in("The painter Lucia Ferro died on Sunday aged 88."), (std::vector<Aged>{{"88", "Lucia Ferro", 88}}));
    EXPECT_EQ(ages_in("The painter Lucia Ferro died at 88, her family said."),
              (std::vector<Aged>{{"88", "Lucia Ferro", 88}}));
    EXPECT_TRUE(ages_in("The painter Lucia Ferro died at 10 Downing Street.").empty());
    EXPECT_TRUE(ages_in("Lucia Ferro said a man died after a woman aged 30 attacked him.").empty());
    Extraction ex = extracted("Inter coach Simone Inzaghi, 48, who was born on April 5, 1976, in Piacenza, lost.").second;
    auto birth = std::find_if(ex.ages.begin(), ex.ages.end(), [](const AgeMention& a) { return a.born != 0; });
    ASSERT_NE(birth, ex.ages.end());
    EXPECT_EQ(ex.people_mentions[birth->person].name, "Simone Inzaghi");
    EXPECT_EQ(birth->born, 1976);
    EXPECT_EQ(birth->born_month, 4u);
    EXPECT_EQ(birth->born_day, 5u);
    ex = extracted("Born in 1938 in Youngstown, Ohio, Margaret Ellison was one of three women.").second;
    ASSERT_EQ(ex.ages.size(), 1u);
    EXPECT_EQ(ex.people_mentions[ex.ages[0].person].name, "Margaret Ellison");
    EXPECT_EQ(ex.ages[0].born, 1938);
}

TEST(Ages, NotAges) {
    EXPECT_TRUE(ages_in("Peter Olsen found a 10-year-old girl in the rubble.").empty()) << "a new, unnamed person";
    EXPECT_TRUE(ages_in("Peter Olsen, 60 percent of the vote, won.").empty());
    EXPECT_TRUE(ages_in("Peter Olsen, 2019, was a hard year.").empty()) << "no plausible age";
    EXPECT_TRUE(ages_in("A 30-year-old man was arrested.").empty());
    EXPECT_TRUE(ages_in("\"Peter Olsen is a fine man. The 60-year-old said so,\" he said.").empty()) << "in a quote";
}

}  // namespace
