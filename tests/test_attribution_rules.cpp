// The attribution rules (attribution.conflict, quote.wording-drift, claim.disputed) on small texts and on the
// five seed articles together.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "checks/attribution_support.hpp"
#include "pipeline.hpp"
#include "tests/attribution_testing.hpp"

using namespace crosscheck;

namespace {

using testing_attribution::knowledge;
using testing_attribution::run_texts;

const Result& seeds() {
    static const Result r = testing_attribution::run_seeds();
    return r;
}

std::vector<const Finding*> of_rule(const Result& r, std::string_view rule) {
    std::vector<const Finding*> out;
    for (const auto& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

bool mentions(const Finding& f, std::string_view text) {
    return std::any_of(f.evidence.begin(), f.evidence.end(),
                       [&](const Evidence& e) { return e.text.find(text) != std::string::npos; });
}

}  // namespace

// ---- attribution.conflict -------------------------------------------------------------------------------------

TEST(AttributionConflict, SameWordsTwoSpeakers) {
    Result r = run_texts({"\"The harbour will double in size within five years,\" Mayor Helen Carter said.\n",
                          "\"The harbour will double in size within five years,\" Deputy Mayor Robert Finch said.\n"});
    auto found = of_rule(r, "attribution.conflict");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0]->message.find("Helen Carter"), std::string::npos);
    EXPECT_NE(found[0]->message.find("Robert Finch"), std::string::npos);
    EXPECT_EQ(found[0]->severity, Severity::warning);
}

TEST(AttributionConflict, NicknameIsTheSamePerson) {
    Result r = run_texts({"\"The harbour will double in size within five years,\" Port Director James Whitfield said.\n",
                          "\"The harbour will double in size within five years,\" Port Director Jim Whitfield said.\n"});
    EXPECT_TRUE(of_rule(r, "attribution.conflict").empty());
}

TEST(AttributionConflict, SpeakerMatching) {
    attribution::SpeakerRef a, b;
    a.name = "Jim Mattis", a.given = "jim", a.surname = "mattis";
    b.name = "James Mattis", b.given = "james", b.surname = "mattis";
    EXPECT_TRUE(attribution::same_speaker(a, b, knowledge().names));
    b.given = "";  // "Mattis"
    EXPECT_TRUE(attribution::same_speaker(a, b, knowledge().names));
    b.given = "robert";
    EXPECT_FALSE(attribution::same_speaker(a, b, knowledge().names));
    attribution::SpeakerRef pentagon;
    pentagon.name = "Pentagon", pentagon.organisation = "pentagon";
    a.affiliations = {"pentagon"};
    EXPECT_TRUE(attribution::compatible(a, pentagon, knowledge().names));
    a.affiliations = {"state department"};
    EXPECT_FALSE(attribution::compatible(a, pentagon, knowledge().names));
}

TEST(AttributionConflict, AnotherVoiceAfterAnOrganisationIsNoConflict) {
    // A minister agreeing with the White House is another voice, not the White House's spokesperson.
    Result r = run_texts({"The White House rejected the proposal to cut the defence budget.\n\n"
                          "\"There is no proposal to cut the defence budget that I could support,\" Foreign Minister Maria Vance said.\n"});
    EXPECT_TRUE(of_rule(r, "attribution.conflict").empty());
}

TEST(AttributionConflict, SeedPentagonFrameWithStateDepartmentQuote) {
    bool found = false;
    for (const Finding* f : of_rule(seeds(), "attribution.conflict"))
        if (f->evidence[0].source == 2 && mentions(*f, "Pentagon") && mentions(*f, "John Kirby")) found = true;
    EXPECT_TRUE(found);
}

TEST(AttributionConflict, SeedsHaveNoOtherConflicts) {
    // Mattis is Jim in one seed and James in another, Kirby is quoted word for word twice: none of it conflicts.
    for (const Finding* f : of_rule(seeds(), "attribution.conflict")) {
        EXPECT_FALSE(mentions(*f, "Mattis")) << f->message;
        EXPECT_FALSE(f->evidence[0].source == 3) << f->message;
    }
}

// ---- quote.wording-drift --------------------------------------------------------------------------------------

TEST(QuoteWordingDrift, ShowsTheDifference) {
    Result r = run_texts({"\"There is no agreement to conduct joint air strikes with them,\" Navy Captain Jeff Davis said.\n",
                          "\"There is no agreement to conduct joint airstrikes with them,\" Navy Captain Jeff Davis said.\n"});
    auto found = of_rule(r, "quote.wording-drift");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0]->message.find("'air strikes' vs 'airstrikes'"), std::string::npos) << found[0]->message;
}

// Words that recur in a quote ("the", "and") align each with its own place: only the changed word is drift.
TEST(QuoteWordingDrift, RepeatedWordsAlignInOrder) {
    Result r = run_texts({"\"We will build the road and the bridge and the school this year,\" Mayor Helen Carter said.\n",
                          "\"We will build the road and the tunnel and the school this year,\" Mayor Helen Carter said.\n"});
    auto found = of_rule(r, "quote.wording-drift");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0]->message.find(": 'bridge' vs 'tunnel'"), std::string::npos) << found[0]->message;
    EXPECT_EQ(found[0]->message.find(" and 1 more"), std::string::npos) << found[0]->message;
}

