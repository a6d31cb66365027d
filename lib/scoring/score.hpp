// Scores: per-source score 0..100 and trust, corpus score (documented in docs/scoring.md; issue 5).
#pragma once

#include <vector>

#include "model/corpus.hpp"
#include "model/finding.hpp"
#include "model/scores.hpp"

namespace crosscheck {

Scores score(const Corpus& corpus, const std::vector<Finding>& findings);

}  // namespace crosscheck
