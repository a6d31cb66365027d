#include "pipeline.hpp"

#include <mutex>

#include "extract/extract.hpp"
#include "resolve/resolve.hpp"
#include "scoring/confidence.hpp"
#include "scoring/score.hpp"
#include "segment/segment.hpp"
#include "util/parallel_for.hpp"

namespace crosscheck {

Result run_pipeline_on_sources(std::vector<Source> sources, const PipelineOptions& options,
                               const Knowledge& knowledge) {
    Result result;
    std::vector<Extraction> extractions(sources.size());
    std::mutex progress_mutex;
    std::size_t done = 0, bytes = 0;
    parallel_for(sources.size(), options.jobs, [&](std::size_t i) {
        if (sources[i].line_starts.empty()) segment(sources[i]);
        extractions[i] = extract(sources[i], knowledge);
        resolve_source(sources[i], knowledge, extractions[i]);
        if (options.progress) {
            std::lock_guard lock(progress_mutex);
            bytes += sources[i].text.size();
            options.progress(++done, sources.size(), bytes);
        }
    });
    result.corpus = link_sources(std::move(sources), std::move(extractions), knowledge);
    if (options.run_checks) {
        CheckOptions check = options.check;
        check.jobs = options.jobs;
        result.findings = run_checks(result.corpus, knowledge, check);
    }
    weigh_conflicts(result.corpus, knowledge, result.findings);  // value confidences -> finding confidences
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
