// The dates grammar's one translation unit: defines and instantiates its rule for iterator_type.
#include "grammars/dates_def.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace crosscheck::grammars::dates {

using context_type = x3::unused_type;
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)

date_type const& date() { return date_rule; }

namespace {

// Lower-cases the first letter: lexicon words match at sentence starts too ("In 2014", "Since March").
std::string first_lower(std::string_view word) {
    std::string w(word);
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') w[0] = static_cast<char>(w[0] - 'A' + 'a');
    return w;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view word) {
    auto w = first_lower(word);
    return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 15> year_prepositions = {
    "in", "since", "until", "till", "by", "of", "from", "before", "after", "during", "through", "throughout",
    "early", "late", "circa"};
// Not "of": "the government of Theresa May".
constexpr std::array<std::string_view, 13> month_prepositions = {
    "in", "since", "until", "till", "by", "from", "before", "after", "during", "through", "throughout",
    "early", "late"};
constexpr std::array<std::string_view, 3> other_leads = {"on", "as", "at"};

}  // namespace

bool is_year_preposition(std::string_view word) { return in(year_prepositions, word); }

bool is_month_preposition(std::string_view word) { return in(month_prepositions, word); }

bool is_lead_word(std::string_view word) { return is_year_preposition(word) || in(other_leads, word); }

namespace {

// A date starts with its lead preposition or its core (see date_rule_def): a digit, a month, a weekday, a shift
// word, a count ("two weeks ago"), a day word or "between".
StartSet make_starts() {
    StartSet s;
    s.digits = true;
    // Every form that starts with a number reads one or two digits (a day, "3 days ago") or four (a year) and
    // then a number's end (num_end) or a space: "155,221", "5.93" and "12345" start no date.
    s.digit_runs = (1u << 1) | (1u << 2) | (1u << 4);
    s.whole_numbers = true;
    auto add = [&](const std::string& w, auto) { s.add(w); };
    parser::months.for_each(add);
    parser::weekdays.for_each(add);
    parser::weekday_abbreviations.for_each(add);
    parser::shifts.for_each(add);
    // A count ("a", "two") starts only "two weeks ago": a lead before one space and an ago unit. Counts follow
    // leads too ("in a year", which the grammar may read from "in").
    parser::counts.for_each([&](const std::string& w, auto) {
        s.add_lead(w);
        s.add_follow(w);
    });
    parser::ago_units.for_each([&](const std::string& w, auto) { s.add_follow(w); });
    parser::day_words.for_each(add);
    s.add("between");
    // A lead word starts a date only before the date's core ("in 2014", "on Tuesday"): date_rule_def.
    for (auto w : year_prepositions) s.add_lead(w);
    for (auto w : month_prepositions) s.add_lead(w);
    for (auto w : other_leads) s.add_lead(w);
    return s;
}

}  // namespace

StartSet const& date_starts() {
    static const StartSet starts = make_starts();
    return starts;
}

}  // namespace crosscheck::grammars::dates
