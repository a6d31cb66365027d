// Readers: every kind of bad input gives a diagnostic naming the file and never stops the other inputs;
// HTML main text and metadata; JSONL; directories in sorted order; unique ids.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "read/read.hpp"

namespace fs = std::filesystem;
using namespace crosscheck;

namespace {

class ReadTest : public ::testing::Test {
protected:
    fs::path dir;
    void SetUp() override {
        dir = fs::temp_directory_path() /
              ("crosscheck-read-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    std::string write(const std::string& name, const std::string& bytes) {
        fs::path p = dir / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }
};

bool has_diagnostic(const ReadResult& r, Diagnostic::Level level, const std::string& path_part,
                    const std::string& message_part) {
    for (const auto& d : r.diagnostics)
        if (d.level == level && d.path.find(path_part) != std::string::npos &&
            d.message.find(message_part) != std::string::npos)
            return true;
    return false;
}

TEST_F(ReadTest, PlainTextTitleIdAndPublishedOption) {
    auto p = write("story.txt", "\n  Headline here  \nBody line one.\n");
    ReadOptions o;
    o.published = std::chrono::year_month_day{std::chrono::year{2020}, std::chrono::month{3}, std::chrono::day{4}};
    ReadResult r = read_inputs({p}, o);
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.failed_inputs, 0u);
    EXPECT_EQ(r.sources[0].id, "story");
    EXPECT_EQ(r.sources[0].path, p);
    EXPECT_EQ(r.sources[0].title, "Headline here");
    EXPECT_EQ(r.sources[0].published, o.published);
    EXPECT_EQ(r.sources[0].published_origin, DateOrigin::option);
}

TEST_F(ReadTest, TitleSkipsLanguageLinksAndBullets) {
    auto p = write("web.txt", "\xD8\xA7\xD8\xB1\xD8\xAF\xD9\x88\n  \xE2\x80\xA2 Talks stall in Vienna  \nBody.\n");
    auto q = write("short.txt", "Brexit\n\nBody.\n");
    ReadResult r = read_inputs({p, q}, {});
    ASSERT_EQ(r.sources.size(), 2u);
    EXPECT_EQ(r.sources[0].title, "Talks stall in Vienna");
    EXPECT_EQ(r.sources[1].title, "Brexit");  // no line of two words: the first line
}

TEST_F(ReadTest, BomAndCrlfAreNormalised) {
    auto p = write("crlf.txt", "\xEF\xBB\xBFLine one\r\nLine two\rLine three\r\n");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].text, "Line one\nLine two\nLine three\n");
    EXPECT_TRUE(r.diagnostics.empty());
}

TEST_F(ReadTest, MissingFileIsAnErrorAndOthersAreStillRead) {
    auto good = write("good.txt", "Some text.");
    ReadResult r = read_inputs({(dir / "missing.txt").string(), good}, {});
    EXPECT_EQ(r.failed_inputs, 1u);
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "missing.txt", "no such file"));
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].id, "good");
}

TEST_F(ReadTest, EmptyFileIsAWarningWithNoSource) {
    auto p = write("empty.txt", "");
    auto q = write("blank.txt", " \n\r\n\t");
    ReadResult r = read_inputs({p, q}, {});
    EXPECT_TRUE(r.sources.empty());
    EXPECT_EQ(r.failed_inputs, 0u);
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::warning, "empty.txt", "empty"));
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::warning, "blank.txt", "empty"));
}

TEST_F(ReadTest, BinaryFilesAreSkippedWithAnError) {
    auto nul = write("image.txt", std::string("GIF89a\0\0\x01\x02", 10));
    std::string noise;
    for (int i = 0; i < 4000; ++i) noise += static_cast<char>(0x80 + (i * 37) % 0x7F);
    auto junk = write("junk.txt", noise);
    auto good = write("good.txt", "Fine.");
    ReadResult r = read_inputs({nul, junk, good}, {});
    EXPECT_EQ(r.failed_inputs, 2u);
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "image.txt", "binary file"));
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "junk.txt", "binary file"));
    ASSERT_EQ(r.sources.size(), 1u);
}

TEST_F(ReadTest, InvalidUtf8IsReplacedAndReported) {
    // Latin-1 "café" (0xE9), a truncated 3-byte sequence, an overlong '/', and a surrogate.
    auto p = write("latin1.txt", "Caf\xE9 ok \xE2\x82 x \xC0\xAF y \xED\xA0\x80 z \xE2\x82\xAC");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.failed_inputs, 0u);
    // 0xE9 (1) + E2 82 (2, one replacement) + C0 AF (2) + ED A0 80 (3): 8 bad bytes, first at offset 3.
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::warning, "latin1.txt", "invalid UTF-8 at byte 3 (8 bad bytes"));
    EXPECT_EQ(r.sources[0].text,
              "Caf\xEF\xBF\xBD ok \xEF\xBF\xBD x \xEF\xBF\xBD\xEF\xBF\xBD y \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD z \xE2\x82\xAC");
}

