// End-to-end smoke tests of the pipeline on the seed articles.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline.hpp"

using namespace crosscheck;

TEST(Pipeline, ReadsAndSegmentsEverySeed) {
    std::vector<std::string> inputs;
    for (const auto& e : std::filesystem::directory_iterator(CROSSCHECK_FIXTURES_DIR "/seeds"))
        if (e.path().extension() == ".txt") inputs.push_back(e.path());
    std::sort(inputs.begin(), inputs.end());
    Knowledge k = Knowledge::load();
    Result r = run_pipeline(inputs, PipelineOptions{}, k);
    ASSERT_EQ(r.corpus.sources.size(), 5u);
    EXPECT_EQ(r.failed_inputs, 0u);
    for (const auto& s : r.corpus.sources) EXPECT_GT(s.sentences.size(), 10u) << s.path;
}

TEST(Pipeline, PositionsCountCodePoints) {
    Source s;
    s.text = "ab\n\xE2\x80\x9Cx\xE2\x80\x9D y";
    s.line_starts = {0, 3};
    EXPECT_EQ(s.position(0), (Position{1, 1}));
    EXPECT_EQ(s.position(3), (Position{2, 1}));
    EXPECT_EQ(s.position(6), (Position{2, 2}));  // after the 3-byte curly quote
}
