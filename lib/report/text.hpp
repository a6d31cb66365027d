// Terminal report, compiler style: path:line:col: severity: message [rule-id], the source line with the span
// underlined, related evidence as note: lines, the fix, and a summary with counts and scores.
#pragma once

#include <ostream>

#include "report/report.hpp"

namespace crosscheck {

struct TextOptions {
    bool color = false;
};

void write_text(std::ostream&, const Result&, const TextOptions&);
void write_text(std::ostream&, const Result&, const ReportContext&);

}  // namespace crosscheck