TEST_F(ReadTest, Utf16WithBomIsConverted) {
    std::string bytes = "\xFF\xFE";
    for (char c : std::string("Hi there.")) bytes += std::string{c, '\0'};
    auto p = write("utf16.txt", bytes);
    std::string binary = "\xFF\xFE";
    for (int i = 0; i < 50; ++i) binary += std::string("\x00\x00\x01\x00", 4);
    auto q = write("utf16-binary.txt", binary);
    ReadResult r = read_inputs({p, q}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].text, "Hi there.");
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "utf16-binary.txt", "binary file"));
}

TEST_F(ReadTest, HugeFilesAreRefused) {
    ReadOptions o;
    o.max_bytes = 1 << 20;
    auto big = write("big.txt", std::string((1 << 20) + 10, 'a'));
    auto ok = write("ok.txt", std::string(1 << 20, 'b'));
    ReadResult r = read_inputs({big, ok}, o);
    EXPECT_EQ(r.failed_inputs, 1u);
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "big.txt", "file too large"));
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].text.size(), std::size_t{1} << 20);
}

TEST_F(ReadTest, UnknownExtensionNamedExplicitlyIsReported) {
    auto p = write("notes.pdf", "%PDF-1.4");
    ReadResult r = read_inputs({p}, {});
    EXPECT_TRUE(r.sources.empty());
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "notes.pdf", "skipped"));
}

TEST_F(ReadTest, DirectoriesAreReadRecursivelyInSortedOrder) {
    write("d/b.txt", "B text.");
    write("d/a.txt", "A text.");
    write("d/sub/c.html", "<html><body><p>C text.</p></body></html>");
    write("d/sub/ignored.pdf", "%PDF");
    write("d/sub/deeper/a.txt", "Another a.");
    ReadResult r = read_inputs({(dir / "d").string()}, {});
    EXPECT_TRUE(r.diagnostics.empty());  // the .pdf was not named: passed over silently
    ASSERT_EQ(r.sources.size(), 4u);
    EXPECT_EQ(r.sources[0].id, "a");
    EXPECT_EQ(r.sources[1].id, "b");
    EXPECT_EQ(r.sources[2].id, "c");    // d/sub/c.html sorts before d/sub/deeper/a.txt
    EXPECT_EQ(r.sources[3].id, "a-2");  // ids made unique
    EXPECT_EQ(r.sources[3].text, "Another a.");
}

TEST_F(ReadTest, HtmlMainTextAndMetadata) {
    auto p = write("page.html", R"(<!doctype html><html><head>
<title>Site | Headline</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta property="article:published_time" content="2019-05-06T08:00:00Z">
<link rel="canonical" href="https://example.org/talks">
<style>p { color: red }</style>
<script>var leaked = "SCRIPT TEXT MUST NOT APPEAR";</script>
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<article>
<h1>Talks   resume
 in Geneva</h1>
<p>Delegates met on <b>Monday</b> &amp; agreed.</p>
<p>They will meet again.<br>Next week.</p>
<script>document.write("SCRIPT TEXT MUST NOT APPEAR")</script>
<noscript>Enable JavaScript</noscript>
<form><input value="Subscribe"><button>Sign up</button></form>
</article>
<aside>Related: other story</aside>
<footer>Copyright</footer>
</body></html>)");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    const Source& s = r.sources[0];
    EXPECT_EQ(s.text, "Talks resume in Geneva\nDelegates met on Monday & agreed.\nThey will meet again.\nNext week.");
    EXPECT_EQ(s.title, "Talks resume in Geneva");
    EXPECT_EQ(s.url, "https://example.org/talks");
    ASSERT_TRUE(s.published);
    EXPECT_EQ(*s.published, std::chrono::year_month_day(std::chrono::year{2019}, std::chrono::month{5}, std::chrono::day{6}));
    EXPECT_EQ(s.published_origin, DateOrigin::metadata);
    EXPECT_EQ(s.text.find("SCRIPT"), std::string::npos);
    EXPECT_EQ(s.text.find("Subscribe"), std::string::npos);
    EXPECT_EQ(s.text.find("Sign up"), std::string::npos);
    EXPECT_EQ(s.text.find("Copyright"), std::string::npos);
}