TEST(QuoteWordingDrift, QuotingLessIsNoDrift) {
    Result r = run_texts({"\"We will rebuild the school before winter and open it to every child in the valley,\" Mayor Helen Carter said.\n",
                          "\"We will rebuild the school before winter,\" Mayor Helen Carter said.\n",
                          "\"We will rebuild the school before winter and open it to every child in the valley,\" Helen Carter said.\n"});
    EXPECT_TRUE(of_rule(r, "quote.wording-drift").empty());
}

TEST(QuoteWordingDrift, HouseStyleIsNoDrift) {
    ASSERT_EQ(knowledge().spelling.variant_of("defence"), "defense");
    Result r = run_texts({"\"Our defence policy will not change and the de-conflicting line stays open,\" Navy Captain Jeff Davis said.\n",
                          "\"Our defense policy will not change and the deconflicting line stays open,\" Navy Captain Jeff Davis said.\n"});
    EXPECT_TRUE(of_rule(r, "quote.wording-drift").empty());
}

TEST(QuoteWordingDrift, SeedKirbyQuoteIsNotDrift) {
    for (const Finding* f : of_rule(seeds(), "quote.wording-drift"))
        EXPECT_FALSE(mentions(*f, "There is no agreement to conduct joint air strikes")) << f->message;
}

// ---- claim.disputed -------------------------------------------------------------------------------------------

TEST(ClaimDisputed, SeedsFindTheCooperationDispute) {
    const Finding* dispute = nullptr;
    for (const Finding* f : of_rule(seeds(), "claim.disputed"))
        if (f->message.find("cooperat") != std::string::npos) dispute = f;
    ASSERT_TRUE(dispute);
    EXPECT_EQ(dispute->severity, Severity::info);
    std::set<std::size_t> sources;
    for (const auto& e : dispute->evidence) sources.insert(e.source);
    // Mattis in seeds 000 and 004, the Pentagon in 002, Antonov in 001.
    for (std::size_t s : {0u, 1u, 2u, 4u}) EXPECT_TRUE(sources.contains(s)) << s << ": " << dispute->message;
    EXPECT_NE(dispute->message.find("Mattis"), std::string::npos);
    EXPECT_NE(dispute->message.find("Antonov"), std::string::npos);
    EXPECT_NE(dispute->message.find("Pentagon"), std::string::npos);
    // Antonov asserts, Mattis denies.
    auto asserted = dispute->message.find("asserted by"), denied = dispute->message.find("denied by");
    ASSERT_NE(asserted, std::string::npos);
    ASSERT_NE(denied, std::string::npos);
    EXPECT_LT(dispute->message.find("Antonov"), denied);
    EXPECT_GT(dispute->message.find("Mattis"), denied);
}

TEST(ClaimDisputed, UnrelatedClaimsAreNotDisputes) {
    Result r = run_texts({"Mayor Helen Carter said the new library had been a success with young readers.\n",
                          "Finance Minister Paul Grant said the budget would not include new fuel taxes.\n"});
    EXPECT_TRUE(of_rule(r, "claim.disputed").empty());
}

TEST(ClaimDisputed, SameSpeakerBothWaysIsAnError) {
    Result r = run_texts({"Mayor Helen Carter said the harbour expansion plan was approved by the regional council. "
                          "Later, Carter said the harbour expansion plan was not approved by the regional council.\n"});
    auto found = of_rule(r, "claim.disputed");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0]->severity, Severity::error) << found[0]->message;
}

// ---- clean copy -----------------------------------------------------------------------------------------------

TEST(AttributionRules, ConsistentCoverageHasNoFindings) {
    // Two reports of one press conference: the same quotes (one shortened), the same speakers under different name
    // forms, a spokesman for his ministry, and claims that agree.
    Result r = run_texts(
        {"Water restrictions lifted after heavy rain\n\n"
         "Environment Minister Catherine Osei said on Monday that the reservoirs were full again.\n\n"
         "\"We can lift the hosepipe ban from Friday, but we ask everyone to keep saving water,\" Osei told reporters.\n\n"
         "\"The summer may still be dry.\"\n\n"
         "Environment Ministry spokesman Paul Reed said the ban had cut household use by a fifth.\n",
         "Hosepipe ban to end on Friday\n\n"
         "The hosepipe ban will end on Friday, Environment Minister Cathy Osei said on Monday.\n\n"
         "\u201CWe can lift the hosepipe ban from Friday,\u201D Osei said, adding that people should keep saving water.\n\n"
         "The Environment Ministry said household use had fallen by a fifth during the ban.\n"});
    for (const auto& f : r.findings) {
        EXPECT_NE(f.rule, "attribution.conflict") << f.message;
        EXPECT_NE(f.rule, "quote.wording-drift") << f.message;
        EXPECT_NE(f.rule, "claim.disputed") << f.message;
    }
}
