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

}  // namespace

bool is_year_preposition(std::string_view word) {
    static constexpr std::array<std::string_view, 15> words = {
        "in", "since", "until", "till", "by", "of", "from", "before", "after", "during", "through", "throughout",
        "early", "late", "circa"};
    return in(words, word);
}

bool is_month_preposition(std::string_view word) {
    // Not "of": "the government of Theresa May".
    static constexpr std::array<std::string_view, 13> words = {
        "in", "since", "until", "till", "by", "from", "before", "after", "during", "through", "throughout",
        "early", "late"};
    return in(words, word);
}

bool is_lead_word(std::string_view word) {
    static constexpr std::array<std::string_view, 3> other = {"on", "as", "at"};
    return is_year_preposition(word) || in(other, word);
}

}  // namespace crosscheck::grammars::dates
