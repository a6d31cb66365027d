// Definition of the dates grammar (see dates.hpp). Included by dates.cpp only, which instantiates it.
//
// The rule's attribute is filled by semantic actions: every alternative starts by clearing what an earlier,
// failed alternative may have set (all but the lead), so backtracking leaves no stale fields.
#pragma once

#include <string_view>

#include "grammars/dates.hpp"
#include "grammars/dates_ast_adapted.hpp"
#include "grammars/words.hpp"

namespace crosscheck::grammars::dates {

namespace parser {

namespace w = words;
using x3::eps;
using x3::lit;
using x3::raw;

inline std::string_view view(ast::Range const& r) { return {r.begin(), static_cast<std::size_t>(r.size())}; }

// ---- lexicons ------------------------------------------------------------------------------------------------
struct months_table : x3::symbols<unsigned> {
    months_table() {
        add("January", 1)("February", 2)("March", 3)("April", 4)("May", 5)("June", 6)("July", 7)("August", 8)(
            "September", 9)("October", 10)("November", 11)("December", 12);
        // AP abbreviations, with and without the dot ("Feb. 27", "Sept. 11", "Jan 5").
        add("Jan.", 1)("Jan", 1)("Feb.", 2)("Feb", 2)("Mar.", 3)("Apr.", 4)("Apr", 4)("Jun.", 6)("Jul.", 7)(
            "Aug.", 8)("Aug", 8)("Mar", 3)("Jun", 6)("Jul", 7)("Sep.", 9)("Sept.", 9)("Sept", 9)("Oct.", 10)("Oct", 10)("Nov.", 11)("Nov", 11)(
            "Dec.", 12)("Dec", 12);
    }
} const months;

// chrono's encoding: 0 Sunday .. 6 Saturday.
struct weekdays_table : x3::symbols<int> {
    weekdays_table() {
        add("Sunday", 0)("Monday", 1)("Tuesday", 2)("Wednesday", 3)("Thursday", 4)("Friday", 5)("Saturday", 6);
    }
} const weekdays;

// Abbreviated weekdays are taken only before a date ("Tue., July 24"): alone, "Sun." or "Sat." are other words.
struct weekday_abbreviations_table : x3::symbols<int> {
    weekday_abbreviations_table() {
        add("Sun.", 0)("Mon.", 1)("Tue.", 2)("Tues.", 2)("Wed.", 3)("Thu.", 4)("Thurs.", 4)("Fri.", 5)("Sat.", 6);
        // Without the dot, as in British datelines ("Tue 24 Jul 2018 18.05 BST"); not "Sun" (The Sun, 24 July) nor
        // "Sat".
        add("Mon", 1)("Tue", 2)("Tues", 2)("Wed", 3)("Thu", 4)("Thurs", 4)("Fri", 5);
    }
} const weekday_abbreviations;

struct shifts_table : x3::symbols<int> {
    shifts_table() {
        add("last", -1)("Last", -1)("next", 1)("Next", 1)("this", 0)("This", 0)("earlier this", 0)(
            "Earlier this", 0)("later this", 0)("Later this", 0);
    }
} const shifts;

struct units_table : x3::symbols<ast::Unit> {
    units_table() { add("week", ast::Unit::week)("month", ast::Unit::month)("year", ast::Unit::year); }
} const units;

// "two weeks ago", "a year ago", "3 days ago"
struct ago_units_table : x3::symbols<ast::Unit> {
    ago_units_table() {
        add("days", ast::Unit::day)("day", ast::Unit::day)("weeks", ast::Unit::week)("week", ast::Unit::week)(
            "months", ast::Unit::month)("month", ast::Unit::month)("years", ast::Unit::year)("year", ast::Unit::year);
    }
} const ago_units;

struct counts_table : x3::symbols<int> {
    counts_table() {
        add("a", 1)("A", 1)("one", 1)("One", 1)("two", 2)("Two", 2)("three", 3)("Three", 3)("four", 4)("Four", 4)(
            "five", 5)("Five", 5)("six", 6)("Six", 6)("seven", 7)("Seven", 7)("eight", 8)("Eight", 8)("nine", 9)(
            "Nine", 9)("ten", 10)("Ten", 10)("eleven", 11)("twelve", 12);
    }
} const counts;

struct day_words_table : x3::symbols<int> {
    day_words_table() {
        add("yesterday", -1)("Yesterday", -1)("today", 0)("Today", 0)("tomorrow", 1)("Tomorrow", 1);
    }
} const day_words;

// ---- actions -------------------------------------------------------------------------------------------------
auto const reset = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    auto lead = d.lead;
    d = ast::Date{};
    d.lead = lead;
};
auto const set_lead = [](auto& ctx) {
    x3::_pass(ctx) = is_lead_word(view(x3::_attr(ctx)));
    if (x3::_pass(ctx)) x3::_val(ctx).lead = x3::_attr(ctx);
};
auto const set_core = [](auto& ctx) { x3::_val(ctx).core = x3::_attr(ctx); };
auto const set_day = [](auto& ctx) {
    unsigned v = x3::_attr(ctx);
    x3::_pass(ctx) = v >= 1 && v <= 31;
    x3::_val(ctx).day = v;
};
auto const set_month = [](auto& ctx) { x3::_val(ctx).month = x3::_attr(ctx); };
auto const set_month_number = [](auto& ctx) {
    unsigned v = x3::_attr(ctx);
    x3::_pass(ctx) = v >= 1 && v <= 12;
    x3::_val(ctx).month = v;
};
// A month alone is a date only after a preposition ("in July"): "May" is also a verb and a name.
auto const set_month_after_lead = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    x3::_pass(ctx) = !d.lead.empty() && is_month_preposition(view(d.lead));
    d.month = x3::_attr(ctx);
};
auto const set_year = [](auto& ctx) {
    unsigned v = x3::_attr(ctx);
    x3::_pass(ctx) = v >= 1000 && v <= 2199;
    x3::_val(ctx).year = v;
};
// A bare four-digit number is a year only in 1900-2100 and after a preposition ("since 1963"), never alone
// ("2000 troops").
auto const set_bare_year = [](auto& ctx) {
    unsigned v = x3::_attr(ctx);
    auto& d = x3::_val(ctx);
    x3::_pass(ctx) = v >= 1900 && v <= 2100 && !d.lead.empty() && is_year_preposition(view(d.lead));
    d.year = v;
};
auto const set_range_start = [](auto& ctx) {
    unsigned v = x3::_attr(ctx);
    x3::_pass(ctx) = v >= 1900 && v <= 2100;
    x3::_val(ctx).year = v;
};
auto const set_range_end = [](auto& ctx) {
    unsigned v = x3::_attr(ctx);
    auto& d = x3::_val(ctx);
    x3::_pass(ctx) = v > d.year && v <= 2100;
    d.year_end = v;
};
auto const set_weekday = [](auto& ctx) { x3::_val(ctx).weekday = x3::_attr(ctx); };
auto const set_shift = [](auto& ctx) {
    x3::_val(ctx).shift = x3::_attr(ctx);
    x3::_val(ctx).shifted = true;
};
auto const set_unit = [](auto& ctx) { x3::_val(ctx).unit = x3::_attr(ctx); };
auto const set_day_word = [](auto& ctx) {
    x3::_val(ctx).unit = ast::Unit::day;
    x3::_val(ctx).shift = x3::_attr(ctx);
};
auto const set_time = [](auto& ctx) { x3::_val(ctx).time = true; };
auto const set_ago = [](auto& ctx) {
    x3::_val(ctx).shift = -static_cast<int>(x3::_attr(ctx));
    x3::_val(ctx).shifted = true;
};

