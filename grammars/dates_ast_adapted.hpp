// Fusion adaptation of the dates grammar's AST (kept apart from the AST, as in the X3 examples).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammars/dates.hpp"

BOOST_FUSION_ADAPT_STRUCT(crosscheck::grammars::dates::ast::Date, lead, core, year, month, day, weekday, year_end,
                          unit, shift, shifted, time)
