#include "pipeline.hpp"

#include <atomic>
#include <mutex>
#include <thread>

#include "extract/extract.hpp"
#include "resolve/resolve.hpp"
#include "scoring/confidence.hpp"
#include "scoring/score.hpp"
#include "segment/segment.hpp"

namespace crosscheck {

namespace {

// Runs body(i) for i in [0, n) on `jobs` threads. Each index writes only its own slot, so the result does not
// depend on the thread count or on scheduling.
template <class Body>
void parallel_for(std::size_t n, unsigned jobs, Body body) {
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
    if (jobs <= 1) {
        for (std::size_t i = 0; i < n; ++i) body(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < jobs; ++t)
        workers.emplace_back([&] {
            for (std::size_t i; (i = next.fetch_add(1)) < n;) body(i);
        });
}

}  // namespace

Result run_pipeline_on_sources(std::vector<Source> sources, const PipelineOptions& options,
                               const Knowledge& knowledge) {
    Result result;
    std::vector<Extraction> extractions(sources.size());
    std::mutex progress_mutex;
    std::size_t done = 0, bytes = 0;
    parallel_for(sources.size(), options.jobs, [&](std::size_t i) {
        if (sources[i].line_starts.empty()) segment(sources[i]);
        extractions[i] = extract(sources[i], knowledge);
        if (options.progress) {
            std::lock_guard lock(progress_mutex);
            bytes += sources[i].text.size();
            options.progress(++done, sources.size(), bytes);
        }
    });
    result.corpus = resolve(std::move(sources), std::move(extractions), knowledge);
    if (options.run_checks) result.findings = run_checks(result.corpus, knowledge, options.check);
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
