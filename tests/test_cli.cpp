// The crosscheck program end to end: options, exit statuses, output files, determinism, config and baselines,
// on the seed articles and on small articles written here.
#include <gtest/gtest.h>

#include "tests/test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

std::string seed_articles() { return crosscheck::test_support::seed_args(); }

struct Outcome {
    int status = -1;
    std::string out;
};

// Runs crosscheck with `args` (shell words) and returns its exit status and standard output.
Outcome run(const std::string& args, const std::string& env = "") {
    std::string cmd = env + " " + CROSSCHECK_BINARY + std::string(" ") + args + " 2>/dev/null";
    Outcome r;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

std::string seeds() { return seed_articles(); }

fs::path fresh_dir(const std::string& name) {
    // The process id keeps parallel runs (ctest -j, other build trees) apart.
    fs::path d = fs::temp_directory_path() / ("crosscheck-test-cli-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int validate(const std::string& schema, const fs::path& document) {
    std::string cmd = "python3 " + std::string(CROSSCHECK_SOURCE_DIR) + "/tests/tools/validate_json.py '" + schema +
                      "' '" + document.string() + "'";
    return std::system(cmd.c_str());
}

// An article every run of the rules flags: a place put in the wrong country.
const char* kArticle =
    "Leaders meet in Helsinki\n\nThe two presidents met in Helsinki, Moscow on Monday to discuss trade.\n";

}  // namespace

TEST(Cli, HelpForEverySubcommand) {
    for (std::string sub : {"", "check", "extract", "rules"}) {
        Outcome r = run(sub + " --help");
        EXPECT_EQ(r.status, 0) << sub;
        EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub;
    }
    EXPECT_NE(run("check --help").out.find("--max-contradictions"), std::string::npos);
    EXPECT_NE(run("check --help").out.find("--write-baseline"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwo) {
    EXPECT_EQ(run("").status, 2);
    EXPECT_EQ(run("frobnicate").status, 2);
    EXPECT_EQ(run("check").status, 2);
    EXPECT_EQ(run("check " + seeds() + " --format xml").status, 2);
    EXPECT_EQ(run("check " + seeds() + " --published 2018-13-45").status, 2);
    EXPECT_EQ(run("check " + seeds() + " --color sometimes").status, 2);
    EXPECT_EQ(run("check " + seeds() + " --format json --format html -o /tmp/x.json").status, 2);
    EXPECT_EQ(run("check " + seeds() + " --format json --format html").status, 2) << "two formats need --output";
    EXPECT_EQ(run("check " + seeds() + " --config /nonexistent/cfg.json").status, 2);
    EXPECT_EQ(run("check " + seeds() + " --baseline /nonexistent/b.json").status, 2);
}

TEST(Cli, SeedsEveryFormatValidAndDeterministic) {
    fs::path a = fresh_dir("seeds-a"), b = fresh_dir("seeds-b");
    std::string formats = "--format text --format json --format html --format sarif --format github --format claimreview";
    Outcome ra = run("check " + seeds() + " " + formats + " --output " + a.string() + " --no-config");
    Outcome rb = run("check " + seeds() + " " + formats + " --output " + b.string() + " --no-config --jobs 2");
    ASSERT_TRUE(ra.status == 0 || ra.status == 1) << ra.status;
    EXPECT_EQ(ra.status, rb.status);
    for (auto name : {"report.txt", "report.json", "report.html", "report.sarif", "report.github.txt",
                      "report.claimreview.jsonld"}) {
        ASSERT_TRUE(fs::exists(a / name)) << name;
        EXPECT_EQ(slurp(a / name), slurp(b / name)) << name << ": same inputs must give the same bytes";
    }
    EXPECT_EQ(validate(std::string(CROSSCHECK_SOURCE_DIR) + "/docs/report-schema.json", a / "report.json"), 0);
    EXPECT_EQ(validate(std::string(CROSSCHECK_SOURCE_DIR) +
                           "/.cache/npm/microsoft-jest-sarif-1.0.0-beta.0.tgz:package/lib/schemas/sarif-2.1.0-rtm.5.json",
                       a / "report.sarif"),
              0);
    auto j = nlohmann::json::parse(slurp(a / "report.json"));
    std::string listed = seeds();
    EXPECT_EQ(j["sources"].size(), static_cast<std::size_t>(std::count(listed.begin(), listed.end(), '\'') / 2));
    EXPECT_GE(j["sources"].size(), 5u);
    // The exit status follows the findings: errors fail by default.
    bool has_error = j["summary"]["errors"].get<int>() > 0;
    EXPECT_EQ(ra.status, has_error ? 1 : 0);
    auto sarif = nlohmann::json::parse(slurp(a / "report.sarif"));
    EXPECT_EQ(sarif["runs"][0]["results"].size(), j["findings"].size());
    // --timestamp is the only way a time gets in.
    EXPECT_EQ(slurp(a / "report.json").find("\"generated\""), std::string::npos);
    Outcome ts = run("check " + seeds() + " --format json --no-config --timestamp");
    EXPECT_NE(ts.out.find("\"generated\""), std::string::npos);
}

TEST(Cli, GatingThresholdsAndBaseline) {
    fs::path d = fresh_dir("gate");
    std::ofstream(d / "article.txt") << kArticle;
    std::string in = (d / "article.txt").string() + " --no-config";
    Outcome first = run("check " + in + " --format json");
    auto j = nlohmann::json::parse(first.out);
    std::size_t n = j["findings"].size();
    ASSERT_GT(n, 0u) << "the article has a wrong place; if no rule finds it, the gate cannot be tested";
    EXPECT_EQ(run("check " + in + " --fail-on info").status, 1);
    EXPECT_EQ(run("check " + in + " --fail-on error --max-findings " + std::to_string(n) +
                  " --max-contradictions 1000 --format json")
                  .status,
              j["summary"]["errors"].get<int>() > 0 ? 1 : 0);
    EXPECT_EQ(run("check " + in + " --fail-on info --max-findings " + std::to_string(n - 1)).status, 1);
    EXPECT_EQ(run("check " + in + " --max-contradictions 0").status, 1);
    // Baseline: write it, then the same findings are accepted and the run passes even at --fail-on info.
    std::string baseline = (d / "baseline.json").string();
    run("check " + in + " --write-baseline " + baseline);
    ASSERT_TRUE(fs::exists(baseline));
    Outcome accepted = run("check " + in + " --baseline " + baseline + " --fail-on info --format json");
    EXPECT_EQ(accepted.status, 0);
    auto a = nlohmann::json::parse(accepted.out);
    EXPECT_EQ(a["findings"].size(), 0u);
    EXPECT_EQ(a["summary"]["baselined"], n);
}

TEST(Cli, ConfigFoundUpwardDisablesAndSuppresses) {
    fs::path d = fresh_dir("config");
    fs::create_directories(d / "wire");
    std::ofstream(d / "wire" / "article.txt") << kArticle;
    std::string in = (d / "wire" / "article.txt").string();
    std::size_t n = nlohmann::json::parse(run("check " + in + " --format json --no-config").out)["findings"].size();
    ASSERT_GT(n, 0u);
    std::ofstream(d / ".crosscheck.json") << R"({"rules": {"disable": ["*"]}})";
    Outcome off = run("check " + in + " --format json --fail-on info");
    EXPECT_EQ(off.status, 0);
    EXPECT_EQ(nlohmann::json::parse(off.out)["findings"].size(), 0u);
    std::ofstream(d / ".crosscheck.json", std::ios::trunc) << R"({"suppress": [{"files": "wire/*.txt", "rules": ["*"]}]})";
    Outcome quiet = run("check " + in + " --format json --fail-on info");
    EXPECT_EQ(quiet.status, 0);
    EXPECT_EQ(nlohmann::json::parse(quiet.out)["summary"]["suppressed"], n);
    std::ofstream(d / ".crosscheck.json", std::ios::trunc) << R"({"fail_on": "info"})";
    EXPECT_EQ(run("check " + in).status, 1);
    EXPECT_EQ(run("check " + in + " --config /dev/null").status, 2) << "not a config file: usage error";
    std::ofstream(d / ".crosscheck.json", std::ios::trunc) << R"({"rules": {"disable": ["no.such-rule"]}})";
    EXPECT_EQ(run("check " + in).status, 2);
}

TEST(Cli, MissingInputExitsTwoButStillReports) {
    fs::path d = fresh_dir("missing");
    std::ofstream(d / "article.txt") << kArticle;
    fs::path out = d / "out";
    Outcome r = run("check " + (d / "article.txt").string() + " " + (d / "nope.txt").string() +
                " --format json --output " + out.string() + " --no-config");
    EXPECT_EQ(r.status, 2);
    ASSERT_TRUE(fs::exists(out / "report.json"));
    auto j = nlohmann::json::parse(slurp(out / "report.json"));
    EXPECT_EQ(j["sources"].size(), 1u);
    EXPECT_EQ(j["summary"]["failed_inputs"], 1);
}

// --max-file-size: a file over the limit is refused (exit 2, named in a diagnostic that names the option), the
// others are checked; raising the limit reads it.
TEST(Cli, MaxFileSizeRefusesLargerFilesAndCanBeRaised) {
    fs::path d = fresh_dir("maxsize");
    std::ofstream(d / "article.txt") << kArticle;
    {
        std::ofstream big(d / "big.txt", std::ios::binary);
        std::string line = "The committee met again on Monday and adjourned without a vote.\n";
        while (big.tellp() < (3 << 20)) big << line;
    }
    std::string inputs = (d / "article.txt").string() + " " + (d / "big.txt").string();
    Outcome r = run("check " + inputs + " --max-file-size 2 -f json -o - --no-config");
    EXPECT_EQ(r.status, 2);
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["sources"].size(), 1u);
    ASSERT_EQ(j["diagnostics"].size(), 1u) << j["diagnostics"].dump();
    EXPECT_NE(j["diagnostics"][0]["message"].get<std::string>().find("--max-file-size"), std::string::npos);
    EXPECT_NE(j["diagnostics"][0]["path"].get<std::string>().find("big.txt"), std::string::npos);
    Outcome raised = run("check " + inputs + " --max-file-size 4 -f json -o - --no-config");
    EXPECT_EQ(raised.status, 1);  // both read; the article's error is over the default threshold
    EXPECT_EQ(nlohmann::json::parse(raised.out)["sources"].size(), 2u);
    EXPECT_EQ(run("check " + inputs + " --max-file-size 0").status, 2);  // not a size
}

TEST(Cli, StdinAndColour) {
    fs::path d = fresh_dir("stdin");
    std::ofstream(d / "article.txt") << kArticle;
    Outcome r = run("check - --format json --no-config < " + (d / "article.txt").string());
    ASSERT_TRUE(r.status == 0 || r.status == 1) << r.status;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["sources"].size(), 1u);
    EXPECT_EQ(j["sources"][0]["path"], "-");
    std::string in = (d / "article.txt").string() + " --no-config";
    EXPECT_EQ(run("check " + in).out.find('\033'), std::string::npos) << "piped: no colour";
    EXPECT_NE(run("check " + in + " --color always").out.find('\033'), std::string::npos);
    EXPECT_EQ(run("check " + in + " --color auto", "NO_COLOR=1").out.find('\033'), std::string::npos);
}

TEST(Cli, RulesListAsTextAndJson) {
    Outcome text = run("rules");
    EXPECT_EQ(text.status, 0);
    EXPECT_NE(text.out.find("location.parent-mismatch"), std::string::npos);
    Outcome json = run("rules --format json");
    EXPECT_EQ(json.status, 0);
    auto j = nlohmann::json::parse(json.out);
    ASSERT_TRUE(j.is_array());
    ASSERT_FALSE(j.empty());
    for (const auto& rule : j) {
        EXPECT_TRUE(rule["id"].is_string());
        EXPECT_TRUE(rule["severity"] == "error" || rule["severity"] == "warning" || rule["severity"] == "info");
    }
}

// extract takes the same -f and -o as check: the file holds what standard output would.
TEST(Cli, ExtractToFileAsToStdout) {
    fs::path d = fresh_dir("extract");
    Outcome out = run("extract " + seeds() + " -f json");
    ASSERT_EQ(out.status, 0);
    Outcome file = run("extract " + seeds() + " -f json -o " + (d / "a.json").string());
    ASSERT_EQ(file.status, 0);
    EXPECT_TRUE(file.out.empty());
    EXPECT_EQ(slurp(d / "a.json"), out.out);
    EXPECT_FALSE(nlohmann::json::parse(out.out)["sources"].empty());
    EXPECT_EQ(run("extract " + seeds() + " -o /nonexistent/dir/a.json").status, 2);
    EXPECT_EQ(run("extract " + seeds() + " -f html").status, 2);
    EXPECT_EQ(run("rules -f json").out, run("rules --format json").out);
}

TEST(Cli, InlineSuppressionInHtmlInputs) {
    fs::path d = fresh_dir("inline");
    std::ofstream(d / "a.html") << "<html><head><title>Leaders meet</title></head><body><article>\n"
                                   "<p>The two presidents met in Helsinki, Moscow on Monday to discuss trade.</p>\n"
                                   "<!-- crosscheck-disable location.parent-mismatch -->\n"
                                   "<p>Their aides met again in Helsinki, Moscow on Tuesday.</p>\n"
                                   "<!-- crosscheck-enable location.parent-mismatch -->\n"
                                   "</article></body></html>\n";
    auto j = nlohmann::json::parse(run("check " + (d / "a.html").string() + " --no-config --format json").out);
    std::size_t flagged = 0;
    for (const auto& f : j["findings"])
        if (f["rule"] == "location.parent-mismatch") {
            ++flagged;
            EXPECT_EQ(f["evidence"][0]["start"]["line"], 1) << "only the paragraph outside the disabled stretch";
        }
    ASSERT_EQ(flagged, 1u) << "the rule must flag the first paragraph for this test to mean anything";
    EXPECT_EQ(j["summary"]["suppressed"], 1);
}

TEST(Cli, OptionsBeforeInputs) {
    fs::path d = fresh_dir("order");
    std::ofstream(d / "article.txt") << kArticle;
    Outcome r = run("check --format json --no-config " + (d / "article.txt").string());
    ASSERT_TRUE(r.status == 0 || r.status == 1) << r.status;
    EXPECT_EQ(nlohmann::json::parse(r.out)["sources"].size(), 1u);
}

// Issue 4's gate: the seeds fail --max-contradictions 0, a clean article passes it; a baseline written from the
// seeds makes the next run pass, and an error planted in a copy of a seed makes it fail again.
TEST(Cli, SeedsGateBaselineAndPlantedError) {
    const std::string clean = std::string(CROSSCHECK_FIXTURES_DIR) + "/rules/location.parent-mismatch/clean_datelines.txt";
    EXPECT_EQ(run("check " + seeds() + " --no-config --max-contradictions 0").status, 1);
    EXPECT_EQ(run("check " + clean + " --no-config --max-contradictions 0").status, 0);

    fs::path d = fresh_dir("seed-gate");
    std::string baseline = (d / "baseline.json").string();
    run("check " + seeds() + " --no-config --write-baseline " + baseline);
    ASSERT_TRUE(fs::exists(baseline));
    EXPECT_EQ(run("check " + seeds() + " --no-config --max-contradictions 0 --baseline " + baseline).status, 0);

    // Plant a new error in a copy of seed 000 (same file name, so the baselined findings keep their fingerprints).
    fs::create_directories(d / "planted");
    std::string planted_inputs;
    for (const auto& e : fs::directory_iterator(std::string(CROSSCHECK_FIXTURES_DIR) + "/seeds")) {
        if (e.path().extension() != ".txt") continue;
        std::string text = slurp(e.path());
        if (e.path().filename().string().starts_with("000_"))
            text += "\nThe ministers later met in Brussels, Spain.\n";
        std::ofstream(d / "planted" / e.path().filename()) << text;
    }
    EXPECT_EQ(run("check " + (d / "planted").string() + " --no-config --max-contradictions 0 --baseline " + baseline)
                  .status,
              1);
}
