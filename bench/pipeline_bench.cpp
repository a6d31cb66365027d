// Whole pipeline (segment, extract, resolve, check, score, JSON report) over a generated corpus, on one core
// and on all cores: MB/s, articles/s and peak resident memory.
//   usage: pipeline_bench [ARTICLES=2000] [--write-corpus DIR | --extract-only]
//          DIR: also write the corpus as .txt files, for the side-by-side comparison with JavaScript extractors in
//          bench/js_compare.sh; --extract-only: stop after the extraction figure (for profiling it alone)
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bench/corpus.hpp"
#include "extract/extract.hpp"
#include "pipeline.hpp"
#include "report/json.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;

static double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of this thread: steadier than wall time when other work shares the cores.
static double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

int main(int argc, char** argv) {
    std::size_t n = argc > 1 ? std::stoul(argv[1]) : 2000;
    auto t0 = std::chrono::steady_clock::now();
    Knowledge knowledge = Knowledge::load();
    std::printf("knowledge load: %.1f ms\n", seconds_since(t0) * 1000);

    auto corpus = bench::generated_corpus(n);
    std::size_t bytes = 0;
    for (const auto& s : corpus) bytes += s.text.size();
    std::printf("corpus: %zu articles, %.2f MB\n", n, bytes / 1e6);
    if (argc > 3 && std::strcmp(argv[2], "--write-corpus") == 0) {
        std::filesystem::create_directories(argv[3]);
        for (const auto& s : corpus) std::ofstream(std::filesystem::path(argv[3]) / s.path, std::ios::binary) << s.text;
        std::printf("corpus written to %s\n", argv[3]);
    }

    {  // extraction alone, one core
        auto sources = corpus;
        auto t = std::chrono::steady_clock::now();
        double cpu0 = thread_cpu_seconds();
        std::size_t assertions = 0;
        for (auto& s : sources) {
            segment(s);
            Extraction ex = extract(s, knowledge);
            assertions += ex.dates.size() + ex.places.size() + ex.people_mentions.size() + ex.quotes.size() +
                          ex.claims.size() + ex.quantities.size();
        }
        double dt = seconds_since(t), cpu = thread_cpu_seconds() - cpu0;
        std::printf("segment+extract, 1 core: %.3f s, %.1f MB/s, %.0f articles/s (%zu assertions); CPU %.3f s, %.1f MB/s\n",
                    dt, bytes / 1e6 / dt, n / dt, assertions, cpu, bytes / 1e6 / cpu);
    }
    {  // where extraction's time goes: each stage alone, CPU time on one core
        auto sources = corpus;
        double seg = 0, stage[5] = {};
        const char* names[5] = {"dates", "places", "people", "attribution", "quantities"};
        for (auto& s : sources) {
            double c0 = thread_cpu_seconds();
            segment(s);
            seg += thread_cpu_seconds() - c0;
            Extraction ex;
            auto timed = [&](int k, auto f) {
                double c = thread_cpu_seconds();
                f();
                stage[k] += thread_cpu_seconds() - c;
            };
            timed(0, [&] { extract_dates(s, ex); });
            timed(1, [&] { extract_places(s, knowledge, ex); });
            timed(2, [&] { extract_people(s, knowledge, ex); });
            timed(3, [&] { extract_attribution(s, ex); });
            timed(4, [&] { extract_quantities(s, ex); });
        }
        std::printf("  segment %.0f MB/s", bytes / 1e6 / seg);
        for (int k = 0; k < 5; ++k) std::printf(", %s %.0f MB/s", names[k], bytes / 1e6 / stage[k]);
        std::printf(" (each stage alone, CPU time)\n");
    }
    if (argc > 2 && std::strcmp(argv[2], "--extract-only") == 0) return 0;
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned jobs : {1u, cores}) {
        PipelineOptions options;
        options.jobs = jobs;
        auto t = std::chrono::steady_clock::now();
        Result r = run_pipeline_on_sources(corpus, options, knowledge);
        std::string json = report_to_json(r).dump();
        double dt = seconds_since(t);
        std::printf("whole pipeline, %u job(s): %.3f s, %.1f MB/s, %.0f articles/s, %zu findings, report %.1f MB\n",
                    jobs, dt, bytes / 1e6 / dt, n / dt, r.findings.size(), json.size() / 1e6);
    }
    std::printf("peak RSS: %ld MB\n", peak_rss_mb());
}
