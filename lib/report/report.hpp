// What every report writer gets besides the Result, and the one entry point that writes any format.
// Writers only present: findings arrive already filtered (config, inline suppression, baseline) and scored.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline.hpp"

namespace crosscheck {

// A rule as reports describe it (SARIF tool.driver.rules, HTML legend, `crosscheck rules --format json`).
struct RuleInfo {
    std::string id;
    Severity severity = Severity::warning;  // default severity
    std::string summary;                    // one line
    std::string description;                // the rule's section of docs/rules.md, without its heading
    bool contradiction = true;
};

// Every registered rule, by id, with its documentation (docs/rules.md, embedded at build time).
std::vector<RuleInfo> rule_catalog();

struct ReportContext {
    std::vector<RuleInfo> rules;
    std::size_t suppressed = 0;  // findings dropped by config or inline suppression
    std::size_t baselined = 0;   // findings accepted by --baseline
    std::string timestamp;       // ISO 8601 UTC; empty unless --timestamp, so equal inputs give equal bytes
    bool color = false;          // text only
};

enum class Format { text, json, html, sarif, github, claimreview };

bool parse_format(std::string_view, Format&);
const char* format_name(Format);
const char* file_name(Format);  // what --output DIR writes: report.txt, report.sarif, ...

void write_report(std::ostream&, Format, const Result&, const ReportContext&);

// How a report names a source, as compilers name files: its path; "path#id" for an article of a JSONL file, whose
// lines and columns count within the article's text, not within the file.
std::string source_label(const Source&);

// Bytes of a file embedded at build time (reports/*, docs/rules.md) by name; empty if unknown.
std::string_view embedded_file(std::string_view name);

}  // namespace crosscheck
