// Whole pipeline (segment, extract, resolve, check, score, JSON report) over a generated corpus, on one core
// and on all cores: MB/s, articles/s and peak resident memory.
//   usage: pipeline_bench [ARTICLES=2000] [--write-corpus DIR] [--extract-only] [--corpus PATH]
//          ARTICLES: size of the corpus generated from the seeds; --corpus PATH: read a real corpus instead (a .jsonl
//          file or a directory, e.g. the Reuters-21578 stories that bench/reuters.sh writes), ARTICLES ignored;
//          --write-corpus DIR: also write the corpus as .txt files, for the side-by-side comparison with JavaScript
//          extractors in bench/js_compare.sh; --extract-only: stop after the extraction figures (for profiling)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cpu_time.hpp"
#include "bench/corpus.hpp"
#include "checks/engine.hpp"
#include "checks/registry.hpp"
#include "extract/extract.hpp"
#include "grammars/attribution.hpp"
#include "grammars/dates.hpp"
#include "grammars/people.hpp"
#include "grammars/places.hpp"
#include "grammars/quantities.hpp"
#include "grammars/scan.hpp"
#include "pipeline.hpp"
#include "read/read.hpp"
#include "report/json.hpp"
#include "resolve/resolve.hpp"
#include "scoring/confidence.hpp"
#include "scoring/score.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;
using crosscheck::bench::thread_cpu_seconds;

static double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

static std::string fmt_name(std::size_t i) {
    char name[32];
    std::snprintf(name, sizeof name, "article-%06zu.txt", i);
    return name;
}

static long peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

