// Grammar for people and organisations: a name with the chain of titles and organisations around it.
// "US Defence Secretary Jim Mattis", "Pentagon spokesman Navy Captain Jeff Davis", "President Bashar al-Assad",
// "Anatoly Antonov, the Russian Ambassador to the US", "the diplomat", "Putin's", and the pronouns he/she.
//
// The grammar finds the shape (a chain of capitalised words, title words, name particles and connectors, an
// optional article, possessive and apposition); lib/extract/people.cpp sorts each word of a chain into country,
// organisation, title or name with the lexicons of knowledge/roles.hpp and knowledge/names.hpp.
#pragma once

#include <boost/optional.hpp>
#include <boost/range/iterator_range.hpp>
#include <vector>

#include "grammars/scan.hpp"

namespace crosscheck::grammars::people {

namespace ast {

// Words are kept as ranges of the source text (x3::raw), so every word maps back to its exact bytes.
using Range = boost::iterator_range<iterator_type>;

struct Chain {
    bool article = false;       // "the Pentagon chief", "a former Marine general"
    std::vector<Range> words;   // "US" "Defence" "Secretary" "Jim" "Mattis"; connectors ("of", "to the") too
    bool possessive = false;    // "Putin's"
};

struct Mention {
    Chain head;
    boost::optional<Chain> apposition;  // ", the Russian Ambassador to the US"
};

// grammars::scan's reset: a fresh Mention's values, the head's word vector keeping its capacity.
inline void reset_attribute(Mention& m) {
    m.head.article = false;
    m.head.words.clear();
    m.head.possessive = false;
    m.apposition.reset();
}

}  // namespace ast

using mention_type = x3::rule<class mention_class, ast::Mention>;
using pronoun_type = x3::rule<class pronoun_class, ast::Range>;
BOOST_SPIRIT_DECLARE(mention_type, pronoun_type)

mention_type const& mention();
pronoun_type const& pronoun();

// Where a mention or a pronoun can start, for grammars::scan: a mention at a capital, an article, a title word
// or a name particle; a pronoun at "he" or "she".
StartSet const& mention_starts();
StartSet const& pronoun_starts();

}  // namespace crosscheck::grammars::people
