// A grammar's StartSet may turn a word start away only where the grammar cannot match: the scan would otherwise
// lose matches. Checked against the grammar itself on numbers of every shape, alone and after a lead word.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "grammars/dates.hpp"
#include "grammars/quantities.hpp"
#include "grammars/scan.hpp"

using namespace crosscheck;
namespace g = crosscheck::grammars;

namespace {

bool date_parses(const std::string& text) {
    g::dates::ast::Date d;
    const char* first = text.data();
    return g::x3::parse(first, text.data() + text.size(), g::dates::date(), d) && first > text.data();
}

bool date_may_start(const std::string& text) {
    return g::dates::date_starts().may_start(text.data(), text.data() + text.size());
}

TEST(StartSets, DatesTurnAwayNumbersNoDateStartsWith) {
    for (std::string s : {"155,221 bags", "5.93 mln", "12345 tonnes", "123 days ago", "7:57 am", "a lot", "A-year", "two of"})
        EXPECT_FALSE(date_may_start(s)) << s;
    for (std::string s : {"in 1987", "12 March", "3 days ago", "2005-2017", "25th of July", "2016-05-20", "in 2014", "a year ago",
                          "Two weeks ago", "in a year ago"}) {
        EXPECT_TRUE(date_may_start(s)) << s;
        EXPECT_TRUE(date_parses(s)) << s;
    }
}

// Random numbers with the punctuation, suffixes and words dates are made of: whenever the start set turns one
// away, the grammar matches nothing there.
TEST(StartSets, DatesNeverTurnAwayADate) {
    const std::vector<std::string> pieces = {"1", "9", "12", "31", "1987", "2014", "123", "0", ",", ".", ":", "-",
                                             " ", " ", "st", "th", "of", "July", "Feb.", "days", "ago", "and", "to",
                                             "\xE2\x80\x93", "am", "x", "year", "weeks", "a", "two", " ago"};
    const std::vector<std::string> leads = {"", "", "in ", "since ", "on ", "by ", "a ", "A ", "two ", "in a ", "one"};
    std::mt19937 rng(7);
    int turned_away = 0, dates = 0;
    for (int n = 0; n < 50000; ++n) {
        std::string s = leads[rng() % leads.size()];
        if (rng() % 2) s += std::to_string(rng() % 3000);
        int len = static_cast<int>(rng() % 6);
        for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
        bool parses = date_parses(s);
        dates += parses;
        if (date_may_start(s)) continue;
        ++turned_away;
        EXPECT_FALSE(parses) << "\"" << s << "\"";
    }
    // Both cases are common enough for the comparison to mean something.
    EXPECT_GT(turned_away, 5000);
    EXPECT_GT(dates, 300);
}

bool quantity_parses(const std::string& text) {
    g::quantities::ast::Quantity q;
    const char* first = text.data();
    return g::x3::parse(first, text.data() + text.size(), g::quantities::quantity(), q) && first > text.data();
}

// "a" starts a quantity only before "dozen", "hundred", "thousand" or "million".
TEST(StartSets, QuantitiesTurnAwayAnAThatCountsNothing) {
    auto may_start = [](const std::string& t) {
        return g::quantities::quantity_starts().may_start(t.data(), t.data() + t.size());
    };
    const std::vector<std::string> pieces = {"a", "A", " ", "\xC2\xA0", "dozen", "hundred", "thousand", "million",
                                             "dozens", "-", "year", "lot", "eggs", "people", ",", "s"};
    std::mt19937 rng(11);
    int turned_away = 0, quantities = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string s = (rng() % 2) ? "a" : "A";
        int len = static_cast<int>(rng() % 6);
        for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
        bool parses = quantity_parses(s);
        quantities += parses;
        if (may_start(s)) continue;
        ++turned_away;
        EXPECT_FALSE(parses) << "\"" << s << "\"";
    }
    EXPECT_GT(turned_away, 5000);
    EXPECT_GT(quantities, 100);
    EXPECT_TRUE(may_start("a dozen eggs"));
    EXPECT_FALSE(may_start("a lot"));
}

}  // namespace
