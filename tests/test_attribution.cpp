// Quotes, speakers and claims (grammars/attribution, lib/extract/attribution.cpp), on small texts and on the
// seed articles.
#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <utility>

#include "checks/attribution_support.hpp"
#include "knowledge/speech.hpp"
#include "pipeline.hpp"
#include "tests/attribution_testing.hpp"

using namespace crosscheck;

namespace {

using testing_attribution::knowledge;

Result run_texts(const std::vector<std::string>& texts) { return testing_attribution::run_texts(texts, false); }
Result run_seeds() { return testing_attribution::run_seeds(false); }

const Quote* quote_starting(const Extraction& ex, std::string_view start) {
    for (const auto& q : ex.quotes)
        if (q.text.starts_with(start)) return &q;
    return nullptr;
}

const Claim* claim_containing(const Extraction& ex, std::string_view words) {
    for (const auto& c : ex.claims)
        if (c.content.find(words) != std::string::npos) return &c;
    return nullptr;
}

// Who a quote is attributed to once people are resolved within its source (the fullest name form there).
std::string speaker(const Result& r, std::size_t source, const Quote& q) {
    const Extraction& ex = r.corpus.extractions[source];
    if (q.speaker_mention >= 0 && ex.people_mentions[q.speaker_mention].entity >= 0)
        return ex.people[ex.people_mentions[q.speaker_mention].entity].name;
    return q.speaker_name;
}

}  // namespace

TEST(Attribution, CueAfterTheQuote) {
    Result r = run_texts({"\xE2\x80\x9CWe will build the road this year,\xE2\x80\x9D Mayor Helen Carter said on Monday.\n"});
    const auto& ex = r.corpus.extractions[0];
    ASSERT_EQ(ex.quotes.size(), 1u);
    const Quote& q = ex.quotes[0];
    EXPECT_EQ(q.text, "We will build the road this year,");
    EXPECT_EQ(r.corpus.sources[0].slice(q.span), "\xE2\x80\x9CWe will build the road this year,\xE2\x80\x9D");
    EXPECT_EQ(speaker(r, 0, q), "Helen Carter");
    EXPECT_EQ(q.verb, "said");
    EXPECT_EQ(r.corpus.sources[0].slice(q.cue_span), "Mayor Helen Carter said");
}

TEST(Attribution, InvertedCueAndCueBefore) {
    Result r = run_texts({"\"The bridge is safe,\" said Transport Minister Daniel Okafor.\n\n"
                          "Health Minister Laura Stein told reporters: \"The clinics will open in May.\"\n"});
    const auto& ex = r.corpus.extractions[0];
    const Quote* a = quote_starting(ex, "The bridge is safe");
    const Quote* b = quote_starting(ex, "The clinics will open");
    ASSERT_TRUE(a && b);
    EXPECT_EQ(speaker(r, 0, *a), "Daniel Okafor");
    EXPECT_EQ(speaker(r, 0, *b), "Laura Stein");
    EXPECT_EQ(b->verb, "told reporters");
}

// After a verb of address the one named is the addressee, not the speaker: "Braim told Reuters" is Braim's.
TEST(Attribution, AddresseeAfterToldIsNoSpeaker) {
    Result r = run_texts({"The spokesman, Musab Braim, spoke at noon. \"The truce began at dawn,\" Braim told "
                          "Reuters. \"It will hold,\" the minister told Helen Carter.\n"});
    const auto& ex = r.corpus.extractions[0];
    const Quote* a = quote_starting(ex, "The truce began");
    const Quote* b = quote_starting(ex, "It will hold");
    ASSERT_TRUE(a && b);
    EXPECT_EQ(speaker(r, 0, *a), "Musab Braim");
    EXPECT_TRUE(a->speaker_organisation.empty()) << a->speaker_organisation;
    EXPECT_NE(speaker(r, 0, *b), "Helen Carter");
}

