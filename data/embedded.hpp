// The reference data compiled into crosscheck_data (generated in the build dir from the fetched data sets).
#pragma once

#include <string_view>

namespace crosscheck::data {

// The gazetteer table, laid out as data/gazetteer_format.hpp describes; 16-byte aligned, lives for the process.
std::string_view gazetteer_blob();
// The name sets, laid out as data/word_set_format.hpp describes; 16-byte aligned, lives for the process.
std::string_view names_blob();

}  // namespace crosscheck::data
