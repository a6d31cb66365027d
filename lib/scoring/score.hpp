// Scores: per-source score 0..100 and trust, corpus score (equations in docs/scoring.md).
#pragma once

#include <vector>

#include "model/corpus.hpp"
#include "model/finding.hpp"
#include "model/scores.hpp"
#include "scoring/truth.hpp"

namespace crosscheck {

struct ScoreOptions {
    // Penalty of one finding of confidence 1 wholly blamed on a source: score = 100 * exp(-sum of penalties).
    double error = 0.20, warning = 0.08, info = 0.02;
    TruthOptions truth;  // for SourceScore::trust
};

// Article scores from the findings that involve each source (severity x confidence x the source's share of the
// blame), the corpus score as their mean, and source trust from truth discovery over the conflicting findings.
// Monotone: adding a finding never raises a score, removing one never lowers it.
Scores score(const Corpus& corpus, const std::vector<Finding>& findings, const ScoreOptions& options = {});

// The conflicts among findings as truth-discovery claims: one object per finding with evidence in several
// sources, each source asserting its evidence text (normalised). The engine may use the resulting value
// confidences; score() uses the source trust.
std::vector<TruthClaim> conflict_claims(const std::vector<Finding>& findings);

}  // namespace crosscheck
