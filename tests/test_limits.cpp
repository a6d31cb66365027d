// Limits (issue 6): huge files, one huge line, many files, deeply nested HTML, NUL bytes. None may crash or stop
// the other inputs, and each gets a clear message naming the file. (Speed is measured in bench/, not here.)
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "pipeline.hpp"

namespace fs = std::filesystem;
using namespace crosscheck;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("crosscheck-limits-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

std::string write(const fs::path& p, const std::string& content) {
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
}

std::string good_article(const fs::path& dir) {
    return write(dir / "good.txt", "Headline\n\n25 July, 2018\n\nUS Defence Secretary Jim Mattis said on Tuesday "
                                   "there would be be no cooperation, in Helsinki, Moscow.\n");
}

bool mentions(const Result& r, const std::string& path) {
    for (const auto& d : r.diagnostics)
        if (d.path == path && !d.message.empty()) return true;
    return false;
}

// A file over the size limit is refused with a message, and the good input next to it is still checked.
TEST(Limits, HundredMegabyteFileIsRefusedAndOthersStillChecked) {
    TempDir dir;
    auto big = (dir.path / "huge.txt").string();
    {
        std::ofstream out(big, std::ios::binary);
        std::string line(1023, 'a');
        line += '\n';
        for (int i = 0; i < 100 * 1024; ++i) out << line;
    }
    auto good = good_article(dir.path);
    Result r = run_pipeline({big, good}, PipelineOptions{}, knowledge());
    EXPECT_TRUE(mentions(r, big));
    ASSERT_EQ(r.corpus.sources.size(), 1u);
    EXPECT_EQ(r.corpus.sources[0].path, good);
    EXPECT_FALSE(r.findings.empty());  // the good article's errors are still found
}

// One 10 MB line of real-looking words: read, segmented and checked without crashing.
// About 10 s in a release build (this text makes a finding every few hundred bytes), 470 MB resident.
TEST(Limits, TenMegabyteSingleLine) {
    TempDir dir;
    std::string text = "25 July, 2018\n";
    const char* words[] = {"Mattis", "said", "the", "Pentagon", "on", "Tuesday", "\"we", "will\"", "not", "be",
                           "in", "Moscow,", "12", "troops", "according", "to", "Russia", "and", "US", "rejected"};
    std::mt19937 rng(7);
    while (text.size() < (10u << 20)) {
        text += words[rng() % 20];
        text += ' ';
    }
    auto path = write(dir.path / "line.txt", text);
    Result r = run_pipeline({path}, PipelineOptions{}, knowledge());
    ASSERT_EQ(r.corpus.sources.size(), 1u);
    for (const auto& f : r.findings)
        for (const auto& e : f.evidence) EXPECT_LE(e.span.end, r.corpus.sources[0].text.size());
}

// 100,000 small files in one directory: every one becomes a source, in sorted order.
TEST(Limits, HundredThousandSmallFiles) {
    TempDir dir;
    for (int i = 0; i < 100000; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "a%06d.txt", i);
        write(dir.path / name, "Officials met in Geneva on Friday.\n");
    }
    PipelineOptions options;
    options.jobs = 0;
    Result r = run_pipeline({dir.path.string()}, options, knowledge());
    ASSERT_EQ(r.corpus.sources.size(), 100000u);
    EXPECT_EQ(r.failed_inputs, 0u);
    EXPECT_LT(r.corpus.sources.front().path, r.corpus.sources.back().path);
}

// HTML nested 200,000 levels deep must not overflow the stack; its text is still read.
TEST(Limits, DeeplyNestedHtml) {
    TempDir dir;
    std::string html = "<html><body>";
    for (int i = 0; i < 200000; ++i) html += "<div>";
    html += "<p>Officials met in Brussels, Belgium on Friday.</p>";
    for (int i = 0; i < 200000; ++i) html += "</div>";
    html += "</body></html>";
    auto path = write(dir.path / "nested.html", html);
    auto good = good_article(dir.path);
    Result r = run_pipeline({path, good}, PipelineOptions{}, knowledge());
    EXPECT_GE(r.corpus.sources.size(), 1u);
    bool good_seen = false;
    for (const auto& s : r.corpus.sources) good_seen |= s.path == good;
    EXPECT_TRUE(good_seen);
}

// NUL bytes: a file full of them is binary (refused, named); a text with one stray NUL is still read.
TEST(Limits, NulBytes) {
    TempDir dir;
    auto binary = write(dir.path / "binary.txt", std::string(4096, '\0'));
    auto stray = write(dir.path / "stray.txt", std::string("Officials met in Geneva on Friday.\0 More text.\n", 48));
    auto good = good_article(dir.path);
    Result r = run_pipeline({binary, stray, good}, PipelineOptions{}, knowledge());
    EXPECT_TRUE(mentions(r, binary));
    bool good_seen = false;
    for (const auto& s : r.corpus.sources) {
        good_seen |= s.path == good;
        EXPECT_EQ(s.text.find('\0'), std::string::npos) << s.path;  // nothing downstream sees a NUL
    }
    EXPECT_TRUE(good_seen);
}

}  // namespace
