// The HTML report in a real browser (headless Chromium, Debian package `chromium`): findings highlighted at the
// right text after the script ran, filters from the URL hash, and a hostile article's markup inert.
// Skipped, saying so, when chromium is not installed (scripts/setup.sh installs it with CROSSCHECK_WITH_BROWSER=1).
#include <gtest/gtest.h>

#include "tests/test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

std::string seed_articles() { return crosscheck::test_support::seed_args(); }

std::string capture(const std::string& cmd, int* status = nullptr) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[8192];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int st = pclose(p);
    if (status) *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return out;
}

std::string chromium() {
    for (const char* c : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
        if (fs::exists(c)) return c;
    return {};
}

fs::path fresh_dir(const std::string& name) {
    // The process id keeps parallel runs (ctest -j, other build trees) apart.
    fs::path d = fs::temp_directory_path() / ("crosscheck-test-browser-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

// Runs headless Chromium on a local file with no network and a throw-away profile; `mode` is --dump-dom or
// --screenshot=FILE.
std::string browse(const std::string& url, const std::string& mode) {
    fs::path profile = fresh_dir("profile");
    std::string cmd = "timeout 120 " + chromium() +
                      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                      " --disable-background-networking --disable-component-update --disable-sync"
                      " --window-size=1280,2000 --user-data-dir=" +
                      profile.string() + " " + mode + " '" + url + "' 2>/dev/null";
    return capture(cmd);
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Text as Chromium serialises a text node.
std::string dom_text(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') out += "&nbsp;", ++i;
        else out += c;
    }
    return out;
}

struct Tag {
    std::string severity;
    bool hidden;
};

// Every element standing for a finding (findings list and disputes), with its severity and whether it is hidden.
std::vector<Tag> finding_tags(const std::string& dom) {
    std::vector<Tag> out;
    std::regex tag(R"re(<(li|details) class="[^"]*\bfinding\b[^"]*"[^>]*>)re");
    std::regex sev(R"re(data-severity="(\w+)")re");
    for (auto it = std::sregex_iterator(dom.begin(), dom.end(), tag); it != std::sregex_iterator(); ++it) {
        std::string t = it->str();
        std::smatch m;
        if (!std::regex_search(t, m, sev)) continue;
        out.push_back({m[1], t.find(" hidden") != std::string::npos});
    }
    return out;
}

class Browser : public ::testing::Test {
protected:
    void SetUp() override {
        if (chromium().empty()) GTEST_SKIP() << "chromium is not installed (apt-get install chromium, or run "
                                                "scripts/setup.sh with CROSSCHECK_WITH_BROWSER=1): browser test skipped";
    }
};

}  // namespace

TEST_F(Browser, SeedFindingsHighlightedAtTheirText) {
    fs::path d = fresh_dir("seeds");
    capture(std::string(CROSSCHECK_BINARY) + " check " + seed_articles() +
            " --no-config --format html --format json --output " + d.string());
    ASSERT_TRUE(fs::exists(d / "report.html"));
    auto report = nlohmann::json::parse(slurp(d / "report.json"));
    std::string dom = browse("file://" + (d / "report.html").string(), "--dump-dom");
    ASSERT_NE(dom.find("<mark"), std::string::npos) << "no highlight in the rendered page";
    EXPECT_NE(dom.find("findings shown"), std::string::npos) << "the script did not run";
    // Every primary span that no other evidence overlaps is one highlight holding exactly its text.
    std::size_t checked = 0;
    const auto& findings = report["findings"];
    for (const auto& f : findings) {
        const auto& e = f["evidence"][0];
        auto b = e["span"][0].get<std::size_t>(), en = e["span"][1].get<std::size_t>();
        bool alone = true;
        for (const auto& g : findings)
            for (const auto& o : g["evidence"])
                if (&o != &e && o["source"] == e["source"] && o["span"][0].get<std::size_t>() < en &&
                    b < o["span"][1].get<std::size_t>())
                    alone = false;
        if (!alone) continue;
        ++checked;
        EXPECT_NE(dom.find(">" + dom_text(e["text"].get<std::string>()) + "</mark>"), std::string::npos)
            << f["rule"] << ": " << e["text"];
    }
    if (findings.empty()) GTEST_SKIP() << "the seeds gave no findings to look for";
    EXPECT_GT(checked, 0u);
}

TEST_F(Browser, FiltersFromTheUrlHash) {
    fs::path d = fresh_dir("filter");
    capture(std::string(CROSSCHECK_BINARY) + " check " + seed_articles() +
            " --no-config --format html -o " + (d / "report.html").string());
    std::string all = browse("file://" + (d / "report.html").string(), "--dump-dom");
    std::string errors = browse("file://" + (d / "report.html").string() + "#severity=error", "--dump-dom");
    auto before = finding_tags(all), after = finding_tags(errors);
    ASSERT_FALSE(before.empty()) << "the seeds gave no findings to filter";
    ASSERT_EQ(before.size(), after.size());
    std::size_t hidden = 0;
    for (const auto& t : before) EXPECT_FALSE(t.hidden) << "unfiltered page hides a finding";
    for (const auto& t : after) {
        EXPECT_EQ(t.hidden, t.severity != "error") << t.severity;
        hidden += t.hidden;
    }
    EXPECT_NE(errors.find("data-filter=\"severity=error\""), std::string::npos);
    // Highlights whose findings are all filtered out lose their colour.
    if (hidden) EXPECT_NE(errors.find("class=\"hl sev-warning off\""), std::string::npos);
    EXPECT_EQ(all.find(" off\""), std::string::npos);
}

TEST_F(Browser, HostileArticleIsInert) {
    fs::path d = fresh_dir("hostile");
    std::ofstream(d / "hostile.txt")
        << "Officials met in Helsinki, Moscow on Monday.\n\n"
           "<script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script> "
           "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> "
           "<a href=\"javascript:alert(1)\">click</a> </textarea></style></title><svg onload=alert(1)>\n";
    capture(std::string(CROSSCHECK_BINARY) + " check " + (d / "hostile.txt").string() +
            " --no-config --format html -o " + (d / "report.html").string());
    ASSERT_TRUE(fs::exists(d / "report.html"));
    std::string dom = browse("file://" + (d / "report.html").string(), "--dump-dom");
    ASSERT_NE(dom.find("findings shown"), std::string::npos) << "page did not render or its script did not run";
    EXPECT_EQ(dom.find("data-pwned=\""), std::string::npos) << "an injected script ran";
    EXPECT_EQ(dom.find("<img"), std::string::npos);
    EXPECT_EQ(dom.find("<svg"), std::string::npos);
    EXPECT_EQ(dom.find("<a href=\"javascript:"), std::string::npos);
    EXPECT_EQ(dom.find("<title>pwned"), std::string::npos);
    EXPECT_NE(dom.find("&lt;script&gt;document.title="), std::string::npos) << "the text itself must be shown";
    EXPECT_NE(dom.find("&lt;img src=x onerror="), std::string::npos);
}

TEST_F(Browser, Screenshot) {
    fs::path d = fresh_dir("shot");
    capture(std::string(CROSSCHECK_BINARY) + " check " + seed_articles() +
            " --no-config --format html -o " + (d / "report.html").string());
    browse("file://" + (d / "report.html").string(), "--screenshot=" + (d / "shot.png").string());
    ASSERT_TRUE(fs::exists(d / "shot.png"));
    std::string png = slurp(d / "shot.png");
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_GT(png.size(), 20000u) << "a blank page compresses to a few kilobytes";
}
