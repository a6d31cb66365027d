// What a check reports: a finding with its evidence in one or more sources.
#pragma once

#include <string>
#include <vector>

#include "model/source.hpp"

namespace crosscheck {

enum class Severity { info, warning, error };

const char* to_string(Severity);
bool parse_severity(std::string_view, Severity&);

struct Evidence {
    std::size_t source = 0;  // index into Corpus::sources
    Span span;
    std::string text;        // exact text of the span
    std::string role;        // "primary", "conflicts-with", "asserted-by", ... (short, lower-case)
};

// One value of a fact sources disagree on (a date, a count, a title, a spelling), weighed by truth discovery
// (scoring/confidence.hpp).
struct FindingValue {
    std::string text;                  // as first written
    std::vector<std::size_t> sources;  // indices into Corpus::sources that assert it, ascending
    double confidence = 0;             // chance that it is the fact's true value (all the fact's values sum to 1)
};

struct Finding {
    std::string rule;        // stable id, e.g. "location.parent-mismatch"
    Severity severity = Severity::warning;
    double confidence = 1.0; // in [0, 1]
    std::string message;     // one line a copy editor understands
    std::string fix;         // suggested fix, may be empty ("Helsinki is in Finland")
    std::vector<Evidence> evidence;  // evidence[0] is the primary span
    std::string fingerprint; // stable: rule + normalised evidence text (set by the engine)
    std::vector<FindingValue> values;  // its values and the fact's likeliest, most confident first; empty unless weighed
};

}  // namespace crosscheck
