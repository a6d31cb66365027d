// Segment + extract alone over a real corpus, repeated, for profiling (perf, callgrind): pipeline_bench also
// times each stage alone and the grammars alone, which would mix into a profile of extract().
//   usage: extract_bench --corpus PATH [--repeat N]
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

#include "cpu_time.hpp"
#include "extract/extract.hpp"
#include "read/read.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;
using crosscheck::bench::thread_cpu_seconds;

int main(int argc, char** argv) {
    const char* corpus_path = nullptr;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) corpus_path = argv[++i];
        else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::stoi(argv[++i]);
    }
    if (!corpus_path) {
        std::fprintf(stderr, "usage: extract_bench --corpus PATH [--repeat N]\n");
        return 2;
    }
    Knowledge knowledge = Knowledge::load();
    ReadResult read = read_inputs({corpus_path}, ReadOptions{});
    if (read.failed_inputs > 0 || read.sources.empty()) {
        std::fprintf(stderr, "extract_bench: cannot read the corpus %s\n", corpus_path);
        return 2;
    }
    std::size_t bytes = 0;
    for (const auto& s : read.sources) bytes += s.text.size();
    for (int r = 0; r < repeat; ++r) {
        double seg = 0, ext = 0;
        std::size_t assertions = 0;
        for (auto s : read.sources) {  // a copy: segment() fills it
            double c0 = thread_cpu_seconds();
            segment(s);
            double c1 = thread_cpu_seconds();
            Extraction ex = extract(s, knowledge);
            ext += thread_cpu_seconds() - c1;
            seg += c1 - c0;
            assertions += ex.dates.size() + ex.places.size() + ex.people_mentions.size() + ex.quotes.size() +
                          ex.claims.size() + ex.quantities.size();
        }
        std::printf("%zu stories, %.2f MB: segment+extract CPU %.3f s = %.1f MB/s (segment %.3f s, extract %.3f s), "
                    "%zu assertions\n",
                    read.sources.size(), bytes / 1e6, seg + ext, bytes / 1e6 / (seg + ext), seg, ext, assertions);
    }
}
