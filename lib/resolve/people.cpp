#include "resolve/resolve.hpp"

namespace crosscheck {

void resolve_people(const Source&, const Knowledge&, Extraction&) {}
void link_people(Corpus&, const Knowledge&) {}

}  // namespace crosscheck
