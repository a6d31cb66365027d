// People and organisations: grammar + extraction (grammars/people, extract/people.cpp) and resolution within and
// across sources (resolve/people.cpp), on small texts and on the real seed articles.
#include <gtest/gtest.h>

#include "tests/test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline.hpp"

namespace fs = std::filesystem;
using namespace crosscheck;

namespace {

using test_support::knowledge;
using test_support::make_source;

Result run(std::vector<Source> sources) {
    PipelineOptions o;
    o.run_checks = false;
    return run_pipeline_on_sources(std::move(sources), o, knowledge());
}

Result run_text(std::string text) {
    std::vector<Source> v;
    v.push_back(make_source("t", std::move(text)));
    return run(std::move(v));
}

std::string span_text(const Result& r, std::size_t source, Span s) {
    return std::string(r.corpus.sources[source].slice(s));
}

// The first person mention whose whole span reads `text`, or nullptr.
const PersonMention* find_mention(const Result& r, std::size_t source, std::string_view text) {
    for (const auto& m : r.corpus.extractions[source].people_mentions)
        if (span_text(r, source, m.span) == text) return &m;
    return nullptr;
}

std::vector<std::string> names(const Result& r, std::size_t source = 0) {
    std::vector<std::string> out;
    for (const auto& m : r.corpus.extractions[source].people_mentions)
        if (!m.name.empty()) out.push_back(m.name);
    return out;
}

bool has_name(const Result& r, std::string_view name) {
    auto n = names(r);
    return std::find(n.begin(), n.end(), name) != n.end();
}

std::string entity_name(const Result& r, std::size_t source, const PersonMention& m) {
    if (m.entity < 0) return "";
    return r.corpus.extractions[source].people[m.entity].name;
}

TEST(PeopleGrammar, TitleChainBeforeTheName) {
    Result r = run_text("Pentagon spokesman Navy Captain Jeff Davis told reporters on Friday.");
    const PersonMention* m = find_mention(r, 0, "Pentagon spokesman Navy Captain Jeff Davis");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->name, "Jeff Davis");
    EXPECT_EQ(span_text(r, 0, m->name_span), "Jeff Davis");
    EXPECT_EQ(m->titles, (std::vector<std::string>{"spokesman", "Navy Captain"}));
    EXPECT_EQ(m->organisations, (std::vector<std::string>{"Pentagon"}));
}

TEST(PeopleGrammar, CountryTitleAndOrganisationPatterns) {
    Result r = run_text(
        "Russian Defense Minister Sergei Shoigu spoke first. Later, US Department of Defense spokesman Matthew "
        "Allen replied, and White House spokesman Eric Schultz agreed.");
    const PersonMention* a = find_mention(r, 0, "Russian Defense Minister Sergei Shoigu");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->country, "Russian");
    EXPECT_EQ(a->titles, (std::vector<std::string>{"Defense Minister"}));
    const PersonMention* b = find_mention(r, 0, "US Department of Defense spokesman Matthew Allen");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->country, "US");
    EXPECT_EQ(b->organisations, (std::vector<std::string>{"Department of Defense"}));
    const PersonMention* c = find_mention(r, 0, "White House spokesman Eric Schultz");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->organisations, (std::vector<std::string>{"White House"}));
    Result r2 = run_text("Russian Foreign Ministry spokeswoman Maria Zakharova said so.");
    const PersonMention* d = find_mention(r2, 0, "Russian Foreign Ministry spokeswoman Maria Zakharova");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->country, "Russian");
    EXPECT_EQ(d->organisations, (std::vector<std::string>{"Foreign Ministry"}));
    // Organisations are mentions of their own too.
    auto& orgs = r.corpus.extractions[0].organisations;
    EXPECT_TRUE(std::any_of(orgs.begin(), orgs.end(), [](const auto& o) { return o.name == "White House"; }));
}

