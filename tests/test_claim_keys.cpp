// What claim.disputed matches on: who can be held to a claim (attribution::names_speaker) and what a denial
// negates (ClaimKeys::governed); and the seeds' cooperation dispute keeping every denial.
#include <gtest/gtest.h>

#include <algorithm>

#include "checks/attribution_support.hpp"
#include "knowledge/roles.hpp"
#include "tests/attribution_testing.hpp"

using namespace crosscheck;
using testing_attribution::knowledge;

namespace {

attribution::SpeakerRef organisation(std::string name) {
    attribution::SpeakerRef s;
    s.name = name;
    s.organisation = roles::canonical_org(name);
    return s;
}

attribution::SpeakerRef person(std::string name) {
    attribution::SpeakerRef s;
    s.name = std::move(name);
    return s;
}

Claim claim(std::string content, std::vector<std::string> subjects, Polarity polarity) {
    Claim c;
    c.content = std::move(content);
    c.subjects = std::move(subjects);
    c.polarity = polarity;
    return c;
}

}  // namespace

TEST(ClaimSpeaker, NamedBodiesAndPeopleSpeak) {
    for (const char* name : {"Pentagon", "IBM", "Texaco", "Senate", "Harlow Mining Corp", "State Department"})
        EXPECT_TRUE(attribution::names_speaker(organisation(name), knowledge())) << name;
    EXPECT_TRUE(attribution::names_speaker(person("Jim Mattis"), knowledge()));
    EXPECT_TRUE(attribution::names_speaker(person("Mattis"), knowledge()));
}

TEST(ClaimSpeaker, NameFragmentsAndCreditsDoNot) {
    // A company form, a generic head, an ordinary word, a numeral, a party tag, the news agency.
    for (const char* name :
         {"Inc", "Co", "Corp", "SA", "NA", "Group", "Agency", "Similarly", "IV", "R-Mich", "Reuters"})
        EXPECT_FALSE(attribution::names_speaker(organisation(name), knowledge())) << name;
    // "a spokesman said", no body named.
    attribution::SpeakerRef anonymous = person("spokesman");
    anonymous.vague = true;
    EXPECT_FALSE(attribution::names_speaker(anonymous, knowledge()));
    anonymous.affiliations.insert("bundesbank");
    EXPECT_TRUE(attribution::names_speaker(anonymous, knowledge()));
}

TEST(ClaimKeys, NegationGovernsWhatFollowsIt) {
    auto keys = attribution::claim_keys(
        claim("there would be no cooperation with the Russian military in Syria, officials added",
              {"cooperate", "Russian", "military", "Syria", "official", "add"}, Polarity::denies),
        knowledge());
    EXPECT_TRUE(keys.governed.contains("cooperate"));
    EXPECT_TRUE(keys.governed.contains("military"));
    EXPECT_FALSE(keys.governed.contains("official"));  // after the comma: another clause
}

TEST(ClaimKeys, KeyWordsAreTheKeysAsTheyCome) {
    // claim.disputed reads most claims' keys as words (repeats, particles and entity words as claim_keys has them)
    // and builds ClaimKeys only for related pairs: the two must hold the same keys.
    Claim c = claim("the Russians said Russia would not sell the van der Berg stake, a Russian official said",
                    {"Russians", "sell", "Russia", "van", "der", "Berg", "stake", "Russian", "official", "sell", ""},
                    Polarity::denies);
    std::unordered_map<std::string, std::string> entity_keys;
    attribution::ClaimKeyWords words;
    attribution::claim_key_words(c, knowledge(), entity_keys, words);
    auto keys = attribution::claim_keys(c, knowledge(), entity_keys);
    std::set<std::string> content, entities;
    for (const std::string* w : words.content) content.insert(*w);
    for (const std::string* e : words.entities) entities.insert(*e);
    EXPECT_EQ(content, keys.content);
    EXPECT_EQ(entities, keys.entities);
    EXPECT_EQ(words.content.size(), 4u);  // sell (twice), stake, official: "van", "der" are name particles
    EXPECT_LT(keys.entities.size(), words.entities.size());  // Russians, Russia, Russian: one country
}

TEST(ClaimKeys, LightVerbsPassTheNegationOn) {
    auto keys = attribution::claim_keys(
        claim("a deal on steel tariffs did not appear imminent", {"deal", "steel", "tariff", "appear", "imminent"},
              Polarity::denies),
        knowledge());
    EXPECT_EQ(keys.governed, (std::set<std::string>{"imminent"}));
}

TEST(ClaimKeys, NoCommentIsNoDenial) {
    auto keys = attribution::claim_keys(
        claim("he had no comment on the merger", {"comment", "merger"}, Polarity::denies), knowledge());
    EXPECT_TRUE(keys.governed.empty());
}

TEST(ClaimKeys, DenyingVerbGovernsTheClause) {
    // "denied that the programme had been effective": no negation in the words, the verb denies them.
    auto keys = attribution::claim_keys(
        claim("the vaccine programme had been effective", {"vaccin", "programm", "effectiv"}, Polarity::denies),
        knowledge());
    EXPECT_EQ(keys.governed, (std::set<std::string>{"vaccin", "programm", "effectiv"}));
    // Assertions deny nothing; a name particle is no word of the matter.
    auto assertion = attribution::claim_keys(
        claim("it agreed to sell the unit to Banco de Santander", {"agre", "sell", "unit", "Banco", "de", "Santander"},
              Polarity::asserts),
        knowledge());
    EXPECT_TRUE(assertion.governed.empty());
    EXPECT_FALSE(assertion.content.contains("de"));
}

TEST(ClaimDisputed, SeedDisputeKeepsThePentagonDenial) {
    Result r = testing_attribution::run_seeds();
    const Finding* dispute = nullptr;
    for (const auto& f : r.findings)
        if (f.rule == "claim.disputed" && f.message.find("cooperat") != std::string::npos) dispute = &f;
    ASSERT_TRUE(dispute);
    auto has = [&](std::string_view text) {
        return std::any_of(dispute->evidence.begin(), dispute->evidence.end(),
                           [&](const Evidence& e) { return e.text.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(has("We do not collaborate or coordinate with the Russians")) << dispute->message;
    EXPECT_TRUE(has("no cooperation with the Russian military")) << dispute->message;
    EXPECT_TRUE(has("not yet ready to cooperate militarily")) << dispute->message;
}

TEST(ClaimKeys, ConditionsSecondClausesAndDoubleNegativesDenyNothing) {
    for (const char* text : {"if the talks do not give priority to farm trade reform they will fail",
                             "Saudi Arabia is adhering to the accord and it will never sell oil below the price",
                             "he would not object to a transfer of the authority over airline mergers"}) {
        Claim c = claim(text, {"talk", "priority", "farm", "trade", "reform", "fail", "adher", "accord", "sell", "oil",
                               "price", "object", "transfer", "authority", "airline", "merger"},
                        Polarity::denies);
        EXPECT_TRUE(attribution::claim_keys(c, knowledge()).governed.empty()) << text;
    }
}
