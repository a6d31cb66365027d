// Reading inputs: files (.txt, .html/.htm, .jsonl), directories (recursively, sorted) and "-" for stdin.
// Every input that cannot be read yields a Diagnostic naming it; the others are still read. The text of every
// source is valid UTF-8 with LF line ends and no BOM, so positions downstream stay right.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/source.hpp"

namespace crosscheck {

struct ReadOptions {
    std::optional<std::chrono::year_month_day> published;  // --published: used when a source gives none
    std::size_t max_bytes = std::size_t{64} << 20;          // per input file; larger ones are refused
};

struct ReadResult {
    std::vector<Source> sources;          // text filled in; not yet segmented
    std::vector<Diagnostic> diagnostics;  // warnings (e.g. invalid UTF-8 replaced) and errors (input skipped)
    std::size_t failed_inputs = 0;        // inputs that produced no source because of an error
};

ReadResult read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options);

}  // namespace crosscheck