TEST(PeopleGrammar, AppositionAfterTheName) {
    Result r = run_text("The talks were led by Anatoly Antonov, the Russian Ambassador to the US, on Monday.");
    const PersonMention* m = find_mention(r, 0, "Anatoly Antonov, the Russian Ambassador to the US");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->name, "Anatoly Antonov");
    EXPECT_EQ(m->country, "Russian");
    ASSERT_EQ(m->titles.size(), 1u);
    EXPECT_EQ(m->titles[0], "Ambassador to the US");
}

TEST(PeopleGrammar, ParticlesPossessivesAndNoBreakSpaces) {
    Result r = run_text(
        "Syrian President Bashar al-Assad met envoys. Ursula von der Leyen spoke later. Russia's Putin agreed, "
        "and Ambassador to Washington\u00a0Anatoly Antonov said so too.");
    EXPECT_TRUE(has_name(r, "Bashar al-Assad"));
    EXPECT_TRUE(has_name(r, "Ursula von der Leyen"));
    EXPECT_TRUE(has_name(r, "Anatoly Antonov"));  // the no-break space becomes a plain one
    Result r2 = run_text("The envoy, Ambassador to Russia Lynne Tracy, arrived. Ambassador to Russia Tracy spoke.");
    EXPECT_TRUE(has_name(r2, "Tracy"));
    EXPECT_FALSE(has_name(r2, "Russia Tracy"));
    // "Putin" alone is a person only when the text names a Putin in full; here it does not.
    EXPECT_FALSE(has_name(r, "Russia"));
}

TEST(PeopleGrammar, AbbreviatedAndHyphenatedTitlesAndAcronyms) {
    Result r = run_text(
        "Sen. Chuck Schumer objected. WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave. "
        "North Korean leader Kim Jong Un watched.");
    const PersonMention* a = find_mention(r, 0, "Sen. Chuck Schumer");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->titles, (std::vector<std::string>{"Sen."}));
    const PersonMention* b = find_mention(r, 0, "WHO Director-General Tedros Adhanom Ghebreyesus");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->organisations, (std::vector<std::string>{"WHO"}));
    EXPECT_EQ(b->titles, (std::vector<std::string>{"Director-General"}));
    EXPECT_TRUE(has_name(r, "Kim Jong Un"));  // "Un" is no acronym for the UN
}

TEST(PeopleGrammar, AppositionWithAnOrganisation) {
    Result r = run_text("Anthony Fauci, the former director of the National Institute of Allergy, testified.");
    ASSERT_FALSE(r.corpus.extractions[0].people_mentions.empty());
    const PersonMention& m = r.corpus.extractions[0].people_mentions[0];
    EXPECT_EQ(m.name, "Anthony Fauci");
    EXPECT_EQ(m.titles, (std::vector<std::string>{"former director"}));
    EXPECT_EQ(m.organisations, (std::vector<std::string>{"National Institute of Allergy"}));
    EXPECT_FALSE(has_name(r, "Allergy"));
}

TEST(PeopleGrammar, SurnameOnlyMentionsNeedAFullNameOrATitle) {
    Result r = run_text("Vladimir Putin arrived. Russia's Putin then spoke. Ambassador Petrovsky listened. Kowalski left.");
    auto n = names(r);
    EXPECT_EQ(std::count(n.begin(), n.end(), "Putin"), 1);
    EXPECT_TRUE(has_name(r, "Petrovsky"));  // title + surname
    EXPECT_FALSE(has_name(r, "Kowalski"));  // a bare capitalised word without a full name
}

// A given name no name list holds is a person's when the sentence has the two words speak; without a speech verb
// beside them, or with an ordinary English word among them, they stay unread.
TEST(PeopleGrammar, UnlistedGivenNameWithASpeechVerb) {
    Result r = run_text(
        "Talks\n\nMevlut Cavusoglu said the sides made progress. \"We reject it,\" said Agathon Rwasa, the party "
        "leader. According to Tayyip Erdogan, talks resume. Deutsche Bank said profits fell. Zorbek Quillan "
        "arrived later.");
    EXPECT_TRUE(has_name(r, "Mevlut Cavusoglu"));
    EXPECT_TRUE(has_name(r, "Agathon Rwasa"));
    EXPECT_TRUE(has_name(r, "Tayyip Erdogan"));
    EXPECT_FALSE(has_name(r, "Deutsche Bank"));  // "bank" is an ordinary word
    EXPECT_FALSE(has_name(r, "Zorbek Quillan"));  // no speech verb beside it
    ASSERT_EQ(r.corpus.extractions[0].quotes.size(), 1u);
    EXPECT_EQ(r.corpus.extractions[0].quotes[0].speaker_name, "Agathon Rwasa");
}

