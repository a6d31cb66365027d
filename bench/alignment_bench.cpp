// Alignment over 10, 100, 1,000 and 10,000 generated articles (every sentence an item), and the growth exponent:
// the least-squares slope of log(time) against log(items). Blocking keeps it near-linear; it must stay below 1.2.
//   usage: alignment_bench [MAX_ARTICLES=10000 [BLOCK_CAP [BLOCK_TERMS]]]   (times are CPU time)
#include <time.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "bench/corpus.hpp"
#include "scoring/alignment.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;

// CPU time of this process: the machine is shared, and wall time would measure the neighbours' load as well.
static double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

int main(int argc, char** argv) {
    std::size_t max_articles = argc > 1 ? std::stoul(argv[1]) : 10000;
    AlignOptions options;
    if (argc > 2) options.block_cap = std::stoul(argv[2]);
    if (argc > 3) options.block_terms = std::stoul(argv[3]);
    std::vector<double> log_n, log_t;
    std::printf("%9s %9s %10s %10s %12s\n", "articles", "items", "pairs", "cpu ms", "us/item");
    for (std::size_t n = 10; n <= max_articles; n *= 10) {
        auto sources = bench::generated_corpus(n);
        std::vector<TextItem> items;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            segment(sources[i]);
            for (const auto& s : sources[i].sentences)
                if (s.span.size() > 20) items.push_back({i, s.span, std::string(sources[i].slice(s.span))});
        }
        // Small sizes repeat so the clock sees enough work; the best run counts (least disturbed by others).
        std::size_t repeats = std::max<std::size_t>(1, 20000 / items.size());
        double best = 1e300;
        std::size_t pairs = 0;
        for (std::size_t r = 0; r < repeats; ++r) {
            double t0 = cpu_seconds();
            pairs = align(items, options).size();
            best = std::min(best, cpu_seconds() - t0);
        }
        std::printf("%9zu %9zu %10zu %10.1f %12.2f\n", n, items.size(), pairs, best * 1000, best * 1e6 / items.size());
        log_n.push_back(std::log(double(items.size())));
        log_t.push_back(std::log(best));
    }
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < log_n.size(); ++i) mx += log_n[i], my += log_t[i];
    mx /= log_n.size(), my /= log_n.size();
    double sxy = 0, sxx = 0;
    for (std::size_t i = 0; i < log_n.size(); ++i) sxy += (log_n[i] - mx) * (log_t[i] - my), sxx += (log_n[i] - mx) * (log_n[i] - mx);
    double slope = sxx > 0 ? sxy / sxx : 0;
    std::printf("growth exponent (log-log slope of time against items): %.3f %s\n", slope,
                slope < 1.2 ? "(below 1.2: near-linear)" : "(NOT below 1.2)");
    return 0;  // a figure to read, not a gate: bench/run.sh runs the other benchmarks after this one
}
