#include "resolve/resolve.hpp"

namespace crosscheck {

void resolve_dates(Source&, Extraction&) {}

}  // namespace crosscheck
