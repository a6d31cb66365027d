// Fusion adaptation of the quantities grammar's AST (kept apart from the AST, as in the X3 examples).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/quantities.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::quantities::ast::Quantity, number, kind, scale, more, of,
                          phrase)
