// Resolution: dates against publication dates, places against the gazetteer, people within each source and
// across sources. Produces the Corpus the checks read.
#pragma once

#include <vector>

#include "knowledge/knowledge.hpp"
#include "model/corpus.hpp"

namespace crosscheck {

// Per source: publication date from a dateline when metadata gave none; relative dates resolved against it.
void resolve_dates(Source&, Extraction&);
void resolve_places(const Source&, const Knowledge&, Extraction&);
// Per source: link surname-only, title-only and pronoun mentions to full mentions (PersonEntity).
void resolve_people(const Source&, const Knowledge&, Extraction&);
// Across sources: cluster PersonEntity into GlobalPerson.
void link_people(Corpus&, const Knowledge&);

// The per-source steps above, in order: independent of other sources, so the pipeline runs them in parallel.
void resolve_source(Source&, const Knowledge&, Extraction&);
// Every source resolved, then people linked across them.
Corpus resolve(std::vector<Source> sources, std::vector<Extraction> extractions, const Knowledge&);
// Sources already resolved one by one (resolve_source): only the cross-source step.
Corpus link_sources(std::vector<Source> sources, std::vector<Extraction> extractions, const Knowledge&);

}  // namespace crosscheck
