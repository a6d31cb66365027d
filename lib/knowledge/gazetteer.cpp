#include "knowledge/gazetteer.hpp"

namespace crosscheck {

Gazetteer Gazetteer::load_embedded() { return {}; }
Containment Gazetteer::contains(std::string_view, std::string_view) const { return Containment::unknown; }
std::string Gazetteer::demonym_country(std::string_view) const { return {}; }

}  // namespace crosscheck