// A listed given name that is also an English word ("Peter", "John") opens a sentence as a name before a listed,
// unusual surname, or when the two speak; two ordinary words ("Will Power", "Rose Garden") stay unread.
TEST(PeopleGrammar, GivenNameThatIsAWordAtASentenceStart) {
    Result r = run_text(
        "Vote\n\nThe council met. Peter Olsen resigned on Friday. John Smith said it was over. Will Power won the "
        "race. Rose Garden events were cancelled. Van der Berg said little.");
    EXPECT_TRUE(has_name(r, "Peter Olsen"));
    EXPECT_TRUE(has_name(r, "John Smith"));
    EXPECT_FALSE(has_name(r, "Will Power"));
    EXPECT_FALSE(has_name(r, "Rose Garden"));
    EXPECT_FALSE(has_name(r, "Van der Berg")) << "a particle is no given name";
}

// Buildings, streets and grounds are named like people ("Buckingham Palace said"); they are organisations.
TEST(PeopleGrammar, BuildingsAreNoPeople) {
    Result r = run_text(
        "Palace\n\nBuckingham Palace said the Queen had died. He was taken to Walter Reed Hospital. Officials at "
        "Downing Street said nothing. Jenny Park said the crowd was calm.");
    EXPECT_FALSE(has_name(r, "Buckingham Palace"));
    EXPECT_FALSE(has_name(r, "Walter Reed Hospital"));
    EXPECT_FALSE(has_name(r, "Downing Street"));
    EXPECT_TRUE(has_name(r, "Jenny Park"));  // "Park" is a surname too: not a building word
}

// Two capitalised words that name something else: a country before a word that is no given name, a weekday last,
// a weather event, a plural common noun last, an adjective made with a hyphen; a title word ("Lawyer") is a title.
TEST(PeopleGrammar, CountriesWeatherPluralsAndAdjectivesAreNoNames) {
    Result r = run_text(
        "Quake\n\nSudan Doctors said 40 died. Officials in Mexico Wednesday said so. Storm Daniel hit the coast. "
        "Nepal Workers said the road was shut. The Rupert Murdoch-owned paper said so. Lawyer Vic Rodriguez said "
        "so. Tiger Woods said he would play. Jordan Peterson said so.");
    for (const char* bad : {"Sudan Doctors", "Mexico Wednesday", "Storm Daniel", "Nepal Workers", "Rupert Murdoch-owned",
                            "Lawyer Vic Rodriguez"})
        EXPECT_FALSE(has_name(r, bad)) << bad;
    EXPECT_TRUE(has_name(r, "Vic Rodriguez"));
    EXPECT_TRUE(has_name(r, "Tiger Woods"));
    EXPECT_TRUE(has_name(r, "Jordan Peterson"));
}

// "Bill Frenzel of Michigan": where a person comes from follows the name; a tail that is no place is the person's
// organisation. A US party stands where a title does before a name, and an organisation's before its head.
TEST(PeopleGrammar, NameOfPlaceOrOrganisationAndParty) {
    Result r = run_text(
        "Trade\n\nSenator Bill Frenzel of Michigan said the bill was weak. Analyst Dennis Telzrow of Eppler said "
        "prices would rise. Democrat Nancy Pelosi said little. The Republican Party said nothing.");
    EXPECT_TRUE(has_name(r, "Bill Frenzel"));
    EXPECT_TRUE(has_name(r, "Nancy Pelosi"));
    const PersonMention* m = find_mention(r, 0, "Analyst Dennis Telzrow of Eppler");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->organisations, std::vector<std::string>{"Eppler"});
    const PersonMention* f = find_mention(r, 0, "Senator Bill Frenzel of Michigan");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->organisations.empty()) << "Michigan is a place";
    EXPECT_FALSE(has_name(r, "Republican Party"));
}

