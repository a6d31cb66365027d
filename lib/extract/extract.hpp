// Extraction: runs every grammar over a segmented source and collects typed assertions.
// Each kind has its own file in lib/extract/ that turns its grammar's AST into model assertions.
#pragma once

#include "knowledge/knowledge.hpp"
#include "model/assertions.hpp"
#include "model/source.hpp"

namespace crosscheck {

namespace grammars {
class WordStarts;  // grammars/scan.hpp
}

void extract_dates(const Source&, Extraction&);
void extract_places(const Source&, const Knowledge&, Extraction&);
void extract_people(const Source&, const Knowledge&, Extraction&);
void extract_attribution(const Source&, Extraction&);  // after people: quotes and claims link to speakers
void extract_quantities(const Source&, Extraction&);
void extract_ages(const Source&, Extraction&);  // after people and quotes: ages and whose they are

// The same with the source's word starts found once for all of them (extract() does so); the ones above find
// them each time.
void extract_dates(const Source&, const grammars::WordStarts&, Extraction&);
void extract_places(const Source&, const Knowledge&, const grammars::WordStarts&, Extraction&);
void extract_people(const Source&, const Knowledge&, const grammars::WordStarts&, Extraction&);
void extract_attribution(const Source&, const grammars::WordStarts&, Extraction&);
void extract_quantities(const Source&, const grammars::WordStarts&, Extraction&);

Extraction extract(const Source& source, const Knowledge& knowledge);

}  // namespace crosscheck
