#include "extract/extract.hpp"

namespace crosscheck {

Extraction extract(const Source& source, const Knowledge& knowledge) {
    Extraction ex;
    extract_dates(source, ex);
    extract_places(source, knowledge, ex);
    extract_people(source, knowledge, ex);
    extract_attribution(source, ex);
    extract_quantities(source, ex);
    return ex;
}

}  // namespace crosscheck
