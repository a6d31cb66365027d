// JSON form of the model (nlohmann/json): the `extract` output and the body of the JSON report.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline.hpp"

namespace crosscheck {

// Location of a span as reports show it: source id, byte span, line:column of both ends, exact text.
nlohmann::json span_to_json(const Source&, Span);

nlohmann::json assertions_to_json(const Corpus&);                    // `crosscheck extract --format json`
nlohmann::json finding_to_json(const Corpus&, const Finding&);
nlohmann::json report_to_json(const Result&);                       // `crosscheck check --format json`

}  // namespace crosscheck
