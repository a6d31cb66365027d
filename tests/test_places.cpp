// Place extraction and resolution on short texts: which names become places, which "A, B" pairs claim a parent,
// demonyms, and the seeds' one wrong parent claim.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <fstream>
#include <sstream>

#include "extract/extract.hpp"
#include "resolve/resolve.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;

namespace {

const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

std::vector<PlaceMention> places_in(const std::string& text) {
    Source s;
    s.id = "t";
    s.text = text;
    segment(s);
    Extraction ex;
    extract_places(s, knowledge(), ex);
    resolve_places(s, knowledge(), ex);
    return ex.places;
}

const PlaceMention* find(const std::vector<PlaceMention>& ps, std::string_view name) {
    for (const auto& p : ps)
        if (p.name == name) return &p;
    return nullptr;
}

std::vector<std::string> claims(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& p : places_in(text))
        if (!p.parent.empty()) out.push_back(p.name + " < " + p.parent);
    return out;
}

using Claims = std::vector<std::string>;

TEST(Places, PrepositionAndPlace) {
    auto ps = places_in("Mattis spoke at a press conference in California on Tuesday.");
    const auto* p = find(ps, "California");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->country_code, "US");
    EXPECT_TRUE(p->parent.empty());
}

// A wire dateline's date after the city: the month is no town (the gazetteer knows a March and a May) and no parent.
TEST(Places, DatelineMonthIsNoPlace) {
    auto ps = places_in("NEW YORK, March 11 (Reuters) - Stocks fell. LONDON, May 3 - Gilts rose.");
    EXPECT_NE(find(ps, "NEW YORK"), nullptr);
    EXPECT_EQ(find(ps, "March"), nullptr);
    EXPECT_EQ(find(ps, "May"), nullptr);
    EXPECT_TRUE(claims("NEW YORK, March 11 (Reuters) - Stocks fell.").empty());
}

TEST(Places, ParentClaims) {
    EXPECT_EQ(claims("Trump met Putin in Helsinki, Moscow last week."), Claims{"Helsinki < Moscow"});
    EXPECT_EQ(claims("Leaders met in Brussels, Belgium, on Monday."), Claims{"Brussels < Belgium"});
    EXPECT_EQ(claims("She grew up in Paris, Texas."), Claims{"Paris < Texas"});
    EXPECT_EQ(claims("The talks opened in Geneva, Switzerland."), Claims{"Geneva < Switzerland"});
    EXPECT_EQ(claims("Shelling hit Idlib, Syria, overnight."), Claims{"Idlib < Syria"});
    EXPECT_EQ(claims("The university is in Moscow, Idaho."), Claims{"Moscow < Idaho"});
    EXPECT_EQ(claims("He was born in Fresno, Calif., in 1970."), Claims{"Fresno < Calif."});
    EXPECT_EQ(claims("The forum opened in St. Petersburg, Russia."), Claims{"St. Petersburg < Russia"});
    EXPECT_EQ(claims("In Brussels, Belgium, NATO ministers met."), Claims{"Brussels < Belgium"});
    EXPECT_EQ(claims("We went to Rio de Janeiro, Brazil, and on to Lima."), Claims{"Rio de Janeiro < Brazil"});
    EXPECT_EQ(claims("KYIV, Ukraine (AP) - Air raid sirens sounded."), Claims{"KYIV < Ukraine"});
}

