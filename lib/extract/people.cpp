#include "extract/extract.hpp"

namespace crosscheck {

void extract_people(const Source&, const Knowledge&, Extraction&) {}

}  // namespace crosscheck
