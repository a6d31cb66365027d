// The whole check pipeline (extract, resolve, rules, scores, every report format) on arbitrary input; the input is also
// checked against itself as a second source, so cross-source rules run.
#include "fuzz/fuzz_input.hpp"
#include "pipeline.hpp"
#include <sstream>

#include "report/json.hpp"
#include "report/report.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Knowledge k = Knowledge::load();
    auto r = fuzz::read_bytes(data, size);
    if (r.sources.empty()) return 0;
    auto sources = r.sources;
    sources.push_back(r.sources.front());
    sources.back().id += "-copy";
    Result result = run_pipeline_on_sources(std::move(sources), PipelineOptions{}, k);
    for (const auto& f : result.findings)
        if (f.confidence < 0 || f.confidence > 1 || f.rule.empty()) __builtin_trap();
    // Every writer, with the arbitrary text as article text.
    static const ReportContext context{rule_catalog(), 0, 0, "", false};
    for (Format f : {Format::text, Format::json, Format::html, Format::sarif, Format::github, Format::claimreview}) {
        std::ostringstream out;
        write_report(out, f, result, context);
    }
    return 0;
}