// A "she said" stands for the last person named outside quotes, and a possessor ("Blake's part") gives way to a
// person named as more than that within two sentences; with none that near, the possessor it is.
TEST(Attribution, PronounSpeakerSkipsQuotedPeopleAndNearPossessors) {
    Result r = run_texts({"Judge Ruth Alder set the term. She noted Marion Blake's part in the scheme. \"Ms. Blake is "
                          "punished for what she did, not for Victor Hale,\" she said.\n\nThe court met again in May. "
                          "It sat late. It heard Tom Reyes. It rose. Blake's lawyers asked for mercy. \"I am sorry,\" "
                          "she said.\n"});
    const auto& ex = r.corpus.extractions[0];
    const Quote* a = quote_starting(ex, "Ms. Blake is punished");
    const Quote* b = quote_starting(ex, "I am sorry");
    ASSERT_TRUE(a && b);
    EXPECT_EQ(speaker(r, 0, *a), "Ruth Alder");
    EXPECT_EQ(speaker(r, 0, *b), "Marion Blake");
}

// "agreed" names who spoke before a quote ("Carney also agreed: \"...\""), as "added" does.
TEST(Attribution, AgreedIsACue) {
    Result r = run_texts({"Trade Minister Patricia Carney also agreed: \"We are meeting in a time of tension.\"\n"});
    const auto& ex = r.corpus.extractions[0];
    ASSERT_EQ(ex.quotes.size(), 1u);
    EXPECT_EQ(speaker(r, 0, ex.quotes[0]), "Patricia Carney");
}

TEST(Attribution, MismatchedMarks) {
    // Opened with a closing mark; opened straight and closed curly.
    Result r = run_texts({"\xE2\x80\x9DThere is no plan to sell the land,\xE2\x80\x9D Mayor Helen Carter said.\n\n"
                          "\"It is not for sale,\xE2\x80\x9D Carter added.\n"});
    const auto& ex = r.corpus.extractions[0];
    ASSERT_EQ(ex.quotes.size(), 2u);
    EXPECT_EQ(ex.quotes[0].text, "There is no plan to sell the land,");
    EXPECT_EQ(ex.quotes[1].text, "It is not for sale,");
    EXPECT_EQ(speaker(r, 0, ex.quotes[1]), "Helen Carter");
}

// Straight marks inside a curly quotation closed by its curly mark are a quote within it (a nickname), not its end;
// without a curly close the marks pair as before.
TEST(Attribution, StraightMarksInsideACurlyQuote) {
    Result r = run_texts({"\xE2\x80\x9CVoters chose Ramon \"Bong\" Salcedo as governor,\xE2\x80\x9D spokesman Victor "
                          "Ramos said.\n\n\xE2\x80\x9CWe won \"The race is over,\" Ramos added.\n"});
    const auto& ex = r.corpus.extractions[0];
    ASSERT_EQ(ex.quotes.size(), 2u);
    EXPECT_EQ(ex.quotes[0].text, "Voters chose Ramon \"Bong\" Salcedo as governor,");
    EXPECT_EQ(speaker(r, 0, ex.quotes[0]), "Victor Ramos");
    EXPECT_EQ(ex.quotes[1].text, "We won");  // the curly mark closed by the straight one
}

TEST(Attribution, SplitQuoteTakesTheSpeakerOfItsFirstPart) {
    Result r = run_texts({"Mayor Helen Carter opened the road.\n\n"
                          "\"It took ten years,\" she said. \"Now it is done and the town can grow.\"\n"});
    const auto& ex = r.corpus.extractions[0];
    const Quote* second = quote_starting(ex, "Now it is done");
    ASSERT_TRUE(second);
    EXPECT_EQ(speaker(r, 0, *second), "Helen Carter");
}

TEST(Attribution, QuoteParagraphContinuesTheSpeakerConservatively) {
    Result r = run_texts({"\"We will build the road,\" Mayor Helen Carter said at the council meeting.\n\n"
                          "\"It will open next year and traffic will fall.\"\n\n"
                          "\"That is not what the budget says,\" an official said.\n\n"
                          "\"Nothing has been decided.\"\n"});
    const auto& ex = r.corpus.extractions[0];
    const Quote* cont = quote_starting(ex, "It will open next year");
    const Quote* official = quote_starting(ex, "That is not what");
    const Quote* after_official = quote_starting(ex, "Nothing has been decided");
    ASSERT_TRUE(cont && official && after_official);
    EXPECT_EQ(speaker(r, 0, *cont), "Helen Carter");
    // "an official said" is a cue with no known speaker: nobody's words are given to the mayor.
    EXPECT_EQ(speaker(r, 0, *official), "");
    EXPECT_EQ(speaker(r, 0, *after_official), "");
}

