#include "resolve/resolve.hpp"

namespace crosscheck {

void resolve_places(const Source&, const Knowledge&, Extraction&) {}

}  // namespace crosscheck
