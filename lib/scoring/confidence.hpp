// Finding confidences from truth discovery. The findings that name a conflict between values of one fact (a date,
// a count, a title, a name's spelling, a quote's wording or speaker) become TruthFinder claims, together with what
// the other sources say of the same fact; each value gets a confidence, and a finding's confidence becomes the
// chance that the value it flags is the wrong one. Findings judged against a reference (gazetteer, calendar,
// lexicons) keep their rule's confidence. Runs after the checks, before score(); equations in docs/scoring.md.
#pragma once

#include <vector>

#include "knowledge/knowledge.hpp"
#include "model/corpus.hpp"
#include "model/finding.hpp"
#include "scoring/truth.hpp"

namespace crosscheck {

struct ConfidenceOptions {
    TruthOptions truth;  // when its implication is empty: imp = -0.5 between any two values of a fact
    // A date or count in another source speaks of the same fact when its sentence is at least this similar
    // (text_similarity) to a sentence of the finding and it states one of the finding's values.
    double context_similarity = 0.4;
};

// Sets Finding::confidence and Finding::values of the conflict findings whose fact has at least two sources and
// two values; leaves every other finding, and the order of all, as it is. Deterministic.
void weigh_conflicts(const Corpus&, const Knowledge&, std::vector<Finding>&, const ConfidenceOptions& = {});

}  // namespace crosscheck
