// Fusion adaptation of the attribution grammar's AST (kept apart from the AST, as in the X3 examples).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/attribution.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::attribution::ast::Quote, open, body, closed)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::attribution::ast::Cue, verb, tail)
