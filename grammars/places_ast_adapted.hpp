// Fusion adaptation of the places grammar's AST (kept apart from the AST, as in the X3 examples).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/places.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::places::ast::Mention, preposition, name, parent, kind, within)