// ---- numbers -------------------------------------------------------------------------------------------------
auto const digit = x3::char_('0', '9');
auto const uint2 = x3::uint_parser<unsigned, 10, 1, 2>{};
auto const uint2_exact = x3::uint_parser<unsigned, 10, 2, 2>{};
auto const uint4 = x3::uint_parser<unsigned, 10, 4, 4>{};
// A number ends where no digit, letter or digit-continuing punctuation follows: "2,000", "3.5" and "7:57" are
// not days or years.
auto const num_end = !w::word_char >> !((lit(',') | '.' | ':') >> digit);

auto const day = (uint2 >> -(lit("st") | "nd" | "rd" | "th") >> num_end)[set_day];
auto const year = (uint4 >> num_end)[set_year];
auto const month = months[set_month] >> !w::word_char;
auto const dash = lit('-') | "\xE2\x80\x93" | "\xE2\x80\x94";  // hyphen, en dash, em dash

// ", 7:57 am", " at 7:57 a.m.": a time of day after a date.
auto const time_of_day =
    raw[-lit(',') >> w::sp >> -(lit("at") >> w::sp) >> uint2 >> (lit(':') | '.') >> digit >> digit >>
        -(w::sp >> (lit("a.m.") | "p.m." | "am" | "pm" | "AM" | "PM")) >> !w::word_char][set_time];
auto const comma_year = -lit(',') >> w::sp >> year;

