// Definition of the places grammar (see places.hpp). Included by places.cpp only, which instantiates it.
#pragma once

#include <string_view>

#include "grammars/places.hpp"
#include "grammars/places_ast_adapted.hpp"
#include "grammars/words.hpp"

namespace crosscheck::grammars::places {

namespace parser {

using x3::char_;
using x3::lit;
using x3::raw;

inline std::string_view view(ast::Range const& r) { return {r.begin(), static_cast<std::size_t>(r.size())}; }

// Byte-level word classes shared with the other name grammars.
using words::apostrophe;
using words::cap_start;
using words::lower;
using words::sp;
using words::upper;
using words::word_char;

// ---- semantic checks against the lexicons ---------------------------------------------------------------------
template <bool (*Test)(std::string_view)>
struct is {
    template <class Context>
    void operator()(Context& ctx) const {
        x3::_pass(ctx) = Test(view(x3::_attr(ctx)));
    }
};

// ---- words ---------------------------------------------------------------------------------------------------
// "Helsinki", "Al-Raqqa", "Côte", "US-led" (the extractor splits hyphenated words), "O'Hare".
auto const cap_word = raw[cap_start >> *word_char >> *((char_('-') >> +word_char) | (apostrophe >> cap_start >> *word_char))];
// "U.S.", "D.C.", "N.Y.", and AP abbreviations "Calif.", "Tex." (a capital, letters, a dot, then no letter).
auto const dotted = raw[+(upper >> '.') >> !word_char];
auto const abbreviation = raw[upper >> +lower >> '.' >> !word_char][is<&is_state_abbreviation>{}];
// "ez-Zor" in "Deir ez-Zor", "al-Bab": a lower-case particle joined to a capital.
auto const particle_word = raw[+lower >> '-' >> cap_start >> *word_char];
// "of", "of the", "de los", "am": one or two lower-case words (checked together), before a capital.
auto const connector = raw[+lower >> -(sp >> +lower) >> !word_char][is<&is_connector>{}] >> &(sp >> cap_start);
auto const connector1 = raw[+lower >> !word_char][is<&is_connector>{}] >> &(sp >> cap_start);

// "St. Petersburg", "Mt. Vernon", "Ft. Worth": an abbreviated first word, only before another capital.
auto const prefix = (lit("St") | "Ste" | "Mt" | "Ft") >> '.' >> &(sp >> cap_start);
auto const word = prefix | dotted | abbreviation | cap_word;
auto const inner_word = dotted | abbreviation | cap_word | particle_word;
auto const run = raw[word >> *(sp >> ((connector >> sp >> inner_word) | (connector1 >> sp >> inner_word) | inner_word))];

auto const preposition = raw[(lower | upper) >> *lower >> !word_char][is<&is_locative_preposition>{}];
auto const direction = raw[+lower >> *('-' >> +lower) >> !word_char][is<&is_direction_word>{}];
auto const lead = preposition >> sp >> -(lit("the") >> sp) >> x3::omit[-(direction >> sp)];

// "the Russian city of Kharkiv", "the southern Ukrainian port of Odesa", "the French capital, Paris": the
// extractor asks the gazetteer whether the capitalised word is a nationality.
auto const nationality = raw[cap_start >> *word_char >> !(char_('-') | apostrophe)];
auto const place_kind = raw[+lower >> !word_char][is<&is_place_kind>{}];
auto const article = lit("the") | lit("The");

}  // namespace parser

// The rules are defined in the namespace that declared them (places.hpp), as BOOST_SPIRIT_DEFINE requires.
mention_type const mention_rule = "mention";

// Fields are set by hand: an iterator_range looks like a container to X3, which would splice the three ranges.
auto const set_preposition = [](auto& ctx) { x3::_val(ctx).preposition = x3::_attr(ctx); };
auto const set_name = [](auto& ctx) { x3::_val(ctx).name = x3::_attr(ctx); };
auto const set_parent = [](auto& ctx) { x3::_val(ctx).parent = x3::_attr(ctx); };
auto const set_kind = [](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); };
auto const described = -(parser::preposition[set_preposition] >> parser::sp) >> parser::article >> parser::sp >> x3::omit[*(parser::direction >> parser::sp)] >>
                       parser::nationality[set_parent] >> parser::sp >> parser::place_kind[set_kind] >> -x3::lit(',') >>
                       parser::sp >> -(x3::lit("of") >> parser::sp) >> parser::run[set_name];
// Actions are not undone when an alternative fails: the second starts from a clean attribute.
auto const clear = [](auto& ctx) { x3::_val(ctx) = ast::Mention{}; };
// "near Bakhmut in eastern Ukraine", "Odesa in southern Russia": the whole " in ..." is kept (set at once, so
// that a failed try leaves nothing behind) and the extractor decides whether "in" places one in the other.
auto const set_within = [](auto& ctx) { x3::_val(ctx).within = x3::_attr(ctx); };
auto const within_tail = parser::raw[parser::sp >> x3::lit("in") >> parser::sp >> -(x3::lit("the") >> parser::sp) >>
                                     x3::omit[-(parser::direction >> parser::sp)] >> parser::run] >>
                       !(x3::lit(',') >> parser::sp >> parser::cap_start);  // "Putin in Helsinki, Moscow": the pair is its own
auto const mention_rule_def =
    described | (x3::eps[clear] >> -parser::lead[set_preposition] >> parser::run[set_name] >>
                 -(within_tail[set_within] | (',' >> parser::sp >> parser::run[set_parent])));

BOOST_SPIRIT_DEFINE(mention_rule)

}  // namespace crosscheck::grammars::places