// "Helen Johnson of the Metropolitan Police": an organisation after "of the" is where the person works, titled or
// not; a word alone before one is the organisation's own ("the Treasury Unit of Chase Manhattan Bank").
TEST(PeopleGrammar, NameOfTheOrganisation) {
    Result r = run_text(
        "Arrests\n\nDetective Inspector Helen Johnson of the Metropolitan Police said two men were held. Mark Ellis of "
        "the University of Leeds said it was rare. William Wu, head of the Treasury Unit of Chase Manhattan Bank, "
        "said rates would fall.");
    EXPECT_TRUE(has_name(r, "Helen Johnson"));
    EXPECT_TRUE(has_name(r, "Mark Ellis"));
    EXPECT_FALSE(has_name(r, "Unit"));
    const PersonMention* m = find_mention(r, 0, "Detective Inspector Helen Johnson of the Metropolitan Police");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->organisations, std::vector<std::string>{"Metropolitan Police"});
}

// A wire dateline's city in capitals is a place, not an acronym's organisation; an acronym elsewhere is one.
TEST(PeopleGrammar, DatelineCityIsNoOrganisation) {
    Result r = run_text("Strike\n\nLAGOS (AP) -- Police said three people died.\n\nNEW YORK, March 11 (Reuters) - Stocks fell.\n\n"
                        "Ministers said NATO would meet.");
    std::vector<std::string> orgs;
    for (const auto& o : r.corpus.extractions[0].organisations) orgs.push_back(o.name);
    auto has = [&](const char* n) { return std::find(orgs.begin(), orgs.end(), n) != orgs.end(); };
    EXPECT_FALSE(has("LAGOS"));
    EXPECT_FALSE(has("YORK"));
    EXPECT_FALSE(has("NEW YORK"));
    EXPECT_TRUE(has("NATO"));
    EXPECT_TRUE(has("Reuters"));
}

TEST(PeopleGrammar, NotPeople) {
    Result r = run_text(
        "Live Story\n\nRussia and the US are working together. On May 25 the talks begin. The Islamic State group "
        "lost ground. Joint Comprehensive Plan of Action talks resumed in Los Angeles. Ford has plants in West "
        "Europe and East Asia, where North American-made cars and West German parts sell.");
    EXPECT_TRUE(names(r).empty()) << ::testing::PrintToString(names(r));
}

TEST(PeopleGrammar, MonthsAndInitials) {
    Result r = run_text("May Day rallies were held. The talks that Theresa May led failed. J. Mattis wrote. Mattis signed.");
    EXPECT_TRUE(has_name(r, "Theresa May"));
    EXPECT_TRUE(has_name(r, "J. Mattis"));
    EXPECT_FALSE(has_name(r, "May Day"));
    const PersonMention* m = find_mention(r, 0, "Mattis");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(entity_name(r, 0, *m), "J. Mattis");
}

TEST(PeopleGrammar, TitleOnlyMentionsAndPronouns) {
    Result r = run_text(
        "Russian Ambassador Anatoly Antonov spoke on Friday. The diplomat said talks would go on. "
        "He added that more meetings were planned.");
    const PersonMention* d = find_mention(r, 0, "The diplomat");
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->name.empty());
    EXPECT_EQ(entity_name(r, 0, *d), "Anatoly Antonov");
    auto& ms = r.corpus.extractions[0].people_mentions;
    auto he = std::find_if(ms.begin(), ms.end(), [](const auto& m) { return m.pronoun; });
    ASSERT_NE(he, ms.end());
    EXPECT_EQ(entity_name(r, 0, *he), "Anatoly Antonov");
}