TEST_F(ReadTest, HtmlFurnitureMarkedByClassOrRoleIsLeftOut) {
    // Related stories, a newsletter box, share bars and an ARIA landmark inside the article: other stories' counts
    // ("toll rises to 158") would contradict the article's own. Class words are whole words: "shareholders" stays.
    auto p = write("furniture.html", R"(<html><body><article>
<p>At least 95 people died in the floods, officials said.</p>
<div class="related-content"><a href="#">Death toll rises to 158</a></div>
<div id="newsletter_signup"><p>Sign up for our morning briefing.</p></div>
<ul class="c-share-tools"><li>Share on X</li></ul>
<div class="most-read"><p>Most read: 12 killed in storm</p></div>
<div role="complementary"><p>Read more about floods</p></div>
<p class="shareholders-note">Shareholders met on Monday.</p>
</article></body></html>)");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].text, "At least 95 people died in the floods, officials said.\nShareholders met on Monday.");
}

TEST_F(ReadTest, HtmlArticleUnderAFurnitureClassNameIsKept) {
    // A careless class name on the element that holds the article itself does not lose the article.
    auto p = write("careless.html", R"(<html><body><div class="story-body share-tracking">
<p>The council approved the budget on Tuesday after a long debate.</p>
<p>The vote was 31 to 12.</p>
<div class="promo">Subscribe now</div>
</div></body></html>)");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].text, "The council approved the budget on Tuesday after a long debate.\nThe vote was 31 to 12.");
}

TEST_F(ReadTest, HostileScriptPageLeaksNoScript) {
    // Unclosed tags, a script that never ends, script-like text in attributes and comments.
    auto p = write("hostile.html",
                   "<p>Real sentence one.<div onclick=\"alert('x')\">Real two.<script>alert('PWNED')</scr"
                   "ipt><p>Real three.<script>while(1){/* PWNED </p> */}");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].text.find("PWNED"), std::string::npos) << r.sources[0].text;
    EXPECT_EQ(r.sources[0].text.find("alert"), std::string::npos);
    EXPECT_EQ(r.sources[0].text, "Real sentence one.\nReal two.\nReal three.");
}

TEST_F(ReadTest, HtmlTitleAndDateFallbacks) {
    auto ld = write("ld.html", R"(<html><head><title> Plain title </title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
{"@type":"NewsArticle","datePublished":"2021-11-02T10:00:00+01:00"}]}</script></head>
<body><p>Text.</p><time datetime="2020-01-01">old</time></body></html>)");
    auto time = write("time.html", R"(<body><h1>Only H1</h1><p>Text <time datetime="2018-07-24T09:00">Tuesday</time>.</p></body>)");
    ReadResult r = read_inputs({ld, time}, {});
    ASSERT_EQ(r.sources.size(), 2u);
    EXPECT_EQ(r.sources[0].title, "Plain title");
    ASSERT_TRUE(r.sources[0].published);
    EXPECT_EQ(static_cast<int>(r.sources[0].published->year()), 2021);
    EXPECT_EQ(r.sources[1].title, "Only H1");
    ASSERT_TRUE(r.sources[1].published);
    EXPECT_EQ(static_cast<unsigned>(r.sources[1].published->day()), 24u);
}

TEST_F(ReadTest, HtmlSuppressionCommentsBecomeSpans) {
    auto p = write("sup.html",
                   "<body><p>Before.</p><!-- crosscheck-disable text.repeated-word --><p>the the quiet part</p>"
                   "<!-- crosscheck-enable text.repeated-word --><p>After.</p><!-- crosscheck-disable --><p>Tail.</p></body>");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    const Source& s = r.sources[0];
    ASSERT_EQ(s.suppressions.size(), 2u);
    EXPECT_EQ(s.suppressions[0].rule, "text.repeated-word");
    EXPECT_NE(s.slice(s.suppressions[0].span).find("the the quiet part"), std::string::npos);
    EXPECT_EQ(s.slice(s.suppressions[0].span).find("Before"), std::string::npos);
    EXPECT_EQ(s.slice(s.suppressions[0].span).find("After"), std::string::npos);
    EXPECT_EQ(s.suppressions[1].rule, "*");
    EXPECT_EQ(s.slice(s.suppressions[1].span), "Tail.");
}

