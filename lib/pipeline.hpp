// The whole flow in one place: read -> segment -> extract -> resolve -> check -> score.
// Report writers (lib/report/) take the Result and only present it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "checks/engine.hpp"
#include "knowledge/knowledge.hpp"
#include "model/corpus.hpp"
#include "model/finding.hpp"
#include "model/scores.hpp"
#include "read/read.hpp"

namespace crosscheck {

struct PipelineOptions {
    ReadOptions read;
    CheckOptions check;
    bool run_checks = true;  // false for `crosscheck extract`
    unsigned jobs = 1;       // worker threads for per-source stages (output does not depend on it); 0 = all cores
    // Called after each source is extracted, from worker threads but never concurrently: (done, total, bytes).
    std::function<void(std::size_t, std::size_t, std::size_t)> progress;
};

struct Result {
    Corpus corpus;
    std::vector<Finding> findings;
    Scores scores;
    std::vector<Diagnostic> diagnostics;
    std::size_t failed_inputs = 0;
};

Result run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions&, const Knowledge&);

// For tests and library users who already hold the text.
Result run_pipeline_on_sources(std::vector<Source> sources, const PipelineOptions&, const Knowledge&);

}  // namespace crosscheck