TEST(PeopleResolve, TitleOnlyMentionPicksTheFittingPerson) {
    Result r = run_text(
        "Pentagon chief Paul Granger and Foreign Minister Ana Sousa met on Monday. The Pentagon chief said the "
        "talks went well.");
    const PersonMention* m = find_mention(r, 0, "The Pentagon chief");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(entity_name(r, 0, *m), "Paul Granger");
}

TEST(PeopleResolve, FamilyNameFirst) {
    Result r = run_text("Chinese President Xi Jinping met the delegation. Xi said ties were improving.");
    const PersonMention* m = find_mention(r, 0, "Xi");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(entity_name(r, 0, *m), "Xi Jinping");
}

// A generational suffix is no name word: "Marcos Jr." later is the surname mention of Ferdinand Marcos Jr.
TEST(PeopleResolve, GenerationalSuffixIsNoGivenName) {
    Result r = run_text("Ferdinand Marcos Jr. thanked his volunteers on Tuesday. Marcos Jr. urged supporters to stay calm.");
    const PersonMention* m = find_mention(r, 0, "Marcos Jr");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(entity_name(r, 0, *m), "Ferdinand Marcos Jr");
}

// A regnal numeral belongs to the name, not to an acronym's organisation, and the monarch speaks.
TEST(PeopleExtract, RegnalNumeralIsPartOfTheName) {
    Result r = run_text("Queen Elizabeth II opened the session. \"It was a good day,\" King Charles III said.");
    const auto& ex = r.corpus.extractions[0];
    EXPECT_NE(find_mention(r, 0, "Queen Elizabeth II"), nullptr);
    EXPECT_TRUE(std::none_of(ex.organisations.begin(), ex.organisations.end(),
                             [](const OrganisationMention& o) { return o.name == "II" || o.name == "III"; }));
    ASSERT_EQ(ex.quotes.size(), 1u);
    EXPECT_EQ(ex.quotes[0].speaker_name, "Charles III");
}

// "Marcos Jr. told reporters": the suffix's full stop does not hide the speech verb; alone, "Marcos Jr." is a
// surname mention and needs a full name to link to.
TEST(PeopleExtract, SurnameWithSuffixIsASurnameMention) {
    Result r = run_text("President Ferdinand Quezzarimo Jr. spoke. \"We will not give up,\" Quezzarimo Jr. told reporters.");
    ASSERT_EQ(r.corpus.extractions[0].quotes.size(), 1u);
    EXPECT_EQ(r.corpus.extractions[0].quotes[0].speaker_name, "Quezzarimo Jr");
    Result alone = run_text("Rivals met on Monday. Castellanos Jr. won the vote.");
    EXPECT_EQ(find_mention(alone, 0, "Castellanos Jr"), nullptr);
}

// A quoted nickname inside a name is skipped: the name is the words around it, and the surname alone links to it.
TEST(PeopleExtract, QuotedNicknameInsideAName) {
    Result r = run_text("Joaquin \u201cEl Chapo\u201d Guzman was sentenced. Guzman said nothing. Ramon \"Bong\" Salcedo won.");
    const PersonMention* m = find_mention(r, 0, "Joaquin \u201cEl Chapo\u201d Guzman");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->name, "Joaquin Guzman");
    const PersonMention* alone = find_mention(r, 0, "Guzman");
    ASSERT_NE(alone, nullptr);
    EXPECT_EQ(entity_name(r, 0, *alone), "Joaquin Guzman");
    EXPECT_EQ(find_mention(r, 0, "El Chapo"), nullptr);
    const PersonMention* ramon = find_mention(r, 0, "Ramon \"Bong\" Salcedo");
    ASSERT_NE(ramon, nullptr);
    EXPECT_EQ(ramon->name, "Ramon Salcedo");
}

