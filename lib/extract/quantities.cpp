#include "extract/extract.hpp"

namespace crosscheck {

void extract_quantities(const Source&, Extraction&) {}

}  // namespace crosscheck