TEST(Places, ListsAndClausesAreNotParents) {
    EXPECT_TRUE(claims("Talks between Russia, Iran and Turkey resumed.").empty());
    EXPECT_TRUE(claims("Strikes hit Idlib, Aleppo and Hama.").empty());
    EXPECT_TRUE(claims("Flights to London, Paris, Berlin and Rome were cancelled.").empty());
    EXPECT_TRUE(claims("In Geneva, Jordan said the talks had failed.").empty());
    EXPECT_TRUE(claims("In Paris, Japan promised more aid.").empty());  // a past verb starts the clause too
    EXPECT_TRUE(claims("In Moscow, Putin said nothing.").empty());
    EXPECT_TRUE(claims("Jordan, Syria and Lebanon host most refugees.").empty());
    // A long opening phrase, and a reporting clause after a statement, put a subject after the comma too.
    EXPECT_TRUE(claims("During his visit to Tokyo, Howard said little.").empty());
    EXPECT_TRUE(claims("At the talks of six nations in Paris, Japan promised a package.").empty());
    EXPECT_TRUE(claims("The stake is in four blocks in Queensland, Santos said.").empty());
    EXPECT_TRUE(claims("He said that in Brussels, Canada had agreed.").empty());
}

// A place phrase after the subject of its sentence opens no clause: the verb is still to come, and the capitalised
// run after the comma is the place's parent.
TEST(Places, ParentBeforeAVerbInsideTheSubject) {
    EXPECT_EQ(claims("Rescuers in Chengdu, France pulled a woman out."), Claims{"Chengdu < France"});
    EXPECT_EQ(claims("Police in Lyon, Germany arrested two men."), Claims{"Lyon < Germany"});
}

TEST(Places, PeopleAreNotPlaces) {
    auto ps = places_in("President Vladimir Putin met Navy Captain Jeff Davis and Michael Jordan.");
    EXPECT_EQ(find(ps, "Vladimir"), nullptr);
    EXPECT_EQ(find(ps, "Davis"), nullptr);
    EXPECT_EQ(find(ps, "Jordan"), nullptr);
    auto ps2 = places_in("Troops are based in Jordan and Turkey.");
    ASSERT_NE(find(ps2, "Jordan"), nullptr);
    EXPECT_EQ(find(ps2, "Jordan")->country_code, "JO");
    EXPECT_EQ(find(ps2, "Turkey")->country_code, "TR");
    EXPECT_NE(find(places_in("The United States keeps troops there."), "United States"), nullptr);
}

TEST(Places, DirectionsAndMultiWordNames) {
    auto ps = places_in("Clashes broke out in northern Syria and near the Bosnia and Herzegovina border, at UN headquarters in New York.");
    EXPECT_NE(find(ps, "Syria"), nullptr);
    EXPECT_NE(find(ps, "Bosnia and Herzegovina"), nullptr);
    ASSERT_NE(find(ps, "New York"), nullptr);
    EXPECT_EQ(find(ps, "New York")->country_code, "US");
}

TEST(Places, Demonyms) {
    auto ps = places_in("There would be no cooperation with the Russian military and the US-led coalition.");
    const auto* r = find(ps, "Russian");
    ASSERT_NE(r, nullptr);
    EXPECT_TRUE(r->demonym);
    EXPECT_EQ(r->country_code, "RU");
    auto nk = places_in("North Korean leader Kim Jong Un watched.");
    ASSERT_NE(find(nk, "North Korean"), nullptr);
    EXPECT_EQ(find(nk, "North Korean")->country_code, "KP");
    const auto* us = find(ps, "US");
    ASSERT_NE(us, nullptr);
    EXPECT_EQ(us->country_code, "US");
}

TEST(Places, ResolutionFollowsTheParent) {
    auto ps = places_in("The campus is in Moscow, Idaho.");
    const auto* m = find(ps, "Moscow");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->country_code, "US");
    auto ps2 = places_in("Putin spoke in Moscow.");
    EXPECT_EQ(find(ps2, "Moscow")->country_code, "RU");
}

// An article naming no country still names its country's towns: two or more places of one country decide the
// country of an ambiguous name ("Ararat" among Victorian towns is Australian, not Armenia's province).
TEST(Places, TheArticlesOtherPlacesChooseTheCountry) {
    auto ps = places_in("A bushfire near Ararat forced residents to leave. Crews from Ballarat were sent. "
                        "It is the largest fire in western Victoria this summer.");
    ASSERT_NE(find(ps, "Ararat"), nullptr);
    EXPECT_EQ(find(ps, "Ararat")->country_code, "AU");
    auto alone = places_in("A bushfire near Ararat forced residents to leave.");
    ASSERT_NE(find(alone, "Ararat"), nullptr);
    EXPECT_NE(find(alone, "Ararat")->country_code, "AU");
}