// A pronoun agrees with the sex a person's titles state: "he" skips Mrs. Harlow for the man named before her.
TEST(PeopleResolve, PronounSkipsAPersonOfTheOtherSex) {
    Result r = run_text("Actor John Harlow died on Sunday. His widow, Mrs. Ann Harlow, said he died peacefully. "
                        "Mr. Tom Reyes met Queen Sofia. She thanked him.");
    const auto& ms = r.corpus.extractions[0].people_mentions;
    std::vector<std::string> linked;
    for (const auto& m : ms)
        if (m.pronoun) linked.push_back(entity_name(r, 0, m));
    ASSERT_EQ(linked.size(), 2u);
    EXPECT_EQ(linked[0], "John Harlow");
    EXPECT_EQ(linked[1], "Sofia");
    // Without titles, the given names tell.
    Result untitled = run_text("John Harlow died on Sunday. His widow Mary Harlow said he died peacefully.");
    for (const auto& m : untitled.corpus.extractions[0].people_mentions)
        if (m.pronoun) EXPECT_EQ(entity_name(untitled, 0, m), "John Harlow");
}

TEST(PeopleResolve, DifferentGivenNamesAreDifferentPeople) {
    Result r = run_text("Senator Mark Daniels spoke first. Judge Maria Daniel spoke next. Daniels then left.");
    const auto& ex = r.corpus.extractions[0];
    EXPECT_EQ(ex.people.size(), 2u);
    const PersonMention* last = find_mention(r, 0, "Daniels");
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(entity_name(r, 0, *last), "Mark Daniels");
}

TEST(PeopleResolve, AcrossSourcesNicknamesJoinAndNamesakesDoNot) {
    std::vector<Source> v;
    v.push_back(make_source("a", "Treasury Secretary Robert Hallam spoke on Monday."));
    v.push_back(make_source("b", "Bob Hallam, the Treasury Secretary, answered questions."));
    v.push_back(make_source("c", "The visitors won after Dean Hallam scored twice."));
    Result r = run(std::move(v));
    int robert = r.corpus.extractions[0].people.at(0).global;
    int bob = r.corpus.extractions[1].people.at(0).global;
    int dean = r.corpus.extractions[2].people.at(0).global;
    EXPECT_EQ(robert, bob);
    EXPECT_NE(robert, dean);
}

// ---- the real seed articles --------------------------------------------------------------------------------

std::vector<std::string> seed_paths() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(fs::path(CROSSCHECK_FIXTURES_DIR) / "seeds"))
        if (e.path().extension() == ".txt" && e.path().filename() != "expect.spec") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

const Result& seeds() {
    static const Result r = [] {
        PipelineOptions o;
        o.run_checks = false;
        return run_pipeline(seed_paths(), o, knowledge());
    }();
    return r;
}

std::size_t seed_index(std::string_view prefix) {
    const auto& s = seeds().corpus.sources;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (fs::path(s[i].path).filename().string().starts_with(prefix)) return i;
    ADD_FAILURE() << "no seed " << prefix;
    return 0;
}

TEST(PeopleSeeds, Seed000DefenceSecretaryIsOneMention) {
    std::size_t s = seed_index("000_");
    const PersonMention* m = find_mention(seeds(), s, "US Defence Secretary Jim Mattis");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->name, "Jim Mattis");
    EXPECT_EQ(m->country, "US");
    EXPECT_EQ(m->titles, (std::vector<std::string>{"Defence Secretary"}));
}

TEST(PeopleSeeds, Seed001CaptionAmbassadorAndAntonovLinks) {
    std::size_t s = seed_index("001_");
    const PersonMention* caption = find_mention(seeds(), s, "Ambassador Anatolov");
    ASSERT_NE(caption, nullptr);
    EXPECT_EQ(caption->name, "Anatolov");
    EXPECT_EQ(caption->titles, (std::vector<std::string>{"Ambassador"}));
    int antonov_mentions = 0;
    for (const auto& m : seeds().corpus.extractions[s].people_mentions)
        if (m.name == "Antonov") {
            ++antonov_mentions;
            EXPECT_EQ(entity_name(seeds(), s, m), "Anatoly Antonov");
        }
    EXPECT_GE(antonov_mentions, 3);
    const PersonMention* diplomat = find_mention(seeds(), s, "The diplomat");
    ASSERT_NE(diplomat, nullptr);
    EXPECT_EQ(entity_name(seeds(), s, *diplomat), "Anatoly Antonov");
}

