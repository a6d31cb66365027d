// Gazetteer: load time and resident memory before and after touching the whole table, then lookup throughput
// (resolve, contains, demonym) with Google Benchmark.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "knowledge/gazetteer.hpp"

using namespace crosscheck;

namespace {

long rss_kb() {
    std::ifstream in("/proc/self/status");
    std::string key;
    long value = 0;
    while (in >> key) {
        if (key == "VmRSS:") {
            in >> value;
            return value;
        }
        in.ignore(4096, '\n');
    }
    return -1;
}

const char* const names[] = {"Helsinki", "Moscow", "Paris", "Geneva", "New York", "Idlib", "California", "Crimea",
                             "Springfield", "São Paulo", "Xyzzyville", "U.S."};

void BM_Resolve(benchmark::State& state) {
    auto g = Gazetteer::load_embedded();
    std::size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(g.resolve(names[i++ % std::size(names)]));
}
BENCHMARK(BM_Resolve);

void BM_Contains(benchmark::State& state) {
    auto g = Gazetteer::load_embedded();
    const std::pair<const char*, const char*> pairs[] = {
        {"Moscow", "Helsinki"}, {"Texas", "Paris"}, {"Switzerland", "Geneva"}, {"United States", "Springfield"}};
    std::size_t i = 0;
    for (auto _ : state) {
        auto [p, c] = pairs[i++ % std::size(pairs)];
        benchmark::DoNotOptimize(g.contains(p, c));
    }
}
BENCHMARK(BM_Contains);

void BM_Demonym(benchmark::State& state) {
    auto g = Gazetteer::load_embedded();
    const char* words[] = {"Russian", "Syrian", "Turkish", "Table"};
    std::size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(g.demonym_country(words[i++ % std::size(words)]));
}
BENCHMARK(BM_Demonym);

}  // namespace

int main(int argc, char** argv) {
    long before = rss_kb();
    auto t0 = std::chrono::steady_clock::now();
    auto g = Gazetteer::load_embedded();
    double load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    long after_load = rss_kb();
    // Touch every name once, as a long run would: the whole table paged in.
    std::size_t found = 0;
    for (const char* n : names) found += g.resolve(n).size();
    std::printf("gazetteer: %zu places, %.1f MB table, load %.3f ms, RSS %ld KB before, %ld KB after load, "
                "%ld KB after lookups (%zu candidates)\n",
                g.size(), g.bytes() / 1048576.0, load_ms, before, after_load, rss_kb(), found);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
