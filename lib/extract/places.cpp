#include "extract/extract.hpp"

namespace crosscheck {

void extract_places(const Source&, const Knowledge&, Extraction&) {}

}  // namespace crosscheck