TEST(PeopleSeeds, JimAndJamesMattisAreOneGlobalPerson) {
    std::size_t a = seed_index("000_"), b = seed_index("004_");
    auto global_of = [&](std::size_t s, std::string_view name) {
        for (const auto& pe : seeds().corpus.extractions[s].people)
            if (pe.name == name) return pe.global;
        return -2;
    };
    int jim = global_of(a, "Jim Mattis"), james = global_of(b, "James Mattis");
    ASSERT_GE(jim, 0);
    EXPECT_EQ(jim, james);
    EXPECT_EQ(seeds().corpus.people[jim].name, "James Mattis");
    // Shoigu is written the same way in three articles: one person.
    std::set<int> shoigu;
    for (std::size_t s = 0; s < seeds().corpus.sources.size(); ++s)
        for (const auto& pe : seeds().corpus.extractions[s].people)
            if (pe.name == "Sergei Shoigu") shoigu.insert(pe.global);
    EXPECT_EQ(shoigu.size(), 1u);
}

TEST(PeopleSeeds, NoPeopleFromHeadingsOrPlaces) {
    for (std::size_t s = 0; s < seeds().corpus.sources.size(); ++s)
        for (const auto& m : seeds().corpus.extractions[s].people_mentions) {
            EXPECT_NE(m.name, "Live Story");
            EXPECT_NE(m.name, "Russia");
            EXPECT_NE(m.name, "Iran Nuclear Deal");
            EXPECT_FALSE(m.name.starts_with("Russian ")) << m.name;
        }
}

}  // namespace

// UK copy writes ranks without their dot and honours after the name.
TEST(PeopleGrammar, DotlessUkTitlesAndPostnominals) {
    Result r = run_text("Det Ch Insp Helen Abernathy and Sgt Tom Reed spoke. Richard Carville KC replied.");
    const PersonMention* a = find_mention(r, 0, "Det Ch Insp Helen Abernathy");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->name, "Helen Abernathy");
    EXPECT_EQ(a->titles, (std::vector<std::string>{"Det Ch Insp"}));
    EXPECT_TRUE(has_name(r, "Tom Reed"));
    const PersonMention* c = find_mention(r, 0, "Richard Carville");
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->organisations.empty());
    // "PC", "DC" and "Gen" are titles only before a full name.
    Result r2 = run_text("PC Andrew Harper was on patrol. PC Sales rose while DC Comics and Gen Z shoppers waited.");
    EXPECT_TRUE(has_name(r2, "Andrew Harper"));
    EXPECT_FALSE(has_name(r2, "Sales"));
    EXPECT_FALSE(has_name(r2, "Comics"));
}

// A landmark's name ("Mount Everest", "Lake Chad") is no person; a title then an apposed full name is
// ("The opposition leader, Tom Baker, said"), ordinary words or not; a chief officer's title is read whole.
TEST(PeopleGrammar, LandmarksAppositionsAndChiefOfficers) {
    Result r = run_text("Joshua Kirui died on Mount Everest. He had climbed Lake Chad Ridge and Mount Kenya.");
    EXPECT_TRUE(has_name(r, "Joshua Kirui"));
    EXPECT_FALSE(has_name(r, "Mount Everest"));
    EXPECT_FALSE(has_name(r, "Everest"));
    EXPECT_FALSE(has_name(r, "Mount Kenya"));
    Result lm = run_text("Residents of Grenfell Tower met officials. The plane crashed into the Java Sea.");
    EXPECT_FALSE(has_name(lm, "Grenfell Tower"));
    EXPECT_FALSE(has_name(lm, "Java Sea"));
    Result r2 = run_text("The opposition leader, Tom Baker, said the plan was unfair.");
    EXPECT_TRUE(has_name(r2, "Tom Baker"));
    Result r3 = run_text("Citigroup Chief Financial Officer Mark Mason spoke.");
    const PersonMention* m = find_mention(r3, 0, "Citigroup Chief Financial Officer Mark Mason");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->titles, (std::vector<std::string>{"Chief Financial Officer"}));
}