TEST(Attribution, OpenEndedQuoteRunsIntoTheNextParagraph) {
    Result r = run_texts({"Mayor Helen Carter said: \"We will build the road this year.\n\n"
                          "\"It will open next spring.\"\n"});
    const auto& ex = r.corpus.extractions[0];
    const Quote* first = quote_starting(ex, "We will build the road");
    const Quote* second = quote_starting(ex, "It will open next spring");
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->text, "We will build the road this year.");
    EXPECT_EQ(speaker(r, 0, *first), "Helen Carter");
    EXPECT_EQ(speaker(r, 0, *second), "Helen Carter");
}

TEST(Attribution, SingleMarksBritishStyle) {
    Result r = run_texts({"\xE2\x80\x98We will not raise the fees this year,\xE2\x80\x99 Education Minister Ruth Palmer said. "
                          "Critics called the plan \xE2\x80\x98reckless\xE2\x80\x99.\n"});
    const auto& ex = r.corpus.extractions[0];
    const Quote* q = quote_starting(ex, "We will not raise the fees");
    ASSERT_TRUE(q);
    EXPECT_EQ(speaker(r, 0, *q), "Ruth Palmer");
    const Claim* c = claim_containing(ex, "We will not raise the fees");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->polarity, Polarity::denies);
    // A one-word scare quote is no speech of its own.
    EXPECT_EQ(claim_containing(ex, "reckless"), nullptr);
}

TEST(Attribution, ApostrophesAreNotQuotes) {
    Result r = run_texts({"Mayor Helen Carter said the town's plan doesn't include the farmers' land.\n"});
    EXPECT_TRUE(r.corpus.extractions[0].quotes.empty());
}

TEST(Claims, ReportedSpeechWithPolarity) {
    Result r = run_texts({"Mayor Helen Carter said there would be no new taxes this year. "
                          "Finance Minister Paul Grant denied that the council had sold the land. "
                          "The road will open in May, according to Transport Minister Daniel Okafor. "
                          "Health Minister Laura Stein said the clinics, which do not open on Sundays, were busy.\n"});
    const auto& ex = r.corpus.extractions[0];
    const Claim* taxes = claim_containing(ex, "no new taxes");
    const Claim* land = claim_containing(ex, "sold the land");
    const Claim* road = claim_containing(ex, "The road will open in May");
    const Claim* clinics = claim_containing(ex, "were busy");
    ASSERT_TRUE(taxes && land && road && clinics);
    EXPECT_EQ(taxes->polarity, Polarity::denies);
    EXPECT_EQ(land->polarity, Polarity::denies);
    EXPECT_EQ(land->content, "the council had sold the land");
    EXPECT_EQ(road->polarity, Polarity::asserts);
    EXPECT_EQ(road->verb, "according to");
    EXPECT_EQ(road->speaker_name, "Daniel Okafor");
    // The negation is the relative clause's, not the claim's.
    EXPECT_EQ(clinics->polarity, Polarity::asserts);
    EXPECT_NE(std::find(taxes->subjects.begin(), taxes->subjects.end(), speech::lemma("taxes")), taxes->subjects.end());
}

TEST(Claims, NameAfterTheVerbOfAWrittenSubjectIsNoSpeaker) {
    // "Mayor X said Hezbollah had ...": the subject speaks; the name after "said" begins the reported clause. After
    // a quote or a comma the inverted order names the speaker ('..., said Mayor Helen Carter').
    Result r = run_texts({"Mayor Helen Carter said Hezbollah had violated the ceasefire. "
                          "The talks will resume in May, said Mayor Helen Carter.\n"});
    const auto& ex = r.corpus.extractions[0];
    for (const auto& c : ex.claims) EXPECT_NE(c.speaker_organisation, "Hezbollah") << c.content;
    const Claim* truce = claim_containing(ex, "violated the ceasefire");
    ASSERT_TRUE(truce);
    EXPECT_EQ(truce->speaker_name, "Helen Carter");
    const Claim* talks = claim_containing(ex, "talks will resume");
    ASSERT_TRUE(talks);
    EXPECT_EQ(talks->speaker_name, "Helen Carter");
}