int main(int argc, char** argv) {
    std::size_t n = 2000;
    const char *write_dir = nullptr, *corpus_path = nullptr;
    bool extract_only = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--write-corpus") == 0 && i + 1 < argc) write_dir = argv[++i];
        else if (std::strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) corpus_path = argv[++i];
        else if (std::strcmp(argv[i], "--extract-only") == 0) extract_only = true;
        else n = std::stoul(argv[i]);
    }
    auto t0 = std::chrono::steady_clock::now();
    Knowledge knowledge = Knowledge::load();
    std::printf("knowledge load: %.1f ms\n", seconds_since(t0) * 1000);

    std::vector<Source> corpus;
    if (corpus_path) {
        ReadResult read = read_inputs({corpus_path}, ReadOptions{});
        if (read.failed_inputs > 0 || read.sources.empty()) {
            std::fprintf(stderr, "pipeline_bench: cannot read the corpus %s\n", corpus_path);
            return 2;
        }
        corpus = std::move(read.sources);
    } else {
        corpus = bench::generated_corpus(n);
    }
    n = corpus.size();
    std::size_t bytes = 0;
    for (const auto& s : corpus) bytes += s.text.size();
    std::printf("corpus: %s, %zu articles, %.2f MB\n", corpus_path ? corpus_path : "generated from the seeds", n,
                bytes / 1e6);
    if (write_dir) {
        std::filesystem::create_directories(write_dir);
        for (std::size_t i = 0; i < corpus.size(); ++i) {
            // Generated sources have file names; read ones (JSONL lines) get a numbered one.
            std::string name = corpus_path ? fmt_name(i) : corpus[i].path;
            std::ofstream(std::filesystem::path(write_dir) / name, std::ios::binary) << corpus[i].text;
        }
        std::printf("corpus written to %s\n", write_dir);
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
    {  // the X3 grammars alone: each scanned over every word start its lexicons admit, no extractor work
        double index = 0, stage[5] = {};
        std::size_t matches = 0;
        const char* names[5] = {"dates", "places", "people", "speech cues", "quantities"};
        for (const auto& s : corpus) {
            const char* b = s.text.data();
            const char* e = b + s.text.size();
            double c0 = thread_cpu_seconds();
            grammars::WordStarts words(s.text);
            index += thread_cpu_seconds() - c0;
            auto count = [&](const auto&, const char*, const char*) { ++matches; };
            auto timed = [&](int k, auto f) {
                double c = thread_cpu_seconds();
                f();
                stage[k] += thread_cpu_seconds() - c;
            };
            namespace g = grammars;
            timed(0, [&] { g::scan<g::dates::ast::Date>(b, e, g::dates::date(), count, &g::dates::date_starts(), &words); });
            timed(1, [&] { g::scan<g::places::ast::Mention>(b, e, g::places::mention(), count, &g::places::mention_starts(), &words); });
            timed(2, [&] { g::scan<g::people::ast::Mention>(b, e, g::people::mention(), count, &g::people::mention_starts(), &words); });
            timed(3, [&] { g::scan<g::attribution::ast::Cue>(b, e, g::attribution::cue(), count, &g::attribution::cue_starts(), &words); });
            timed(4, [&] { g::scan<g::quantities::ast::Quantity>(b, e, g::quantities::quantity(), count, &g::quantities::quantity_starts(), &words); });
        }
        double all = index;
        for (double t : stage) all += t;
        std::printf("X3 grammars alone (the word-start index, then each grammar tried where its lexicons admit, no "
                    "extractor work), 1 core: %.0f MB/s for all five (%zu matches); word-start index %.0f MB/s",
                    bytes / 1e6 / all, matches, bytes / 1e6 / index);
        for (int k = 0; k < 5; ++k) std::printf(", %s %.0f MB/s", names[k], bytes / 1e6 / stage[k]);
        std::printf("\n");
    }
    if (extract_only) {
        std::printf("peak RSS: %ld MB\n", peak_rss_mb());
        return 0;
    }
    if (corpus_path) {  // where the whole pipeline's time goes, one core: each stage (and rule) in CPU time
        double c = thread_cpu_seconds();
        auto lap = [&] {
            double now = thread_cpu_seconds(), d = now - c;
            c = now;
            return d;
        };
        ReadResult read = read_inputs({corpus_path}, ReadOptions{});
        double t_read = lap();
        std::vector<Extraction> extractions;
        for (auto& s : read.sources) {
            segment(s);
            extractions.push_back(extract(s, knowledge));
        }
        double t_extract = lap();
        Corpus cp = resolve(std::move(read.sources), std::move(extractions), knowledge);
        double t_resolve = lap();
        std::vector<std::pair<std::string, double>> rules;
        std::vector<Finding> findings;
        for (const auto& check : make_checks()) {
            CheckOptions only;
            for (const auto& other : make_checks())
                if (other->id() != check->id()) only.disabled.insert(std::string(other->id()));
            auto out = run_checks(cp, knowledge, only);
            rules.emplace_back(check->id(), lap());
            for (auto& f : out) findings.push_back(std::move(f));
        }
        double t_checks = 0;
        for (auto& [id, t] : rules) t_checks += t;
        Result r;
        r.corpus = std::move(cp);
        r.findings = std::move(findings);
        lap();
        weigh_conflicts(r.corpus, knowledge, r.findings);
        double t_weigh = lap();
        r.scores = score(r.corpus, r.findings);
        double t_score = lap();
        std::string json = report_to_json(r).dump();
        double t_report = lap();
        double total = t_read + t_extract + t_resolve + t_checks + t_weigh + t_score + t_report;
        std::printf("stages, 1 core (CPU s): read %.3f, segment+extract %.3f, resolve %.3f, checks %.3f, "
                    "confidences %.3f, scores %.3f, JSON report %.3f; total %.3f s = %.1f MB/s\n",
                    t_read, t_extract, t_resolve, t_checks, t_weigh, t_score, t_report, total, bytes / 1e6 / total);
        std::sort(rules.begin(), rules.end(), [](auto& a, auto& b) { return a.second > b.second; });
        std::printf("  rules:");
        for (auto& [id, t] : rules) std::printf(" %s %.0f ms,", id.c_str(), t * 1000);
        std::printf("\n");
    }
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned jobs : {1u, cores}) {
        PipelineOptions options;
        options.jobs = jobs;
        auto t = std::chrono::steady_clock::now();
        // A real corpus is read inside the timing, as `crosscheck check` reads it; a generated one is in memory.
        Result r = corpus_path ? run_pipeline({corpus_path}, options, knowledge)
                               : run_pipeline_on_sources(corpus, options, knowledge);
        double report_cpu = thread_cpu_seconds();
        std::string json = report_to_json(r).dump();
        report_cpu = thread_cpu_seconds() - report_cpu;
        double dt = seconds_since(t);
        std::printf("whole pipeline%s, %u job(s): %.3f s, %.1f MB/s, %.0f articles/s, %zu findings, report %.1f MB\n",
                    corpus_path ? " (read to JSON report)" : " (extract to JSON report)", jobs, dt,
                    bytes / 1e6 / dt, n / dt, r.findings.size(), json.size() / 1e6);
        std::printf("  of which the JSON report: CPU %.3f s\n", report_cpu);
    }
    std::printf("peak RSS: %ld MB\n", peak_rss_mb());
}
