// Definition of the people grammar (see people.hpp). Included by people.cpp only, which instantiates it.
#pragma once

#include <string_view>

#include "grammars/people.hpp"
#include "grammars/people_ast_adapted.hpp"
#include "grammars/words.hpp"
#include "knowledge/names.hpp"
#include "knowledge/roles.hpp"

namespace crosscheck::grammars::people {

namespace parser {

using x3::char_;
using x3::lit;
using x3::matches;
using x3::raw;

inline std::string_view view(ast::Range const& r) { return {r.begin(), static_cast<std::size_t>(r.size())}; }

// Byte classes (letters, capitals, apostrophes, separators) are shared with the places grammar.
using words::apostrophe;
using words::cap_start;
using words::lower;
using words::sp;
using words::upper;
using words::word_char;

// ---- semantic checks against the lexicons ---------------------------------------------------------------------
// A capitalised word that is a function word ("The", "He", "However") cannot be part of a name chain; "US" and
// "WHO" are.
struct not_function_word {
    template <class Context>
    void operator()(Context& ctx) const {
        std::string_view w = view(x3::_attr(ctx));
        x3::_pass(ctx) = roles::can_be_name_word(w);
    }
};
// A lower-case word inside a chain must be a title word ("spokesman", "former", "vice-president").
struct title_word {
    template <class Context>
    void operator()(Context& ctx) const {
        std::string_view w = view(x3::_attr(ctx));
        auto dash = w.rfind('-');
        x3::_pass(ctx) = roles::is_title_word(w) || (dash != std::string_view::npos && roles::is_title_word(w.substr(dash + 1)));
    }
};
// "al-Assad", "bin Salman", "van der Leyen": the lower-case part must be a name particle.
struct particle_word {
    template <class Context>
    void operator()(Context& ctx) const {
        std::string_view w = view(x3::_attr(ctx));
        x3::_pass(ctx) = is_name_particle(w.substr(0, w.find('-')));
    }
};

// ---- words ---------------------------------------------------------------------------------------------------
// "Mattis", "Al-Assad", "O'Brien", "US-led" (one word: the chain logic then sees it is no name part).
auto const cap_word = raw[cap_start >> *word_char >>
                          *((char_('-') >> +word_char) | (apostrophe >> cap_start >> *word_char))][not_function_word{}];
// "Sen.", "Dr.", "Lt.": abbreviated titles keep their dot.
struct title_abbreviation {
    template <class Context>
    void operator()(Context& ctx) const {
        x3::_pass(ctx) = roles::is_title_abbreviation(view(x3::_attr(ctx)));
    }
};
auto const abbreviated = raw[upper >> +lower >> '.'][title_abbreviation{}];
// "U.S.", "U.N.", "J." (initial), "U.S" (a missing last dot).
auto const dotted = raw[+(upper >> '.') >> -(upper >> !word_char)];
auto const particle_hyphen = raw[+lower >> '-' >> cap_start >> *word_char][particle_word{}];
auto const particle_space = raw[+lower >> !word_char][particle_word{}] >> &(sp >> (cap_start | (+lower >> sp >> cap_start)));
auto const lower_title = raw[+lower >> *('-' >> +lower) >> !word_char][title_word{}];
// Inside a chain only, and only before a capitalised word: "Secretary of State", "Ambassador to the US".
auto const connector = raw[((lit("of") | "for" | "to") >> -(sp >> "the"))] >> &(sp >> cap_start);

// The outer raw[] gives one iterator_range whichever alternative matched.
auto const first_word = raw[abbreviated | dotted | particle_hyphen | cap_word | particle_space | lower_title];
auto const any_word = raw[abbreviated | dotted | particle_hyphen | cap_word | particle_space | lower_title | connector];

auto const article = (lit("the") | "The" | "a" | "A" | "an" | "An") >> sp;
auto const possessive = apostrophe >> 's' >> !word_char;

// A nickname in quotes inside a name, before its next capitalised word: Ferdinand "Bongbong" Marcos, Joaquin
// “El Chapo” Guzman. It is skipped: the person's name is the words around it.
auto const nick_word = cap_start >> *word_char;
auto const nickname = ((lit('"') >> nick_word >> x3::repeat(0, 2)[sp >> nick_word] >> '"') |
                       (lit("\xE2\x80\x9C") >> nick_word >> x3::repeat(0, 2)[sp >> nick_word] >> lit("\xE2\x80\x9D"))) >>
                      sp >> &cap_start;

// Words are appended by hand: X3 would take an iterator_range attribute for a container and splice it.
auto const push_word = [](auto& ctx) { x3::_val(ctx).push_back(x3::_attr(ctx)); };
auto const word_list = x3::rule<class word_list_class, std::vector<ast::Range>>{"words"} =
    first_word[push_word] >> *(sp >> x3::omit[-nickname] >> any_word[push_word]);
auto const chain = x3::rule<class chain_class, ast::Chain>{"chain"} =
    matches[article] >> word_list >> matches[possessive];
// An apposition always has its article: "Anatoly Antonov, the Russian Ambassador to the US".
auto const apposition = x3::rule<class apposition_class, ast::Chain>{"apposition"} =
    x3::attr(true) >> article >> word_list >> matches[possessive];

}  // namespace parser

// The rules are defined in the namespace that declared them (people.hpp), as BOOST_SPIRIT_DEFINE requires.
mention_type const mention_rule = "mention";
pronoun_type const pronoun_rule = "pronoun";

auto const mention_rule_def = parser::chain >> -(", " >> parser::apposition);
auto const pronoun_rule_def = x3::raw[(x3::lit("He") | "he" | "She" | "she") >> !parser::word_char];

BOOST_SPIRIT_DEFINE(mention_rule, pronoun_rule)

}  // namespace crosscheck::grammars::people
