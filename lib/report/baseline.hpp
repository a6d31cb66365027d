// Baselines: a file of known findings, by Finding::fingerprint, that later runs accept without failing.
// Fingerprints hash the rule and the evidence text, so a baseline survives edits elsewhere in an article.
#pragma once

#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline.hpp"

namespace crosscheck {

struct BaselineError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Baseline {
    std::set<std::string> fingerprints;
};

// {"schema_version": 1, "findings": [{"fingerprint", "rule", "source", "text", "message"}, ...]}
nlohmann::json baseline_json(const Result&);
Baseline read_baseline(const std::filesystem::path&);  // throws BaselineError

// Removes findings the baseline knows; returns how many.
std::size_t apply_baseline(const Baseline&, std::vector<Finding>&);

}  // namespace crosscheck
