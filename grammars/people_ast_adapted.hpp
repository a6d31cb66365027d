// Fusion adaptation of the people grammar's AST (kept apart from the AST, as in the X3 examples).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/people.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::people::ast::Chain, article, words, possessive)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::people::ast::Mention, head, apposition)
