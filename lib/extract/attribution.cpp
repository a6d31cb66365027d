#include "extract/extract.hpp"

namespace crosscheck {

void extract_attribution(const Source&, Extraction&) {}

}  // namespace crosscheck