TEST_F(ReadTest, MalformedHtmlStillYieldsText) {
    auto p = write("broken.html", "<html><body><p>Unclosed <b>bold <i>text</p></div></span>Tail &nbsp; here&#");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_NE(r.sources[0].text.find("Unclosed bold text"), std::string::npos) << r.sources[0].text;
    EXPECT_NE(r.sources[0].text.find("Tail"), std::string::npos);
}

TEST_F(ReadTest, HtmlTooDeepForTheParserIsStripped) {
    std::string html = "<html><body><script>var x = '<p>SCRIPT</p>';</script>";
    for (int i = 0; i < 50000; ++i) html += "<div>";
    html += "<p>Officials met in Brussels &amp; Ghent.</p><p>Second.</p>";
    for (int i = 0; i < 50000; ++i) html += "</div>";
    auto p = write("deep.html", html + "</body></html>");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].text, "Officials met in Brussels & Ghent.\nSecond.");
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::warning, "deep.html", "nested too deep"));
}

TEST_F(ReadTest, JsonlArticlesAndMalformedLines) {
    auto p = write("feed.jsonl",
                   "{\"id\":\"a1\",\"title\":\"First\",\"url\":\"https://x/1\",\"published\":\"2017-02-16\",\"text\":\"One.\\r\\nTwo.\"}\n"
                   "{not json}\n"
                   "\n"
                   "{\"title\":\"No id\",\"text\":\"Three.\"}\n"
                   "{\"id\":\"a1\",\"text\":\"Dup id.\"}\n"
                   "{\"id\":\"x\",\"title\":\"no text\"}\n");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 3u);
    EXPECT_EQ(r.sources[0].id, "a1");
    EXPECT_EQ(r.sources[0].title, "First");
    EXPECT_EQ(r.sources[0].url, "https://x/1");
    EXPECT_EQ(r.sources[0].text, "One.\nTwo.");
    EXPECT_EQ(r.sources[0].published_origin, DateOrigin::metadata);
    EXPECT_EQ(r.sources[1].id, "feed-4");
    EXPECT_EQ(r.sources[2].id, "a1-2");
    // The file's line of each record, for reports that point into the file (SARIF, GitHub annotations).
    EXPECT_EQ(r.sources[0].record_line, 1u);
    EXPECT_EQ(r.sources[1].record_line, 4u);
    EXPECT_EQ(r.sources[2].record_line, 5u);
    EXPECT_EQ(r.failed_inputs, 2u);
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "feed.jsonl:2", "malformed JSON"));
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "feed.jsonl:6", "\"text\""));
}

// Field types and the strictness of a line: a numeric id reads as written; trailing text, a bad escape or an
// array make the line malformed, and the lines around it are still read. Invalid UTF-8 is replaced (with a
// warning) before lines are parsed, so that line is read.
TEST_F(ReadTest, JsonlFieldTypesAndStrictLines) {
    auto p = write("types.jsonl",
                   "{\"id\":123,\"title\":null,\"published\":\"2020-01-02\",\"text\":\"Caf\\u00e9 opens.\"}\n"
                   "{\"id\":\"b\",\"text\":\"Two.\"} trailing\n"
                   "{\"id\":\"c\",\"text\":\"Bad \\q escape.\"}\n"
                   "{\"id\":\"d\",\"text\":\"Bad \xC3\x28 byte.\"}\n"
                   "[\"not\", \"an object\"]\n"
                   "{\"id\":\"e\",\"text\":\"Last.\"}\r\n");
    ReadResult r = read_inputs({p}, {});
    ASSERT_EQ(r.sources.size(), 3u);
    EXPECT_EQ(r.sources[0].id, "123");
    EXPECT_EQ(r.sources[0].text, "Caf\xC3\xA9 opens.");
    EXPECT_EQ(r.sources[0].title, "Caf\xC3\xA9 opens.");  // no title: the first line
    EXPECT_EQ(r.sources[1].id, "d");
    EXPECT_EQ(r.sources[1].text, "Bad \xEF\xBF\xBD( byte.");
    EXPECT_EQ(r.sources[2].id, "e");
    EXPECT_EQ(r.sources[2].record_line, 6u);
    EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::warning, "types.jsonl", "UTF-8"));
    for (int line : {2, 3, 5})
        EXPECT_TRUE(has_diagnostic(r, Diagnostic::Level::error, "types.jsonl:" + std::to_string(line), "malformed JSON"))
            << line;
}

TEST_F(ReadTest, DirectoryErrorsAreReported) {
    ReadResult r = read_inputs({(dir / "nope").string(), "/dev/null"}, {});
    EXPECT_EQ(r.failed_inputs, 2u);
    EXPECT_TRUE(r.sources.empty());
}

}  // namespace
