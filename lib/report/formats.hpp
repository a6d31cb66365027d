// The report writers other than text and JSON; each takes the Result and presents it, deciding nothing.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "report/report.hpp"

namespace crosscheck {

// One self-contained HTML file (styles and script inlined; every piece of article text escaped).
void write_html(std::ostream&, const Result&, const ReportContext&);

// SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers.
nlohmann::json sarif_report(const Result&, const ReportContext&);

// GitHub Actions workflow commands: ::error file=...,line=...::message, one per finding.
void write_github(std::ostream&, const Result&, const ReportContext&);

// schema.org ClaimReview JSON-LD: one review per extracted claim, rated by the findings touching it.
nlohmann::json claimreview_report(const Result&, const ReportContext&);

// The JSON report with schema_version, summary and rule list (docs/report-schema.json).
nlohmann::json json_report(const Result&, const ReportContext&);

}  // namespace crosscheck
