// Runs the enabled rules over a corpus and returns findings in a deterministic order, fingerprinted.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "checks/check.hpp"

namespace crosscheck {

struct CheckOptions {
    std::set<std::string> disabled;                  // rule ids turned off
    std::map<std::string, Severity> severity;        // per-rule severity overrides
    unsigned jobs = 1;                               // rules run side by side on this many threads (0: all cores)
};

std::vector<Finding> run_checks(const Corpus&, const Knowledge&, const CheckOptions&);

// rule + normalised evidence text: stable when the text around the evidence is edited.
std::string fingerprint(const Corpus&, const Finding&);

}  // namespace crosscheck
