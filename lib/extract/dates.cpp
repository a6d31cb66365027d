#include "extract/extract.hpp"

namespace crosscheck {

void extract_dates(const Source&, Extraction&) {}

}  // namespace crosscheck
