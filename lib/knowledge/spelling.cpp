#include "knowledge/spelling.hpp"

namespace crosscheck {

SpellingVariants SpellingVariants::load_embedded() { return {}; }
std::string SpellingVariants::variant_of(std::string_view) const { return {}; }

}  // namespace crosscheck
