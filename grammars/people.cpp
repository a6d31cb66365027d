// The people grammar's one translation unit: defines and instantiates its rules for iterator_type.
#include "grammars/people_def.hpp"

namespace crosscheck::grammars::people {

using context_type = x3::unused_type;
BOOST_SPIRIT_INSTANTIATE(mention_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(pronoun_type, iterator_type, context_type)

mention_type const& mention() { return mention_rule; }
pronoun_type const& pronoun() { return pronoun_rule; }

}  // namespace crosscheck::grammars::people