// ---- forms ---------------------------------------------------------------------------------------------------
// "2016-05-20"
auto const iso = eps[reset] >> year >> '-' >> uint2_exact[set_month_number] >> '-' >>
                 (x3::uint_parser<unsigned, 10, 2, 2>{} >> num_end)[set_day];
// "July 25, 2018", "Feb. 27", "June 5, 2016 at 7:57 am"
auto const month_day = month >> w::sp >> day >> -comma_year >> -time_of_day;
// "25 July, 2018", "25th of July"
auto const day_month = day >> w::sp >> -(lit("of") >> w::sp) >> month >> -comma_year >> -time_of_day;
// "Tuesday, July 24, 2018", "last Tuesday, July 24", "Tuesday the 24th of July"
auto const weekday_date = eps[reset] >> -(x3::omit[shifts[set_shift]] >> w::sp) >>
                          (weekdays[set_weekday] | weekday_abbreviations[set_weekday]) >> !w::word_char >> -lit(',') >>
                          w::sp >> (month_day | (-(lit("the") >> w::sp) >> day_month));
// "Dec. 25, 2024, a Wednesday", "March 5 (Wednesday)": the weekday in apposition is stated of the date.
auto const apposed_weekday = (lit(',') >> w::sp >> lit("a") >> w::sp >> weekdays[set_weekday] >> !(w::word_char | '-')) |
                             (w::sp >> lit('(') >> weekdays[set_weekday] >> lit(')'));
auto const absolute = (eps[reset] >> month_day >> -apposed_weekday) | (eps[reset] >> day_month >> -apposed_weekday);
// "between 2011 and 2014", "2011 to 2014" (after "from"), "2005-2017", "2005 -2017"
auto const between = eps[reset] >> (lit("between") | "Between") >> w::sp >> (uint4 >> num_end)[set_range_start] >>
                     w::sp >> "and" >> w::sp >> (uint4 >> num_end)[set_range_end];
auto const to_range = eps[reset] >> (uint4 >> num_end)[set_range_start] >> w::sp >> (lit("to") | "until" | "through") >>
                      w::sp >> (uint4 >> num_end)[set_range_end];
auto const dash_range = eps[reset] >> (uint4 >> num_end)[set_range_start] >> -w::sp >> dash >> -w::sp >>
                        (uint4 >> num_end)[set_range_end];
// "September 2015"
auto const month_year = eps[reset] >> month >> w::sp >> year;
// "in 2014", "since 1963"
auto const bare_year = eps[reset] >> (uint4 >> num_end)[set_bare_year];
// "in July" (no day or year follows)
// An abbreviation without its dot before a capitalised word is a given name: "Editing by Jan Harvey".
auto const abbreviated_month = (lit("Jan") | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sept" | "Sep" | "Oct" |
                                "Nov" | "Dec") >> !w::word_char >> !lit('.');
auto const bare_month = eps[reset] >> !(abbreviated_month >> w::sp >> w::upper) >> months[set_month_after_lead] >>
                        !w::word_char >> !(w::sp >> digit);
// "last July", "next March"
auto const shifted_month = eps[reset] >> x3::omit[shifts[set_shift]] >> w::sp >> month >> !(w::sp >> digit);
// "on Tuesday", "last Friday", "Tuesday"
auto const weekday = eps[reset] >> -(x3::omit[shifts[set_shift]] >> w::sp) >> weekdays[set_weekday] >> !w::word_char;
// "last week", "earlier this year", "next month"
auto const relative = eps[reset] >> x3::omit[shifts[set_shift]] >> w::sp >> units[set_unit] >> !w::word_char;
// "two weeks ago", "3 days ago"
auto const ago = eps[reset] >> (counts[set_ago] | uint2[set_ago]) >> w::sp >> ago_units[set_unit] >> w::sp >>
                 lit("ago") >> !w::word_char;
// "yesterday", "today", "tomorrow"
auto const day_word = eps[reset] >> day_words[set_day_word] >> !w::word_char;

auto const core = iso | weekday_date | absolute | between | to_range | dash_range | month_year | bare_year |
                  bare_month | shifted_month | weekday | relative | ago | day_word;

auto const lead = raw[(w::lower | w::upper) >> *w::lower >> !w::word_char][set_lead];

}  // namespace parser

// The rules are defined in the namespace that declared them (dates.hpp), as BOOST_SPIRIT_DEFINE requires.
date_type const date_rule = "date";

auto const date_rule_def = -(parser::lead >> parser::w::sp) >> parser::raw[parser::core][parser::set_core];

BOOST_SPIRIT_DEFINE(date_rule)

}  // namespace crosscheck::grammars::dates
