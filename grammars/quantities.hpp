// Grammar for counted quantities: a number and what it counts ("2,000 troops", "3.5 million people", "two
// separate military campaigns", "hundreds of troops", "thousands more civilian deaths", "one-third of the Syrian
// territory", "45 percent", "12%"). A currency sign before the number is not a word start, so the extractor
// looks for it ("$4 billion").
//
// The grammar finds the shape; lib/extract/quantities.cpp computes the value, picks the head noun of the counted
// phrase and drops what is not a count (years, dates, ordinals, times, identifiers).
#pragma once

#include <boost/range/iterator_range.hpp>
#include <string_view>

#include "grammars/scan.hpp"

namespace crosscheck::grammars::quantities {

namespace ast {

using Range = boost::iterator_range<iterator_type>;

enum class NumberKind { digits, words, magnitude, fraction };

struct Quantity {
    Range number;            // "2,000", "3.5", "two", "twenty-five", "a dozen", "hundreds", "one-third"
    NumberKind kind = NumberKind::digits;
    Range scale;             // "million", "billion", "thousand", "hundred"; empty when none
    Range more;              // "more", "additional", "extra", "other"; empty when none
    bool of = false;         // "hundreds of troops", "one-third of the territory"
    Range phrase;            // the words after the number, as written ("separate military campaigns")
};

}  // namespace ast

using quantity_type = x3::rule<class quantity_class, ast::Quantity>;
BOOST_SPIRIT_DECLARE(quantity_type)

quantity_type const& quantity();

// The words (and digits) a quantity can start with: for grammars::scan.
StartSet const& quantity_starts();

// Lexicons, exposed for the extractor and tests.
bool is_phrase_stop_word(std::string_view word);  // function words and verbs that end a counted phrase
double number_word_value(std::string_view word);  // "two" -> 2, "twenty" -> 20, "dozen" -> 12; 0 if none
double scale_value(std::string_view word);        // "million" -> 1e6; 0 if none
double magnitude_value(std::string_view words);   // "hundreds" -> 100, "tens of thousands" -> 10000; 0 if none
double fraction_value(std::string_view word);     // "one-third" -> 1/3, "two-thirds" -> 2/3, "half" -> 0.5; 0 if none

}  // namespace crosscheck::grammars::quantities
