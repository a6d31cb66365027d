// Reading inputs: files (.txt, .html, .jsonl), directories (recursively, sorted) and "-" for stdin.
// Every input that cannot be read yields a Diagnostic naming it; the others are still read.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/source.hpp"

namespace crosscheck {

struct ReadOptions {
    std::optional<std::chrono::year_month_day> published;  // --published: used when a source gives none
};

struct ReadResult {
    std::vector<Source> sources;          // text filled in; not yet segmented
    std::vector<Diagnostic> diagnostics;  // warnings (e.g. invalid UTF-8 replaced) and errors (input skipped)
    std::size_t failed_inputs = 0;        // inputs that produced no source because of an error
};

ReadResult read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options);

}  // namespace crosscheck