// The article's country reorders namesakes of comparable size only: "London" and "Moscow" in a story about the
// United States stay the capitals, not London, Kentucky or Moscow, Idaho.
TEST(Places, TheArticlesCountryDoesNotShrinkAWorldCity) {
    auto ps = places_in("The U.S. Treasury said on Monday that talks in London and Moscow would resume. "
                        "U.S. officials flew from Washington.");
    ASSERT_NE(find(ps, "London"), nullptr);
    EXPECT_EQ(find(ps, "London")->country_code, "GB");
    ASSERT_NE(find(ps, "Moscow"), nullptr);
    EXPECT_EQ(find(ps, "Moscow")->country_code, "RU");
}

// Known places joined by "and"/"or" are a list, each item a place of its own; a name that is itself joined
// ("Trinidad and Tobago") stays one, and a run with a word that names no place is no list ("Procter and Paris").
TEST(Places, ConjoinedPlacesAreEachAPlace) {
    auto ps = places_in("Talks in London and Moscow would resume, with envoys from Oklahoma or Texas.");
    EXPECT_NE(find(ps, "London"), nullptr);
    EXPECT_NE(find(ps, "Moscow"), nullptr);
    EXPECT_NE(find(ps, "Oklahoma"), nullptr);
    EXPECT_NE(find(ps, "Texas"), nullptr);
    auto one = places_in("He flew to Trinidad and Tobago on Monday.");
    EXPECT_NE(find(one, "Trinidad and Tobago"), nullptr);
    EXPECT_EQ(find(one, "Tobago"), nullptr);
    auto names = places_in("Shares of Procter and Paris rose.");
    EXPECT_EQ(find(names, "Paris"), nullptr);
    // Persons' names that are small towns' too, or one name twice, are a company's name.
    auto firm = places_in("He works at Johnson and Johnson and shops at Barnes and Noble.");
    EXPECT_EQ(find(firm, "Johnson"), nullptr);
    EXPECT_EQ(find(firm, "Noble"), nullptr);
}

TEST(Places, SpansAreExact) {
    std::string text = "They met in Helsinki, Moscow last week.";
    auto ps = places_in(text);
    ASSERT_FALSE(ps.empty());
    const auto* p = find(ps, "Helsinki");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(text.substr(p->span.begin, p->span.size()), "Helsinki, Moscow");
    EXPECT_EQ(text.substr(p->parent_span.begin, p->parent_span.size()), "Moscow");
}

// Across the five seed articles, the only wrong parent claim is "Helsinki, Moscow"; every place named in them
// that the gazetteer knows resolves.
TEST(Places, SeedsHaveOneWrongParentClaim) {
    namespace fs = std::filesystem;
    std::vector<std::string> wrong;
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(fs::path(CROSSCHECK_FIXTURES_DIR) / "seeds")) {
        if (e.path().extension() != ".txt" || e.path().filename() == "expect.spec") continue;
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        for (const auto& p : places_in(ss.str())) {
            names.insert(p.name);
            if (!p.demonym) EXPECT_FALSE(p.country_code.empty()) << p.name;
            if (!p.parent.empty() && knowledge().gazetteer.contains(p.parent, p.name) == Containment::no)
                wrong.push_back(p.name + ", " + p.parent);
        }
    }
    EXPECT_EQ(wrong, std::vector<std::string>{"Helsinki, Moscow"});
    for (const char* n : {"Helsinki", "Moscow", "Brussels", "Geneva", "Jordan", "Turkey", "Idlib", "New York",
                          "California", "Crimea", "Syria"})
        EXPECT_TRUE(names.count(n)) << n << " not extracted from the seeds";
}

}  // namespace
