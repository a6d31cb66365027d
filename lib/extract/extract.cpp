#include "extract/extract.hpp"

#include "grammars/scan.hpp"

namespace crosscheck {

Extraction extract(const Source& source, const Knowledge& knowledge) {
    Extraction ex;
    const grammars::WordStarts words(source.text);  // every grammar scans the same word starts
    extract_dates(source, words, ex);
    extract_places(source, knowledge, words, ex);
    extract_people(source, knowledge, words, ex);
    extract_attribution(source, words, ex);
    extract_ages(source, ex);
    extract_quantities(source, words, ex);
    return ex;
}

}  // namespace crosscheck
