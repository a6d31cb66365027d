// Report writers, baselines, gating and configuration on hand-built Results (Corpus + Findings), so every format
// is tested whatever the rules find today. JSON and SARIF are validated against their schemas.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "config/config.hpp"
#include "report/baseline.hpp"
#include "report/formats.hpp"
#include "report/gate.hpp"
#include "report/json.hpp"
#include "report/report.hpp"
#include "report/text.hpp"
#include "scoring/score.hpp"
#include "segment/segment.hpp"

namespace fs = std::filesystem;
using namespace crosscheck;

namespace {

Source make_source(std::string id, std::string text, std::string title = "") {
    Source s;
    s.id = id;
    s.path = id + ".txt";
    s.title = std::move(title);
    s.text = std::move(text);
    segment(s);
    return s;
}

Span find(const Source& s, std::string_view needle, std::size_t from = 0) {
    auto at = s.text.find(needle, from);
    EXPECT_NE(at, std::string::npos) << needle;
    return {at, at + needle.size()};
}

Evidence ev(const Result& r, std::size_t source, Span span, std::string role) {
    return Evidence{source, span, std::string(r.corpus.sources[source].slice(span)), std::move(role)};
}

// Two articles: one with multi-byte text before the finding, one with hostile markup.
Result sample() {
    Result r;
    r.corpus.sources.push_back(make_source(
        "zurich", "Überblick: 東京 und Zürich.\nDer Präsident traf Putin in Helsinki, Moscow am Dienstag.\n",
        "Treffen in Helsinki"));
    r.corpus.sources.push_back(make_source(
        "hostile", "<script>alert(1)</script> The minister said \"><img src=x onerror=alert(2)> was fine.\n"
                   "Officials met in Helsinki, Moscow on Monday.\n",
        "<b>Hostile</b> title"));
    r.corpus.extractions.resize(2);
    Claim c;
    c.span = find(r.corpus.sources[1], "The minister said \"><img src=x onerror=alert(2)> was fine.");
    c.speaker_name = "The minister";
    r.corpus.extractions[1].claims.push_back(c);

    Finding a;
    a.rule = "location.parent-mismatch";
    a.severity = Severity::error;
    a.confidence = 0.8;
    a.message = "Helsinki is not in Moscow";
    a.fix = "Helsinki is in Finland";
    a.evidence = {ev(r, 0, find(r.corpus.sources[0], "Helsinki, Moscow"), "primary"),
                  ev(r, 1, find(r.corpus.sources[1], "Helsinki, Moscow"), "also-in")};
    a.fingerprint = "00000000000000a1";
    Finding b;
    b.rule = "quote.wording-drift";
    b.severity = Severity::warning;
    b.message = "quote differs: \"x\",\ny & 100%";
    b.evidence = {ev(r, 1, find(r.corpus.sources[1], "\"><img src=x onerror=alert(2)>"), "primary")};
    b.fingerprint = "00000000000000b2";
    Finding c2;
    c2.rule = "claim.disputed";
    c2.severity = Severity::info;
    c2.message = "disputed";
    c2.evidence = {ev(r, 1, find(r.corpus.sources[1], "<script>alert(1)</script>"), "primary")};
    c2.fingerprint = "00000000000000c3";
    r.findings = {a, b, c2};
    r.scores.sources = {SourceScore{80, 1, 1, 0, 0}, SourceScore{90, 1, 0, 1, 1}};
    r.scores.corpus = 85;
    return r;
}

ReportContext context() {
    ReportContext ctx;
    ctx.rules = rule_catalog();
    return ctx;
}

std::string render(Format f, const Result& r, const ReportContext& ctx) {
    std::ostringstream out;
    write_report(out, f, r, ctx);
    return out.str();
}

fs::path temp_file(const std::string& name, const std::string& content) {
    fs::path dir = fs::temp_directory_path() / ("crosscheck-test-reports-" + std::to_string(getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << content;
    return dir / name;
}

int validate(const std::string& schema, const fs::path& document) {
    std::string cmd = "python3 " + std::string(CROSSCHECK_SOURCE_DIR) + "/tests/tools/validate_json.py '" + schema +
                      "' '" + document.string() + "'";
    return std::system(cmd.c_str());
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

}  // namespace

TEST(TextReport, CompilerStyleLineWithCodePointColumnAndUnderline) {
    Result r = sample();
    std::string text = render(Format::text, r, context());
    auto ls = lines(text);
    ASSERT_GE(ls.size(), 4u);
    // Line 2, column 29 in code points ("Der Präsident traf Putin in " is 28 code points, 29 bytes).
    EXPECT_EQ(ls[0], "zurich.txt:2:29: error: Helsinki is not in Moscow [location.parent-mismatch]");
    EXPECT_EQ(ls[1], "    Der Präsident traf Putin in Helsinki, Moscow am Dienstag.");
    EXPECT_EQ(ls[2], "    " + std::string(28, ' ') + "^" + std::string(15, '~'));
    EXPECT_EQ(ls[3], "hostile.txt:2:18: note: also-in: \"Helsinki, Moscow\"");
    EXPECT_EQ(ls[4], "    fix: Helsinki is in Finland");
    EXPECT_NE(text.find("2 sources: 1 error, 1 warning, 1 info; corpus score 85.0"), std::string::npos) << text;
    EXPECT_NE(text.find("zurich.txt: score 80.0 (1 error, 0 warnings, 0 infos)"), std::string::npos) << text;
    EXPECT_EQ(text.find('\033'), std::string::npos) << "no colour unless asked";
}

// `n` articles of one JSONL file, records from line `first_line` on, with one location.parent-mismatch finding on
// article `flagged`.
Result wire_archive(int n, std::size_t first_line, std::string_view text, int flagged) {
    Result r;
    for (int i = 0; i < n; ++i) {
        Source s = make_source(fmt::format("a{:02}", i), std::string(text));
        s.path = "wire.jsonl";
        s.record_line = first_line + static_cast<std::size_t>(i);
        r.corpus.sources.push_back(std::move(s));
    }
    r.corpus.extractions.resize(r.corpus.sources.size());
    Finding f;
    f.rule = "location.parent-mismatch";
    f.severity = Severity::error;
    f.confidence = 1;
    f.message = "Helsinki is not in Moscow";
    f.evidence = {ev(r, static_cast<std::size_t>(flagged), find(r.corpus.sources[static_cast<std::size_t>(flagged)], "Helsinki, Moscow"), "primary")};
    r.findings.push_back(f);
    r.scores = score(r.corpus, r.findings);
    return r;
}

// An archive in one JSONL file: locations name the article ("wire.jsonl#a03"), and the summary lists the articles
// with findings and counts the clean ones instead of printing a line for each.
TEST(TextReport, ArticlesOfOneFileAreNamedByIdAndCleanOnesCounted) {
    Result r = wire_archive(25, 1, "Officials met in Helsinki, Moscow on Monday.\n", 3);
    std::string text = render(Format::text, r, context());
    EXPECT_EQ(lines(text).front(), "wire.jsonl#a03:1:18: error: Helsinki is not in Moscow [location.parent-mismatch]");
    EXPECT_NE(text.find("  wire.jsonl#a03: score"), std::string::npos) << text;
    EXPECT_NE(text.find("  24 other sources with no findings: score 100.0"), std::string::npos) << text;
    EXPECT_EQ(text.find("wire.jsonl#a04"), std::string::npos) << text;
}

TEST(TextReport, WideCharactersTakeTwoCellsInTheUnderline) {
    Result r;
    r.corpus.sources.push_back(make_source("wide", "東京 und Zürich sind Städte.\n"));
    r.corpus.extractions.resize(1);
    Finding f;
    f.rule = "x.y";
    f.message = "m";
    f.evidence = {ev(r, 0, find(r.corpus.sources[0], "Zürich"), "primary")};
    r.findings = {f};
    r.scores.sources.resize(1);
    auto ls = lines(render(Format::text, r, context()));
    ASSERT_GE(ls.size(), 3u);
    EXPECT_EQ(ls[0], "wide.txt:1:8: warning: m [x.y]");  // 東, 京, space, u, n, d, space: 7 code points before
    EXPECT_EQ(ls[2], "    " + std::string(9, ' ') + "^~~~~~");  // but 9 terminal cells
}

TEST(TextReport, ColourOnlyWhenAsked) {
    Result r = sample();
    ReportContext ctx = context();
    ctx.color = true;
    std::string text = render(Format::text, r, ctx);
    EXPECT_NE(text.find("\033[1;31merror:"), std::string::npos);
}

// The report lists the assertions the findings rest on; `extract` lists them all.
TEST(JsonReport, AssertionsAreThoseTheFindingsRestOn) {
    Result r = sample();
    Source clean = make_source("clean", "Officials met in Geneva on Friday.\n");
    r.corpus.sources.push_back(clean);
    r.corpus.extractions.resize(r.corpus.sources.size());
    auto place = [&](std::size_t src, std::string_view text) {
        PlaceMention p;
        p.span = find(r.corpus.sources[src], text);
        p.name = std::string(text);
        r.corpus.extractions[src].places.push_back(p);
    };
    place(0, "Helsinki, Moscow");  // the finding's evidence
    place(0, "Putin");             // no finding rests on it
    place(2, "Geneva");            // a source without findings
    auto j = nlohmann::json::parse(render(Format::json, r, context()));
    auto texts = [&](std::size_t src) {
        std::vector<std::string> out;
        for (const auto& a : j["sources"][src]["assertions"]) out.push_back(a["text"]);
        return out;
    };
    EXPECT_EQ(texts(0), std::vector<std::string>{"Helsinki, Moscow"});
    EXPECT_TRUE(texts(2).empty());
    EXPECT_EQ(assertions_to_json(r.corpus)["sources"][0]["assertions"].size(), 2u);
    EXPECT_EQ(assertions_to_json(r.corpus)["sources"][2]["assertions"].size(), 1u);
}

TEST(JsonReport, ValidAgainstDocumentedSchemaAndVersioned) {
    Result r = sample();
    std::string json = render(Format::json, r, context());
    auto j = nlohmann::json::parse(json);
    EXPECT_EQ(j["schema_version"], "2.1");
    EXPECT_FALSE(j.contains("generated")) << "no timestamp unless --timestamp";
    EXPECT_EQ(j["summary"]["errors"], 1);
    EXPECT_EQ(j["findings"][0]["evidence"][0]["start"]["column"], 29);
    EXPECT_EQ(validate(std::string(CROSSCHECK_SOURCE_DIR) + "/docs/report-schema.json", temp_file("r.json", json)), 0);
    // The validator is not lenient: a finding without a fingerprint is rejected.
    j["findings"][0].erase("fingerprint");
    EXPECT_NE(validate(std::string(CROSSCHECK_SOURCE_DIR) + "/docs/report-schema.json", temp_file("bad.json", j.dump())),
              0);
}

std::string sarif_schema() {
    return std::string(CROSSCHECK_SOURCE_DIR) +
           "/.cache/npm/microsoft-jest-sarif-1.0.0-beta.0.tgz:package/lib/schemas/sarif-2.1.0-rtm.5.json";
}

TEST(SarifReport, ValidSarif210WithRulesRegionsAndFingerprints) {
    ASSERT_TRUE(fs::exists(std::string(CROSSCHECK_SOURCE_DIR) + "/.cache/npm/microsoft-jest-sarif-1.0.0-beta.0.tgz"))
        << "run scripts/setup.sh (fetch-data.sh fetches the SARIF schema)";
    Result r = sample();
    auto j = sarif_report(r, context());
    EXPECT_EQ(j["version"], "2.1.0");
    const auto& run = j["runs"][0];
    EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
    EXPECT_FALSE(run["tool"]["driver"]["rules"].empty());
    for (const auto& rule : run["tool"]["driver"]["rules"]) {
        EXPECT_TRUE(rule.contains("shortDescription") && rule.contains("fullDescription") && rule.contains("help"));
        EXPECT_TRUE(rule["defaultConfiguration"]["level"].is_string());
    }
    const auto& res = run["results"][0];
    EXPECT_EQ(res["ruleId"], "location.parent-mismatch");
    EXPECT_EQ(res["level"], "error");
    const auto& region = res["locations"][0]["physicalLocation"]["region"];
    EXPECT_EQ(region["startLine"], 2);
    EXPECT_EQ(region["startColumn"], 29);
    EXPECT_EQ(region["endColumn"], 45);
    EXPECT_EQ(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "zurich.txt");
    EXPECT_EQ(res["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"], "hostile.txt");
    EXPECT_EQ(res["partialFingerprints"]["crosscheckFingerprint/v1"], "00000000000000a1");
    EXPECT_EQ(run["results"][2]["level"], "note");
    EXPECT_EQ(validate(sarif_schema(), temp_file("r.sarif", j.dump())), 0);
    j["runs"][0]["results"][0]["level"] = "fatal";  // not a SARIF level: the schema must reject it
    EXPECT_NE(validate(sarif_schema(), temp_file("bad.sarif", j.dump())), 0);
}

// An article of a JSONL file: SARIF and GitHub point at the file's line holding the record (an article's line and
// column would point at the wrong place in the file) and say where in the article.
TEST(SarifReport, JsonlArticlesPointAtTheirRecordLine) {
    Result r = wire_archive(3, 4, "Officials met on Monday.\nThey met in Helsinki, Moscow.\n", 2);  // blank lines first
    auto j = sarif_report(r, context());
    const auto& loc = j["runs"][0]["results"][0]["locations"][0];
    EXPECT_EQ(loc["physicalLocation"]["artifactLocation"]["uri"], "wire.jsonl");
    EXPECT_EQ(loc["physicalLocation"]["region"]["startLine"], 6);
    EXPECT_FALSE(loc["physicalLocation"]["region"].contains("startColumn"));
    EXPECT_EQ(loc["properties"]["article"], "a02");
    EXPECT_EQ(loc["properties"]["articleLine"], 2);
    EXPECT_EQ(loc["properties"]["articleColumn"], 13);
    if (fs::exists(std::string(CROSSCHECK_SOURCE_DIR) + "/.cache/npm/microsoft-jest-sarif-1.0.0-beta.0.tgz"))
        EXPECT_EQ(validate(sarif_schema(), temp_file("jsonl.sarif", j.dump())), 0);
    auto ls = lines(render(Format::github, r, context()));
    ASSERT_EQ(ls.size(), 1u);
    EXPECT_EQ(ls[0].rfind("::error file=wire.jsonl,line=6,title=location.parent-mismatch::", 0), 0u) << ls[0];
    EXPECT_NE(ls[0].find("(wire.jsonl#a02:2:13)"), std::string::npos) << ls[0];
}

TEST(GithubReport, AnnotationsEscaped) {
    Result r = sample();
    r.corpus.sources[1].path = "dir,with:odd%name.txt";
    auto ls = lines(render(Format::github, r, context()));
    ASSERT_EQ(ls.size(), 3u);  // one line per finding: newlines in messages are encoded
    EXPECT_EQ(ls[0].rfind("::error file=zurich.txt,line=2,col=29,endLine=2,endColumn=45,"
                          "title=location.parent-mismatch::Helsinki is not in Moscow%0Afix: Helsinki is in Finland",
                          0),
              0u)
        << ls[0];
    EXPECT_EQ(ls[1].rfind("::warning file=dir%2Cwith%3Aodd%25name.txt,line=1,", 0), 0u) << ls[1];
    EXPECT_NE(ls[1].find("::quote differs: \"x\",%0Ay & 100%25"), std::string::npos) << ls[1];
    EXPECT_EQ(ls[2].rfind("::notice ", 0), 0u);
}

TEST(HtmlReport, SelfContainedEscapedAndHighlighted) {
    Result r = sample();
    std::string html = render(Format::html, r, context());
    // Hostile text is shown, never markup.
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_EQ(html.find("<b>Hostile"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
    // Exactly one script and one style element, both inline; no external resources.
    EXPECT_EQ(std::count(html.begin(), html.end(), '<') > 0, true);
    std::regex script("<script[ >]"), ext(R"((src|href)\s*=\s*"(https?:|//))"), link("<link[ >]");
    EXPECT_EQ(std::distance(std::sregex_iterator(html.begin(), html.end(), script), std::sregex_iterator()), 1);
    EXPECT_FALSE(std::regex_search(html, ext));
    EXPECT_FALSE(std::regex_search(html, link));
    EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
    // The finding's span is highlighted, with its severity, and the explanation is on the page.
    EXPECT_NE(html.find("data-findings=\"f0\" title=\"error: Helsinki is not in Moscow\">Helsinki, Moscow</mark>"),
              std::string::npos);
    EXPECT_NE(html.find("id=\"e0-1\""), std::string::npos) << "evidence in the other article is linkable";
    EXPECT_NE(html.find("href=\"#e0-1\""), std::string::npos);
    EXPECT_NE(html.find("Helsinki is in Finland"), std::string::npos);
    EXPECT_NE(html.find("confidence 80%"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("Disputed claims and conflicting facts"), std::string::npos);
    EXPECT_EQ(html, render(Format::html, r, context())) << "same inputs, same bytes";
}

TEST(HtmlReport, OverlappingSpansAreBothMarked) {
    Result r = sample();
    Finding wide = r.findings[0];
    wide.evidence = {ev(r, 0, find(r.corpus.sources[0], "Putin in Helsinki"), "primary")};
    r.findings.push_back(wide);
    std::string html = render(Format::html, r, context());
    EXPECT_NE(html.find("data-findings=\"f0 f3\""), std::string::npos) << "the shared piece names both findings";
}

TEST(ClaimReviewReport, ClaimsRatedByTheirFindings) {
    Result r = sample();
    auto j = claimreview_report(r, context());
    EXPECT_EQ(j["@context"], "https://schema.org");
    ASSERT_EQ(j["@graph"].size(), 1u);
    const auto& review = j["@graph"][0];
    EXPECT_EQ(review["@type"], "ClaimReview");
    EXPECT_EQ(review["claimReviewed"], "The minister said \"><img src=x onerror=alert(2)> was fine.");
    EXPECT_EQ(review["itemReviewed"]["author"]["name"], "The minister");
    EXPECT_EQ(review["reviewRating"]["ratingValue"], 2);  // the warning touches it
    EXPECT_NE(review["reviewBody"].get<std::string>().find("quote differs"), std::string::npos);
    r.findings.clear();
    EXPECT_EQ(claimreview_report(r, context())["@graph"][0]["reviewRating"]["ratingValue"], 3);
}

TEST(Baseline, RoundTripAcceptsKnownFindings) {
    Result r = sample();
    fs::path file = temp_file("baseline.json", baseline_json(r).dump(2));
    Baseline b = read_baseline(file);
    EXPECT_EQ(b.fingerprints.size(), 3u);
    std::vector<Finding> later = r.findings;
    Finding fresh = later[0];
    fresh.fingerprint = "ffffffffffffffff";
    later.push_back(fresh);
    EXPECT_EQ(apply_baseline(b, later), 3u);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].fingerprint, "ffffffffffffffff");
    EXPECT_THROW(read_baseline(temp_file("nob.json", "{\"x\": 1}")), BaselineError);
}

TEST(Gate, ThresholdsDecideTheExitStatus) {
    Result r = sample();
    auto rules = rule_catalog();
    EXPECT_TRUE(gate(r.findings, rules, Thresholds{}).exceeded);  // one error, fail on error
    std::vector<Finding> mild(r.findings.begin() + 1, r.findings.end());
    EXPECT_FALSE(gate(mild, rules, Thresholds{}).exceeded);
    EXPECT_TRUE(gate(mild, rules, Thresholds{Severity::warning, {}, {}}).exceeded);
    EXPECT_TRUE(gate(mild, rules, Thresholds{Severity::error, 1, {}}).exceeded);
    EXPECT_FALSE(gate(mild, rules, Thresholds{Severity::error, 2, {}}).exceeded);
    Thresholds t;
    t.max_contradictions = 0;
    EXPECT_TRUE(gate(mild, rules, t).exceeded);  // quote.wording-drift is a contradiction
    auto g = gate(r.findings, rules, Thresholds{Severity::error, 1, {}});
    EXPECT_EQ(g.reasons.size(), 2u);
}

TEST(Config, LoadsValidatesAndSelectsRules) {
    std::set<std::string> known{"a.one", "b.two", "c.three"};
    fs::path file = temp_file("cfg.json", R"({
        // comments are allowed
        "rules": {"enable": ["a.one", "b.two"], "disable": ["b.two"], "severity": {"a.one": "info"}},
        "fail_on": "warning", "max_findings": 3, "max_contradictions": 0,
        "suppress": [{"files": "wire/**/*.txt", "rules": ["*"]}]})");
    Config c = load_config(file, known);
    EXPECT_EQ(c.fail_on, Severity::warning);
    EXPECT_EQ(c.max_findings, 3u);
    EXPECT_EQ(c.max_contradictions, 0u);
    CheckOptions o;
    apply_config(c, known, o);
    EXPECT_EQ(o.disabled, (std::set<std::string>{"b.two", "c.three"}));
    EXPECT_EQ(o.severity.at("a.one"), Severity::info);
    EXPECT_THROW(load_config(temp_file("bad1.json", R"({"rules": {"disable": ["no.such-rule"]}})"), known), ConfigError);
    EXPECT_THROW(load_config(temp_file("bad2.json", R"({"fail_on": "fatal"})"), known), ConfigError);
    EXPECT_THROW(load_config(temp_file("bad3.json", R"({"colour": true})"), known), ConfigError);
    EXPECT_THROW(load_config(temp_file("bad4.json", "{"), known), ConfigError);
}

TEST(Config, FoundUpwardFromTheInput) {
    fs::path root = fs::temp_directory_path() / ("crosscheck-test-config-up-" + std::to_string(getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "a" / "b");
    std::ofstream(root / ".crosscheck.json") << "{}";
    auto found = find_config(root / "a" / "b");
    ASSERT_TRUE(found);
    EXPECT_EQ(fs::canonical(*found), fs::canonical(root / ".crosscheck.json"));
}

TEST(Config, GlobMatching) {
    EXPECT_TRUE(glob_match("*.txt", "a.txt"));
    EXPECT_FALSE(glob_match("*.txt", "dir/a.txt"));
    EXPECT_TRUE(glob_match("dir/*.txt", "dir/a.txt"));
    EXPECT_TRUE(glob_match("**/*.txt", "a.txt"));
    EXPECT_TRUE(glob_match("**/*.txt", "x/y/a.txt"));
    EXPECT_TRUE(glob_match("wire/**/*.txt", "wire/2024/a.txt"));
    EXPECT_TRUE(glob_match("wire/**/*.txt", "wire/a.txt"));
    EXPECT_FALSE(glob_match("wire/**/*.txt", "local/a.txt"));
}

TEST(Config, SuppressionByGlobAndInlineComment) {
    Result r = sample();
    Config c;
    c.suppress.push_back({"zurich.*", {"location.parent-mismatch"}});
    std::vector<Finding> f = r.findings;
    EXPECT_EQ(apply_suppressions(r.corpus, c, f), 1u);
    EXPECT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].rule, "quote.wording-drift");

    // Inline: a disable/enable pair around the span, for this rule only.
    Corpus corpus = r.corpus;
    corpus.sources[1].suppressions.push_back({"quote.wording-drift", {0, 80}});
    f = r.findings;
    EXPECT_EQ(apply_suppressions(corpus, Config{}, f), 1u);
    for (const auto& x : f) EXPECT_NE(x.rule, "quote.wording-drift");
    corpus.sources[1].suppressions = {{"*", {0, 5}}};  // covers only the script finding's span start
    f = r.findings;
    EXPECT_EQ(apply_suppressions(corpus, Config{}, f), 1u);
}

TEST(Formats, NamesAndFiles) {
    Format f;
    ASSERT_TRUE(parse_format("sarif", f));
    EXPECT_EQ(f, Format::sarif);
    EXPECT_STREQ(file_name(f), "report.sarif");
    EXPECT_FALSE(parse_format("xml", f));
    auto rules = rule_catalog();
    ASSERT_FALSE(rules.empty());
    for (const auto& rule : rules) EXPECT_FALSE(rule.description.empty()) << rule.id << " has no docs/rules.md section";
}
