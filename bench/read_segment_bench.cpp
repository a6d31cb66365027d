// Throughput of reading and segmentation, which run on every byte: the seed articles repeated to ~50 MB,
// read from a scratch .txt file (UTF-8 check, line ends) and an .html page (gumbo), then segmented.
// Prints MB/s for each stage. Usage: read_segment_bench [MB]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "corpus.hpp"
#include "read/read.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t target = (argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50) << 20;
    std::string seeds;
    for (const auto& t : bench::seed_texts()) seeds += t + "\n";
    std::string text, html = "<!doctype html><html><head><title>Bench</title></head><body><article>\n";
    while (text.size() < target) text += seeds;
    for (const auto& line : bench::split_lines(text.substr(0, target / 4)))
        if (!line.empty()) html += "<p>" + line + "</p>\n";
    html += "</article></body></html>\n";

    auto dir = std::filesystem::temp_directory_path();
    std::string txt_path = (dir / ("crosscheck-bench-" + std::to_string(::getpid()) + ".txt")).string();
    std::string html_path = (dir / ("crosscheck-bench-" + std::to_string(::getpid()) + ".html")).string();
    std::ofstream(txt_path, std::ios::binary) << text;
    std::ofstream(html_path, std::ios::binary) << html;

    ReadOptions options;
    options.max_bytes = target * 2;
    auto t0 = std::chrono::steady_clock::now();
    ReadResult r = read_inputs({txt_path}, options);
    double read_s = seconds_since(t0);
    t0 = std::chrono::steady_clock::now();
    ReadResult h = read_inputs({html_path}, options);
    double html_s = seconds_since(t0);
    std::filesystem::remove(txt_path);
    std::filesystem::remove(html_path);
    if (r.sources.empty() || h.sources.empty()) {
        std::fprintf(stderr, "read failed\n");
        return 1;
    }
    Source& s = r.sources[0];
    t0 = std::chrono::steady_clock::now();
    segment(s);
    double seg_s = seconds_since(t0);

    double mb = static_cast<double>(text.size()) / 1e6, hmb = static_cast<double>(html.size()) / 1e6;
    std::printf("read .txt   %7.1f MB  %6.2f s  %7.1f MB/s\n", mb, read_s, mb / read_s);
    std::printf("read .html  %7.1f MB  %6.2f s  %7.1f MB/s\n", hmb, html_s, hmb / html_s);
    std::printf("segment     %7.1f MB  %6.2f s  %7.1f MB/s  (%zu paragraphs, %zu sentences)\n", mb, seg_s,
                mb / seg_s, s.paragraphs.size(), s.sentences.size());
}