TEST(Claims, ToldThatAndAccordingToFirst) {
    Result r = run_texts({"According to Fisheries Minister Olaf Lind, the fishing quota will not be cut this year. "
                          "Lind told reporters that the fleet would be modernised by the end of the decade.\n"});
    const auto& ex = r.corpus.extractions[0];
    const Claim* quota = claim_containing(ex, "quota will not be cut");
    const Claim* fleet = claim_containing(ex, "fleet would be modernised");
    ASSERT_TRUE(quota && fleet);
    EXPECT_EQ(quota->polarity, Polarity::denies);
    EXPECT_EQ(quota->speaker_name, "Olaf Lind");
    EXPECT_EQ(fleet->content, "the fleet would be modernised by the end of the decade");
    EXPECT_EQ(fleet->speaker_name, "Lind");
}

// "told MPs the budget would ...": after a verb of address and its addressee, a clause needs no "that"; "told him
// to go" and "told of her ordeal" are no clause.
TEST(Claims, ToldAnAddresseeAClauseWithoutThat) {
    Result r = run_texts({"Finance Minister Clara Voss told MPs the budget would not raise taxes on working people. "
                          "Voss told the Commons the deficit was falling. Voss told him to go. Voss told of her ordeal.\n"});
    const auto& ex = r.corpus.extractions[0];
    const Claim* taxes = claim_containing(ex, "budget would not raise taxes");
    const Claim* deficit = claim_containing(ex, "deficit was falling");
    ASSERT_TRUE(taxes && deficit);
    EXPECT_EQ(taxes->content, "the budget would not raise taxes on working people");
    EXPECT_EQ(taxes->speaker_name, "Clara Voss");
    EXPECT_EQ(taxes->polarity, Polarity::denies);
    EXPECT_EQ(deficit->content, "the deficit was falling");
    EXPECT_EQ(claim_containing(ex, "to go"), nullptr);
    EXPECT_EQ(claim_containing(ex, "ordeal"), nullptr);
}

// "CLAUSE, his lawyer X said": the determiner opening the speaker's phrase does not hide the comma before it; "in
// June, the mayor Ana Ruiz said": the titled name after "June," is a mention of its own, not an apposition of June.
TEST(Claims, TrailingCueWithADeterminer) {
    Result r = run_texts({"The suspect has not been arrested, his lawyer Marc Dupont said on Monday. "
                          "The bridge will reopen in June, the mayor Ana Ruiz said.\n"});
    const auto& ex = r.corpus.extractions[0];
    const Claim* arrest = claim_containing(ex, "not been arrested");
    const Claim* bridge = claim_containing(ex, "bridge will reopen");
    ASSERT_TRUE(arrest && bridge);
    EXPECT_EQ(arrest->speaker_name, "Marc Dupont");
    EXPECT_EQ(arrest->content, "The suspect has not been arrested");
    EXPECT_EQ(arrest->polarity, Polarity::denies);
    EXPECT_EQ(bridge->speaker_name, "Ana Ruiz");
    EXPECT_EQ(bridge->polarity, Polarity::asserts);
}

TEST(Claims, OrganisationSpeaker) {
    Result r = run_texts({"The Pentagon rejected the proposal to hold joint exercises in the region.\n"});
    const Claim* c = claim_containing(r.corpus.extractions[0], "joint exercises");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->speaker_organisation, "Pentagon");
    EXPECT_EQ(c->polarity, Polarity::denies);
}

TEST(Speech, LemmasFoldWorkingTogether) {
    EXPECT_EQ(speech::lemma("cooperation"), speech::lemma("cooperate"));
    EXPECT_EQ(speech::lemma("collaborate"), speech::lemma("cooperating"));
    EXPECT_EQ(speech::lemma("strikes"), speech::lemma("strike"));
    EXPECT_EQ(speech::lemma("militarily"), speech::lemma("military"));
    // Irregular past forms are forms of their verb: "had struck" / "is striking".
    EXPECT_EQ(speech::lemma("struck"), speech::lemma("striking"));
    EXPECT_EQ(speech::lemma("fought"), speech::lemma("fighting"));
    EXPECT_EQ(speech::lemma("sold"), speech::lemma("sells"));
    EXPECT_EQ(speech::lemma("began"), speech::lemma("begins"));
    EXPECT_NE(speech::lemma("coordinate"), speech::lemma("cooperate"));
    EXPECT_TRUE(speech::negated("there would be no cooperation"));
    EXPECT_FALSE(speech::negated("not only would it cost more but it would take longer"));
    EXPECT_FALSE(speech::negated("a hotline to make sure there are no mishaps"));
}

