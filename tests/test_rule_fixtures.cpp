// Runs every fixture folder (fixtures/rules/<rule-id>/, fixtures/seeds/) through the whole pipeline and checks
// its expect.spec. All articles in a folder are checked together, so cross-source rules can be exercised.
//
// expect.spec, one expectation a line ('#' starts a comment):
//   must <rule-id> <exact text of the finding's primary evidence span>
//   must-not <rule-id> <text that no evidence span of any finding of that rule may contain>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "checks/registry.hpp"
#include "pipeline.hpp"

namespace fs = std::filesystem;
using namespace crosscheck;

namespace {

struct Expectation {
    bool must = true;
    std::string rule, text;
    int line = 0;
};

std::vector<Expectation> read_expectations(const fs::path& file) {
    std::vector<Expectation> out;
    std::ifstream in(file);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ss(line);
        Expectation e;
        std::string kind;
        ss >> kind >> e.rule;
        std::getline(ss >> std::ws, e.text);
        e.must = kind == "must";
        e.line = n;
        if (kind != "must" && kind != "must-not") ADD_FAILURE() << file << ":" << n << ": unknown expectation " << kind;
        out.push_back(e);
    }
    return out;
}

std::vector<std::string> fixture_folders() {
    std::vector<std::string> out;
    fs::path root = CROSSCHECK_FIXTURES_DIR;
    if (fs::exists(root / "seeds" / "expect.spec")) out.push_back("seeds");
    if (fs::exists(root / "rules"))
        for (const auto& e : fs::directory_iterator(root / "rules"))
            if (e.is_directory()) out.push_back("rules/" + e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

class RuleFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleFixture, FindsWhatItMustAndNothingItMustNot) {
    fs::path dir = fs::path(CROSSCHECK_FIXTURES_DIR) / GetParam();
    std::vector<std::string> inputs;
    for (const auto& e : fs::directory_iterator(dir)) {
        auto ext = e.path().extension();
        if (ext == ".txt" || ext == ".html" || ext == ".jsonl") inputs.push_back(e.path().string());
    }
    std::sort(inputs.begin(), inputs.end());
    ASSERT_FALSE(inputs.empty()) << dir;
    auto expectations = read_expectations(dir / "expect.spec");
    ASSERT_FALSE(expectations.empty()) << dir << " has no expect.spec expectations";

    Result r = run_pipeline(inputs, PipelineOptions{}, knowledge());
    EXPECT_EQ(r.failed_inputs, 0u);
    std::ostringstream all;
    for (const auto& f : r.findings)
        all << "  " << f.rule << " '" << (f.evidence.empty() ? "" : f.evidence[0].text) << "': " << f.message << "\n";

    for (const auto& e : expectations) {
        bool hit = false;
        for (const auto& f : r.findings) {
            if (f.rule != e.rule) continue;
            if (e.must && !f.evidence.empty() && f.evidence[0].text == e.text) hit = true;
            if (!e.must)
                for (const auto& ev : f.evidence)
                    if (ev.text.find(e.text) != std::string::npos) hit = true;
        }
        if (e.must)
            EXPECT_TRUE(hit) << "expect.spec:" << e.line << ": missing " << e.rule << " on '" << e.text
                             << "'\nfindings:\n" << all.str();
        else
            EXPECT_FALSE(hit) << "expect.spec:" << e.line << ": false alarm " << e.rule << " on '" << e.text
                              << "'\nfindings:\n" << all.str();
    }
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string s;
    for (char c : info.param) s += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return s;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RuleFixture, ::testing::ValuesIn(fixture_folders()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(RuleFixture);

// Every registered rule has its own fixture folder with at least one 'must' and one 'must-not' line, and a
// section in docs/rules.md.
TEST(RuleFixtures, EveryRuleHasFixturesAndDocs) {
    std::ifstream docs(fs::path(CROSSCHECK_FIXTURES_DIR).parent_path() / "docs" / "rules.md");
    std::stringstream doc_text;
    doc_text << docs.rdbuf();
    for (const auto& check : make_checks()) {
        std::string id(check->id());
        fs::path dir = fs::path(CROSSCHECK_FIXTURES_DIR) / "rules" / id;
        ASSERT_TRUE(fs::exists(dir / "expect.spec")) << id << " has no fixtures/rules/" << id << "/expect.spec";
        bool must = false, must_not = false;
        for (const auto& e : read_expectations(dir / "expect.spec")) {
            if (e.rule != id) continue;
            (e.must ? must : must_not) = true;
        }
        EXPECT_TRUE(must) << id << ": no 'must' expectation";
        EXPECT_TRUE(must_not) << id << ": no 'must-not' expectation";
        EXPECT_NE(doc_text.str().find("## " + id), std::string::npos) << id << " has no section in docs/rules.md";
    }
}

}  // namespace
