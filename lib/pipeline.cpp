#include "pipeline.hpp"

#include "extract/extract.hpp"
#include "resolve/resolve.hpp"
#include "scoring/score.hpp"
#include "segment/segment.hpp"

namespace crosscheck {

Result run_pipeline_on_sources(std::vector<Source> sources, const PipelineOptions& options,
                               const Knowledge& knowledge) {
    Result result;
    std::vector<Extraction> extractions(sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (sources[i].line_starts.empty()) segment(sources[i]);
        extractions[i] = extract(sources[i], knowledge);
    }
    result.corpus = resolve(std::move(sources), std::move(extractions), knowledge);
    if (options.run_checks) result.findings = run_checks(result.corpus, knowledge, options.check);
    result.scores = score(result.corpus, result.findings);
    return result;
}

Result run_pipeline(const std::vector<std::string>& inputs, const PipelineOptions& options,
                    const Knowledge& knowledge) {
    ReadResult read = read_inputs(inputs, options.read);
    Result result = run_pipeline_on_sources(std::move(read.sources), options, knowledge);
    result.diagnostics = std::move(read.diagnostics);
    result.failed_inputs = read.failed_inputs;
    return result;
}

}  // namespace crosscheck
