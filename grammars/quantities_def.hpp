// Definition of the quantities grammar (see quantities.hpp). Included by quantities.cpp only, which
// instantiates it. Fields are set by actions that fire only when their whole alternative has matched.
#pragma once

#include <string_view>

#include "grammars/quantities.hpp"
#include "grammars/quantities_ast_adapted.hpp"
#include "grammars/words.hpp"

namespace crosscheck::grammars::quantities {

namespace parser {

namespace w = words;
using x3::lit;
using x3::raw;

inline std::string_view view(ast::Range const& r) { return {r.begin(), static_cast<std::size_t>(r.size())}; }

// Cardinal number words, lower case and capitalised (sentence starts). Ordinals ("first") are not here.
struct number_words_table : x3::symbols<unsigned> {
    number_words_table() {
        static constexpr std::string_view words[] = {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (auto word : words) {
            std::string w(word);
            add(w, 1);
            w[0] = static_cast<char>(w[0] - 'a' + 'A');
            add(w, 1);
        }
    }
} const number_words;

template <bool (*Test)(std::string_view)>
struct is_not {
    template <class Context>
    void operator()(Context& ctx) const {
        x3::_pass(ctx) = !Test(view(x3::_attr(ctx)));
    }
};

auto const set_number = [](ast::NumberKind kind) {
    return [kind](auto& ctx) {
        x3::_val(ctx).number = x3::_attr(ctx);
        x3::_val(ctx).kind = kind;
    };
};
auto const set_scale = [](auto& ctx) { x3::_val(ctx).scale = x3::_attr(ctx); };
auto const set_more = [](auto& ctx) { x3::_val(ctx).more = x3::_attr(ctx); };
auto const set_of = [](auto& ctx) { x3::_val(ctx).of = true; };
auto const set_phrase = [](auto& ctx) { x3::_val(ctx).phrase = x3::_attr(ctx); };

auto const digit = x3::char_('0', '9');
auto const letter = w::lower | w::upper;
// A number ends where no letter, digit or digit-continuing punctuation follows: "7:57", "12-year-old", "21st"
// and "2,00" are no counts.
auto const num_end = !w::word_char >> !((lit(',') | '.' | ':' | '-' | '/') >> x3::alnum);

// "2,000", "12", "3.5"
auto const digits = raw[+digit >> *(',' >> digit >> digit >> digit) >> -('.' >> +digit)] >> num_end;
// "two", "twenty-five", "a dozen", "a hundred"
auto const word_number = raw[(number_words >> -('-' >> number_words)) |
                             ((lit("a") | "A") >> w::sp >> (lit("dozen") | "hundred" | "thousand" | "million"))] >>
                         !w::word_char >> !lit('-');
// "hundreds", "tens of thousands", "hundreds of thousands", "dozens"
auto const magnitude_word = lit("hundreds") | "thousands" | "millions" | "billions" | "dozens" | "scores" |
                            "Hundreds" | "Thousands" | "Millions" | "Billions" | "Dozens" | "Scores";
auto const magnitude = raw[(((lit("tens") | "Tens" | "hundreds" | "Hundreds") >> w::sp >> "of" >> w::sp >>
                             (lit("thousands") | "millions")) |
                            magnitude_word) >>
                           !w::word_char];
// "one-third", "two-thirds", "three-quarters"
auto const fraction = raw[number_words >> '-' >>
                          (lit("thirds") | "third" | "quarters" | "quarter" | "fifths" | "fifth" | "tenths" |
                           "tenth" | "halves" | "half")] >>
                      !w::word_char;

auto const number = fraction[set_number(ast::NumberKind::fraction)] |
                    magnitude[set_number(ast::NumberKind::magnitude)] |
                    word_number[set_number(ast::NumberKind::words)] | digits[set_number(ast::NumberKind::digits)];
auto const scale = raw[(lit("million") | "billion" | "trillion" | "thousand" | "hundred") >> !w::word_char];
auto const more = raw[(lit("more") | "additional" | "extra" | "further" | "other" | "fewer") >> !w::word_char];
auto const determiner = (lit("the") | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "all") >> !w::word_char;
// A word of the counted phrase: letters with inner hyphens ("Kurdish-led"), not a function word or verb.
auto const phrase_word = raw[letter >> *(letter | w::mb_letter) >> *('-' >> +letter) >> !w::word_char]
                             [is_not<&is_phrase_stop_word>{}];
auto const phrase = raw[-(determiner >> w::sp) >> phrase_word >> *(w::sp >> phrase_word)];

}  // namespace parser

quantity_type const quantity_rule = "quantity";

auto const quantity_rule_def =
    parser::number >> -(parser::w::sp >> parser::scale[parser::set_scale]) >>
    -(parser::raw[parser::lit('%')][parser::set_phrase] |
      (-(parser::w::sp >> parser::more[parser::set_more]) >>
       -(parser::w::sp >> parser::lit("of")[parser::set_of] >> &parser::w::sp) >> parser::w::sp >>
       parser::phrase[parser::set_phrase]));

BOOST_SPIRIT_DEFINE(quantity_rule)

}  // namespace crosscheck::grammars::quantities
