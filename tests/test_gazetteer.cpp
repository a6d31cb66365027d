// The gazetteer against real geography: containment across continents (right and wrong parents, towns sharing
// names), resolution ranking, demonyms, and the places of the seed articles.
#include <gtest/gtest.h>

#include "knowledge/gazetteer.hpp"

using namespace crosscheck;

namespace {

const Gazetteer& gaz() {
    static const Gazetteer g = Gazetteer::load_embedded();
    return g;
}

struct Pair {
    const char* parent;
    const char* child;
    Containment expected;
};

std::ostream& operator<<(std::ostream& os, const Pair& p) {
    return os << '"' << p.child << ", " << p.parent << '"';
}

class Containing : public ::testing::TestWithParam<Pair> {};

TEST_P(Containing, AgreesWithGeography) {
    const auto& p = GetParam();
    EXPECT_EQ(gaz().contains(p.parent, p.child), p.expected);
}

constexpr auto yes = Containment::yes;
constexpr auto no = Containment::no;
constexpr auto unknown = Containment::unknown;

const Pair pairs[] = {
    // Europe
    {"Finland", "Helsinki", yes}, {"Belgium", "Brussels", yes}, {"Switzerland", "Geneva", yes},
    {"Russia", "Moscow", yes}, {"France", "Paris", yes}, {"Germany", "Cologne", yes}, {"Poland", "Kraków", yes},
    {"Poland", "Krakow", yes}, {"UK", "London", yes}, {"Britain", "Manchester", yes}, {"England", "Leeds", yes},
    {"Scotland", "Glasgow", yes}, {"Ukraine", "Kyiv", yes}, {"Ukraine", "Kiev", yes}, {"Italy", "Rome", yes},
    {"Spain", "Barcelona", yes}, {"Catalonia", "Barcelona", yes}, {"Bavaria", "Munich", yes},
    {"Moscow", "Helsinki", no}, {"Russia", "Helsinki", no}, {"Sweden", "Oslo", no}, {"Belgium", "Geneva", no},
    {"Germany", "Vienna", no}, {"Italy", "Madrid", no}, {"Scotland", "Cardiff", no},
    // Middle East and Africa
    {"Syria", "Idlib", yes}, {"Syria", "Aleppo", yes}, {"Syria", "Raqqa", yes}, {"Jordan", "Amman", yes},
    {"Turkey", "Ankara", yes}, {"Turkey", "Istanbul", yes}, {"Iraq", "Mosul", yes}, {"Lebanon", "Beirut", yes},
    {"Egypt", "Cairo", yes}, {"Nigeria", "Lagos", yes}, {"Kenya", "Nairobi", yes}, {"South Africa", "Johannesburg", yes},
    {"Syria", "Baghdad", no}, {"Jordan", "Damascus", no}, {"Egypt", "Tunis", no}, {"Kenya", "Kampala", no},
    // Asia and Oceania
    {"Japan", "Tokyo", yes}, {"Japan", "Osaka", yes}, {"China", "Beijing", yes}, {"India", "Mumbai", yes},
    {"India", "Bombay", yes}, {"Pakistan", "Karachi", yes}, {"Australia", "Sydney", yes}, {"New Zealand", "Auckland", yes},
    {"Indonesia", "Jakarta", yes}, {"China", "Tokyo", no}, {"India", "Lahore", no}, {"Australia", "Auckland", no},
    {"Australia", "Wellington", yes},  // a town in New South Wales shares New Zealand's capital's name
    // Americas, and towns sharing the names of world cities
    {"California", "Los Angeles", yes}, {"Texas", "Houston", yes}, {"Texas", "Paris", yes}, {"Ontario", "London", yes},
    {"Idaho", "Moscow", yes}, {"New York", "Geneva", yes}, {"Illinois", "Geneva", yes}, {"Ohio", "Athens", yes},
    {"Georgia", "Atlanta", yes}, {"Georgia", "Tbilisi", yes}, {"United States", "Chicago", yes}, {"US", "Boston", yes},
    {"U.S.", "Seattle", yes}, {"Canada", "Toronto", yes}, {"Brazil", "São Paulo", yes}, {"Brazil", "Sao Paulo", yes},
    {"Mexico", "Mexico City", yes}, {"Argentina", "Buenos Aires", yes}, {"Tex.", "Dallas", yes}, {"Calif.", "Fresno", yes},
    {"Texas", "Chicago", no}, {"California", "Houston", no}, {"Ontario", "Vancouver", no}, {"Canada", "Chicago", no},
    {"Brazil", "Lima", no}, {"Idaho", "Helsinki", no},
    // Cities contain districts, never other cities
    {"Paris", "Lyon", no}, {"London", "Paris", no}, {"Moscow", "Helsinki", no}, {"New York City", "Manhattan", yes},
    {"Berlin", "Spandau", yes}, {"Los Angeles", "San Diego", no},
    // Unknown names are unknown, never wrong; countries are nobody's child; disputed regions are not judged
    {"Narnia", "Helsinki", unknown}, {"Finland", "Gondor", unknown}, {"Russia", "Syria", unknown},
    {"Russia", "Crimea", unknown}, {"Ukraine", "Crimea", yes}, {"Crimea", "Sevastopol", yes},
    {"US", "San Juan", yes}, {"Puerto Rico", "San Juan", yes}, {"Denmark", "Nuuk", yes}, {"China", "Hong Kong", yes},
    {"France", "Papeete", yes}, {"Spain", "Nuuk", no},
    {"Kurdistan", "Erbil", yes}, {"Kurdistan", "Basra", no}, {"Gaza", "Rafah", yes}, {"Gaza Strip", "Khan Younis", yes},
    {"Syria", "Kobani", yes}, {"Syria", "Qamishli", yes}, {"India", "Bangalore", yes}, {"Vietnam", "Da Nang", yes},
    // Abbreviated first words
    {"Russia", "St. Petersburg", yes}, {"Florida", "St. Petersburg", yes}, {"Texas", "Ft. Worth", yes},
};

INSTANTIATE_TEST_SUITE_P(RealPlaces, Containing, ::testing::ValuesIn(pairs));

TEST(Gazetteer, IsLargeAndLean) {
    EXPECT_GT(gaz().size(), 100000u);  // countries, regions and cities of 1,000+ people
    EXPECT_LT(gaz().bytes(), 50u << 20);
}

TEST(Gazetteer, ResolvesTheSeedsPlaces) {
    for (const char* name : {"Helsinki", "Moscow", "Brussels", "Geneva", "Jordan", "Turkey", "Idlib", "New York",
                             "California", "Crimea", "Syria", "Washington"})
        EXPECT_TRUE(gaz().knows(name)) << name;
    EXPECT_EQ(gaz().resolve("Helsinki").at(0).country_code, "FI");
    EXPECT_EQ(gaz().resolve("Moscow").at(0).country_code, "RU");
    EXPECT_EQ(gaz().resolve("Geneva").at(0).country_code, "CH");
    EXPECT_EQ(gaz().resolve("Brussels").at(0).country_code, "BE");
    EXPECT_EQ(gaz().resolve("Idlib").at(0).country_code, "SY");
    EXPECT_EQ(gaz().resolve("New York").at(0).country_code, "US");
    EXPECT_EQ(gaz().resolve("California").at(0).kind, PlaceKind::region);
    EXPECT_EQ(gaz().resolve("Crimea").at(0).country_code, "UA");
    // Countries rank before towns of the same name.
    auto jordan = gaz().resolve("Jordan");
    ASSERT_GT(jordan.size(), 1u);
    EXPECT_EQ(jordan[0].kind, PlaceKind::country);
    EXPECT_EQ(jordan[0].country_code, "JO");
    EXPECT_EQ(gaz().resolve("Turkey").at(0).country_code, "TR");
    EXPECT_EQ(gaz().resolve("Syria").at(0).kind, PlaceKind::country);
}

// Regions are known without the word news copy leaves out ("Borno State" -> "in Borno", "Kachin State" ->
// "Kachin"), unless what is left is a word of ordinary copy ("Western District", "Free State").
TEST(Gazetteer, KnowsRegionsWithoutTheirStateWord) {
    ASSERT_TRUE(gaz().knows("Borno"));
    EXPECT_EQ(gaz().resolve("Borno").at(0).country_code, "NG");
    EXPECT_EQ(gaz().resolve("Borno").at(0).kind, PlaceKind::region);
    EXPECT_EQ(gaz().resolve("Kachin").at(0).country_code, "MM");
    EXPECT_EQ(gaz().resolve("Idlib").at(0).country_code, "SY");
    for (const char* word : {"Free", "Federal"}) {  // ("Western" is a region outright, in Ghana and Zambia)
        auto found = gaz().resolve(word);
        EXPECT_TRUE(std::none_of(found.begin(), found.end(), [](const Place& p) { return p.kind == PlaceKind::region; }))
            << word;
    }
}

TEST(Gazetteer, RanksByContextCountryThenPopulation) {
    auto paris = gaz().resolve("Paris");
    ASSERT_GT(paris.size(), 2u);
    EXPECT_EQ(paris[0].country_code, "FR");
    EXPECT_EQ(gaz().resolve("Paris", "US").at(0).country_code, "US");
    auto moscow = gaz().resolve("Moscow", "US");
    EXPECT_EQ(moscow.at(0).country_code, "US");
}

TEST(Gazetteer, CountryAliasesAndCodes) {
    for (const char* name : {"US", "U.S.", "USA", "United States", "United States of America"})
        EXPECT_EQ(gaz().resolve(name).at(0).country_code, "US") << name;
    for (const char* name : {"UK", "Britain", "United Kingdom", "Great Britain"})
        EXPECT_EQ(gaz().resolve(name).at(0).country_code, "GB") << name;
    EXPECT_EQ(gaz().resolve("Russia").at(0).country_code, "RU");
    EXPECT_EQ(gaz().resolve("Russian Federation").at(0).country_code, "RU");
    EXPECT_EQ(gaz().resolve("Ivory Coast").at(0).country_code, "CI");
    EXPECT_FALSE(gaz().knows("IT"));  // bare codes that are words are not names
    EXPECT_EQ(gaz().country_name("FI"), "Finland");
    EXPECT_EQ(gaz().country_name("ZZ"), "");
}

TEST(Gazetteer, Demonyms) {
    EXPECT_EQ(gaz().demonym_country("Russian"), "RU");
    EXPECT_EQ(gaz().demonym_country("Syrian"), "SY");
    EXPECT_EQ(gaz().demonym_country("Turkish"), "TR");
    EXPECT_EQ(gaz().demonym_country("American"), "US");
    EXPECT_EQ(gaz().demonym_country("British"), "GB");
    EXPECT_EQ(gaz().demonym_country("Finnish"), "FI");
    EXPECT_EQ(gaz().demonym_country("Saudi"), "SA");
    EXPECT_EQ(gaz().demonym_country("Table"), "");
}

TEST(Gazetteer, FoldsCaseAndDiacritics) {
    EXPECT_TRUE(gaz().knows("HELSINKI"));
    EXPECT_TRUE(gaz().knows("zurich"));
    EXPECT_TRUE(gaz().knows("Zürich"));
    EXPECT_FALSE(gaz().knows(""));
    EXPECT_FALSE(gaz().knows("Xyzzyville"));
}

// Second-level divisions (GeoNames admin2) in the forms copy writes them, by country.
TEST(Gazetteer, SecondLevelDivisions) {
    EXPECT_TRUE(gaz().is_division("GB", "Cornwall"));
    EXPECT_TRUE(gaz().is_division("GB", "Surrey"));
    EXPECT_TRUE(gaz().is_division("GB", "Yorkshire"));       // North Yorkshire, West Yorkshire ...
    EXPECT_TRUE(gaz().is_division("GB", "Cheshire"));        // Cheshire East, Cheshire West and Chester
    EXPECT_TRUE(gaz().is_division("GB", "County Durham"));
    EXPECT_TRUE(gaz().is_division("IE", "Co Clare"));
    EXPECT_TRUE(gaz().is_division("US", "Cook County"));
    EXPECT_TRUE(gaz().is_division("US", "cook"));
    EXPECT_FALSE(gaz().is_division("US", "Cornwall"));
    EXPECT_FALSE(gaz().is_division("GB", "Moscow"));
    EXPECT_FALSE(gaz().is_division("FI", "Moscow"));
    EXPECT_FALSE(gaz().is_division("GB", ""));
}

}  // namespace
