// Grammar for date expressions in news copy: absolute dates ("Tuesday, July 24, 2018", "25 July, 2018",
// "Feb. 27", "2016-05-20", "September 2015"), years after a preposition ("in 2014", "since 1963"), months after
// a preposition ("in July"), weekdays ("on Tuesday", "last Friday"), relative expressions ("yesterday", "last
// week", "earlier this year", "two weeks ago") and year ranges ("2005-2017", "between 2011 and 2014").
//
// The grammar records what the text states (year, month, day, weekday, shift); lib/extract/dates.cpp turns it
// into DateMention and lib/resolve/dates.cpp completes what depends on the publication date.
#pragma once

#include <boost/range/iterator_range.hpp>
#include <string_view>

#include "grammars/scan.hpp"

namespace crosscheck::grammars::dates {

namespace ast {

using Range = boost::iterator_range<iterator_type>;

// The unit a relative expression counts in: "yesterday" (day), "last week" (week), "next month", "this year".
enum class Unit { none, day, week, month, year };

struct Date {
    Range lead;           // the preposition before the date ("on", "in", "since"); empty when none
    Range core;           // the date itself, without the lead: "Tuesday, July 24, 2018", "last week"
    unsigned year = 0;    // 0: not stated
    unsigned month = 0;   // 1..12, 0: not stated
    unsigned day = 0;     // 1..31, 0: not stated
    int weekday = -1;     // 0 Sunday .. 6 Saturday (std::chrono::weekday's encoding), -1: not stated
    unsigned year_end = 0;  // second year of a range
    Unit unit = Unit::none; // relative expressions
    int shift = 0;        // -1 last/yesterday, 0 this/today, +1 next/tomorrow, -2 "two weeks ago"
    bool shifted = false; // a shift word was written ("last Tuesday", "next month")
    bool time = false;    // a time of day follows ("June 5, 2016 at 7:57 am")
};

}  // namespace ast

using date_type = x3::rule<class date_class, ast::Date>;
BOOST_SPIRIT_DECLARE(date_type)

date_type const& date();

// The words (and digits) a date can start with: for grammars::scan, built from the grammar's own lexicons.
StartSet const& date_starts();

// Lexicons the grammar uses, exposed for the extractor and tests. Words are compared as written, with a
// capitalised first letter accepted (sentence starts).
bool is_year_preposition(std::string_view word);   // in, since, until, by, of, from, before, after, during ...
bool is_month_preposition(std::string_view word);  // in, since, until, by, from, before, after, during, early ...
bool is_lead_word(std::string_view word);          // any word the grammar may take as a lead ("on" too)

}  // namespace crosscheck::grammars::dates
