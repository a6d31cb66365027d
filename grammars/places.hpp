// Grammar for place mentions: a run of capitalised words, optionally after a locative preposition ("in",
// "at UN headquarters in", "from", "near") with an article and a direction ("in northern Syria"), optionally
// followed by ", " and a second run that may be its parent ("Helsinki, Moscow", "Paris, Texas"); or a place described
// by a nationality and a kind of place ("the Russian city of Kharkiv", "the southern Ukrainian port of Odesa", "the
// French capital, Paris"), the nationality claiming its country; or a place said to lie in another ("Bakhmut in
// eastern Ukraine").
//
// The grammar finds the shape only; lib/extract/places.cpp keeps the names the gazetteer knows and decides
// whether the second run really claims a parent (and is not a list or the subject of a new clause).
#pragma once

#include <boost/optional.hpp>
#include <boost/range/iterator_range.hpp>
#include <string_view>
#include <vector>

#include "grammars/scan.hpp"

namespace crosscheck::grammars::places {

namespace ast {

// Words are ranges of the source text (x3::raw), so every word maps back to its exact bytes.
using Range = boost::iterator_range<iterator_type>;

// A run: capitalised words and the lower-case connectors between them ("Bosnia and Herzegovina", "Rio de
// Janeiro"), separated by spaces or no-break spaces; the extractor splits it into words.
using Run = Range;

struct Mention {
    boost::optional<Range> preposition;  // "in", "from", "near" ...
    Run name;
    boost::optional<Run> parent;         // the run after ", "; or the nationality of a described place
    boost::optional<Range> kind;         // "city" in "the Russian city of Kharkiv": the parent is a nationality
    boost::optional<Range> within;       // " in southern Russia" of "Odesa in southern Russia"
};

}  // namespace ast

using mention_type = x3::rule<class mention_class, ast::Mention>;
BOOST_SPIRIT_DECLARE(mention_type)

mention_type const& mention();

// Where a mention can start, for grammars::scan: a locative preposition or a capital.
StartSet const& mention_starts();

// Lexicons the grammar uses, exposed for the extractor and tests.
bool is_locative_preposition(std::string_view word);  // in, at, from, to, near, into, across ... ("In" too)
bool is_direction_word(std::string_view word);        // northern, south-eastern, central, war-torn ...
bool is_connector(std::string_view word);             // of, of the, and, de, del, da, el, al ...
bool is_place_kind(std::string_view word);            // city, town, port, capital, province ... (lower case)
bool is_state_abbreviation(std::string_view word);    // AP Stylebook: Calif., Tex., Ill. (dotted, lower-case)

}  // namespace crosscheck::grammars::places
