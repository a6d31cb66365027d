// Gating: whether the findings of a run exceed the thresholds (exit status 1).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report.hpp"

namespace crosscheck {

struct Thresholds {
    Severity fail_on = Severity::error;            // any finding this severe or worse fails
    std::optional<std::size_t> max_findings;       // more findings than this fail
    std::optional<std::size_t> max_contradictions; // more contradiction findings than this fail
};

struct GateResult {
    bool exceeded = false;
    std::vector<std::string> reasons;  // one line each, e.g. "2 findings at or above error (--fail-on error)"
};

GateResult gate(const std::vector<Finding>&, const std::vector<RuleInfo>& rules, const Thresholds&);

}  // namespace crosscheck