// Each branch of the lemmatiser, by its exact output (claims' subjects are compared as strings).
TEST(Speech, LemmaForms) {
    const std::pair<std::string_view, std::string_view> cases[] = {
        {"militarily", "military"}, {"effectively", "effectiv"},  // a final e goes too
        {"taxes", "tax"},           {"matches", "match"},     {"nations", "nation"},   {"agreements", "agre"},
        {"countries", "country"},   {"talks", "talk"},        {"progress", "progress"}, {"russia's", "russia"},
        {"price", "pric"},          {"co-operation", "cooperate"}, {"oil", "oil"},     {"", ""}};
    for (auto [word, lemma] : cases) EXPECT_EQ(speech::lemma(word), lemma) << word;
}

// ---- the seed articles ----------------------------------------------------------------------------------------

TEST(AttributionSeeds, MattisAndPompeoQuotes) {
    Result r = run_seeds();
    const auto& ex = r.corpus.extractions[0];
    for (std::string_view start : {"We will not be doing anything additional", "That has not happened yet"}) {
        const Quote* q = quote_starting(ex, start);
        ASSERT_TRUE(q) << start;
        EXPECT_EQ(speaker(r, 0, *q), "Jim Mattis") << start;
    }
    for (std::string_view start : {"there was a discussion", "It's important", "There is lots of work"}) {
        const Quote* q = quote_starting(ex, start);
        ASSERT_TRUE(q) << start;
        EXPECT_EQ(speaker(r, 0, *q), "Mike Pompeo") << start;
    }
}

TEST(AttributionSeeds, AntonovQuotes) {
    Result r = run_seeds();
    const auto& ex = r.corpus.extractions[1];
    for (std::string_view start : {"Russia and the United States maintain", "We consider it essential", "We assume that"}) {
        const Quote* q = quote_starting(ex, start);
        ASSERT_TRUE(q) << start;
        EXPECT_EQ(speaker(r, 1, *q), "Anatoly Antonov") << start;
    }
}

TEST(AttributionSeeds, KirbyAndPentagon) {
    Result r = run_seeds();
    const auto& ex = r.corpus.extractions[2];
    const Quote* kirby = quote_starting(ex, "There is no agreement");
    ASSERT_TRUE(kirby);
    auto who = attribution::speaker_of(r.corpus, 2, *kirby);
    EXPECT_EQ(speaker(r, 2, *kirby), "John Kirby");
    EXPECT_TRUE(who.affiliations.contains("state department"));
    const Claim* pentagon = claim_containing(ex, "proposal to launch joint air strikes");
    ASSERT_TRUE(pentagon);
    EXPECT_EQ(pentagon->speaker_organisation, "Pentagon");
    EXPECT_EQ(pentagon->polarity, Polarity::denies);
    const Quote* davis = quote_starting(ex, "We do not collaborate");
    ASSERT_TRUE(davis);
    EXPECT_EQ(speaker(r, 2, *davis), "Jeff Davis");
}

TEST(AttributionSeeds, MattisDeniesCooperation) {
    Result r = run_seeds();
    const Claim* c = claim_containing(r.corpus.extractions[0], "no cooperation with the Russian military");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->polarity, Polarity::denies);
    const auto& ex = r.corpus.extractions[0];
    ASSERT_GE(c->speaker_mention, 0);
    ASSERT_GE(ex.people_mentions[c->speaker_mention].entity, 0);
    EXPECT_EQ(ex.people[ex.people_mentions[c->speaker_mention].entity].name, "Jim Mattis");
    EXPECT_NE(std::find(c->subjects.begin(), c->subjects.end(), "cooperate"), c->subjects.end());
}
