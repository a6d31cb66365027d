// The check stage alone, on one core: the corpus is read, extracted and resolved once, then each rule is run on
// its own (as pipeline_bench times it) REPEAT times and its least CPU time kept, then all rules together.
//   usage: rules_bench --corpus PATH [--repeat N=3] [--rule ID]...
//          --rule ID: only these rules (repeat with a large N to profile one rule under perf)
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "cpu_time.hpp"
#include "checks/engine.hpp"
#include "checks/registry.hpp"
#include "extract/extract.hpp"
#include "read/read.hpp"
#include "resolve/resolve.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;
using crosscheck::bench::thread_cpu_seconds;

int main(int argc, char** argv) {
    const char* corpus_path = nullptr;
    int repeat = 3;
    std::set<std::string> only;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) corpus_path = argv[++i];
        else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--rule") && i + 1 < argc) only.insert(argv[++i]);
        else {
            std::fprintf(stderr, "usage: rules_bench --corpus PATH [--repeat N] [--rule ID]...\n");
            return 2;
        }
    }
    if (!corpus_path) {
        std::fprintf(stderr, "usage: rules_bench --corpus PATH [--repeat N] [--rule ID]...\n");
        return 2;
    }
    Knowledge knowledge = Knowledge::load();
    ReadResult read = read_inputs({corpus_path}, ReadOptions{});
    std::vector<Extraction> extractions;
    for (auto& s : read.sources) {
        segment(s);
        extractions.push_back(extract(s, knowledge));
    }
    Corpus corpus = resolve(std::move(read.sources), std::move(extractions), knowledge);

    std::vector<std::string> ids;
    for (const auto& check : make_checks())
        if (only.empty() || only.contains(std::string(check->id()))) ids.emplace_back(check->id());
    auto run = [&](const std::set<std::string>& enabled) {
        CheckOptions options;
        for (const auto& check : make_checks())
            if (!enabled.contains(std::string(check->id()))) options.disabled.insert(std::string(check->id()));
        double best = std::numeric_limits<double>::max();
        std::size_t findings = 0;
        for (int r = 0; r < repeat; ++r) {
            double c = thread_cpu_seconds();
            findings = run_checks(corpus, knowledge, options).size();
            best = std::min(best, thread_cpu_seconds() - c);
        }
        return std::make_pair(best, findings);
    };
    double sum = 0;
    std::vector<std::pair<double, std::string>> rows;
    for (const auto& id : ids) {
        auto [t, n] = run({id});
        sum += t;
        rows.emplace_back(t, id + " (" + std::to_string(n) + " findings)");
    }
    std::sort(rows.rbegin(), rows.rend());
    std::printf("%s: %zu articles; each rule alone, least CPU of %d runs:\n", corpus_path, corpus.sources.size(), repeat);
    for (const auto& [t, id] : rows) std::printf("  %-50s %7.1f ms\n", id.c_str(), t * 1000);
    std::printf("  %-50s %7.1f ms\n", "sum (pipeline_bench's checks stage)", sum * 1000);
    auto [all, n] = run(std::set<std::string>(ids.begin(), ids.end()));
    std::printf("  %-50s %7.1f ms (%zu findings)\n", "together, one run_checks on 1 job", all * 1000, n);
    return 0;
}
