// Cost of weighing conflict findings (scoring/confidence) next to the checks, over corpora generated from the seeds:
// the stage reads the findings back, gathers what other sources say of each fact and runs one TruthFinder.
//   usage: confidence_bench [ARTICLES...]   (default 100 1000 3000)
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

#include "cpu_time.hpp"
#include "bench/corpus.hpp"
#include "checks/engine.hpp"
#include "extract/extract.hpp"
#include "resolve/resolve.hpp"
#include "scoring/confidence.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;
using crosscheck::bench::thread_cpu_seconds;

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoul(argv[i], nullptr, 10));
    if (sizes.empty()) sizes = {100, 1000, 3000};
    Knowledge knowledge = Knowledge::load();
    std::printf("%9s %9s %9s %10s %10s\n", "articles", "findings", "weighed", "checks ms", "weigh ms");
    for (std::size_t n : sizes) {
        std::vector<Source> sources = bench::generated_corpus(n);
        std::vector<Extraction> extractions;
        for (auto& s : sources) {
            segment(s);
            extractions.push_back(extract(s, knowledge));
        }
        Corpus corpus = resolve(std::move(sources), std::move(extractions), knowledge);
        double t0 = thread_cpu_seconds();
        std::vector<Finding> findings = run_checks(corpus, knowledge, {});
        double t1 = thread_cpu_seconds();
        weigh_conflicts(corpus, knowledge, findings);
        double t2 = thread_cpu_seconds();
        std::size_t weighed = 0;
        for (const auto& f : findings) weighed += !f.values.empty();
        std::printf("%9zu %9zu %9zu %10.1f %10.1f\n", n, findings.size(), weighed, (t1 - t0) * 1e3, (t2 - t1) * 1e3);
    }
}
