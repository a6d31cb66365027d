#include "knowledge/names.hpp"

namespace crosscheck {

Names Names::load_embedded() { return {}; }
bool Names::same_given_name(std::string_view a, std::string_view b) const { return a == b; }

}  // namespace crosscheck
