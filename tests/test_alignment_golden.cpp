// Alignment gives exactly what it gave before it was made faster: pairs, their order and the bits of every
// similarity (the rules order and deduplicate by them), text_similarity, normalized_words and diff_words, on the
// five seed articles' sentences and on a generated set of near-duplicate sentences (small blocking caps, so the
// over-full path runs too). tests/golden/alignment.txt was written by the implementation before the rewrite
// (CROSSCHECK_WRITE_GOLDEN=path writes it anew).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "scoring/alignment.hpp"

using namespace crosscheck;

namespace {

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The seeds' sentences (cut at ". ", "! ", "? " and line ends), one source per seed.
std::vector<TextItem> seed_sentences() {
    std::vector<TextItem> out;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(CROSSCHECK_FIXTURES_DIR) + "/seeds"))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (std::size_t s = 0; s < files.size(); ++s) {
        std::string text = read(files[s]);
        std::size_t begin = 0;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            bool end = i == text.size() || text[i] == '\n' ||
                       ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 1 < text.size() && text[i + 1] == ' ');
            if (!end) continue;
            if (i > begin + 1) out.push_back({s, {begin, i}, text.substr(begin, i - begin)});
            begin = i + 1;
        }
    }
    return out;
}

// Near-duplicate sentences from a small vocabulary with the tokeniser's cases (abbreviations, possessives,
// numbers with commas and decimals, ordinals, number words, month names, curly quotes, accents, Cyrillic).
std::vector<TextItem> generated() {
    static const char* words[] = {
        "the", "minister", "said", "U.S.", "troops", "Assad\xE2\x80\x99s", "regime", "1,000", "3.5", "27th", "five",
        "February", "Feb.", "air", "strikes", "airstrikes", "ceasefire", "talks", "in", "Geneva", "would", "resume",
        "on", "Tuesday", "\xC3\x89ric", "\xD0\xA8\xD0\xBE\xD0\xB9\xD0\xB3\xD1\x83", "\xE2\x80\x9Cwe", "are",
        "ready\xE2\x80\x9D", "cities", "policies", "bus", "analysis", "class", "company's", "oil", "prices", "rose",
        "fell", "Syria.The", "end", "(COH),", "co-operation", "north-east", "army", "rebels", "killed", "twenty",
        "hundred", "percent", "dlrs", "mln", "shares", "bank", "rates", "Sept.", "2nd", "a", "of", "and"};
    constexpr std::size_t kWords = sizeof(words) / sizeof(words[0]);
    std::uint64_t state = 42;
    auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>(state >> 33);
    };
    std::vector<TextItem> out;
    for (std::size_t base = 0; base < 150; ++base) {
        std::vector<std::size_t> sentence;
        std::size_t len = 4 + next() % 14;
        for (std::size_t k = 0; k < len; ++k) sentence.push_back(next() % kWords);
        std::size_t copies = 1 + next() % 4;
        for (std::size_t c = 0; c < copies; ++c) {
            auto s = sentence;
            for (std::size_t e = next() % 3; e-- > 0;) s[next() % s.size()] = next() % kWords;
            std::string text;
            for (auto w : s) text += (text.empty() ? "" : " ") + std::string(words[w]);
            out.push_back({next() % 6, {}, text});
        }
    }
    return out;
}

std::string dump() {
    std::string out;
    auto seeds = seed_sentences();
    auto gen = generated();
    auto pairs = [&](const char* name, const std::vector<TextItem>& items, const AlignOptions& o) {
        auto ps = align(items, o);
        out += fmt::format("align {} threshold {} within {} cap {} window {}: {} pairs\n", name, o.threshold,
                           o.within_source, o.block_cap, o.window, ps.size());
        for (const auto& p : ps) out += fmt::format("  {} {} {:a}\n", p.a, p.b, p.similarity);
    };
    for (double t : {0.3, 0.45, 0.8})
        for (bool within : {false, true}) {
            AlignOptions o;
            o.threshold = t;
            o.within_source = within;
            pairs("seeds", seeds, o);
            pairs("generated", gen, o);
            o.block_cap = 3;
            o.window = 2;
            pairs("generated", gen, o);
        }
    for (std::size_t i = 0; i + 1 < gen.size(); i += 7)
        out += fmt::format("similarity {} {} {:a}\n", i, i + 1, text_similarity(gen[i].text, gen[i + 1].text));
    for (std::size_t i = 0; i + 3 < seeds.size(); i += 5)
        out += fmt::format("similarity seeds {} {} {:a}\n", i, i + 3, text_similarity(seeds[i].text, seeds[i + 3].text));
    for (std::size_t i = 0; i < gen.size(); i += 3) {
        out += "words";
        for (const auto& w : normalized_words(gen[i].text)) out += " " + w;
        out += "\n";
    }
    for (std::size_t i = 0; i + 1 < gen.size(); i += 11) {
        out += "diff";
        for (const auto& d : diff_words(gen[i].text, gen[i + 1].text)) {
            out += fmt::format(" {}[", static_cast<int>(d.op));
            for (const auto& w : d.words) out += w + "|";
            out += "]";
        }
        out += "\n";
    }
    return out;
}

}  // namespace

TEST(AlignmentGolden, SameAsBeforeTheRewrite) {
    std::string got = dump();
    if (const char* path = std::getenv("CROSSCHECK_WRITE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << got;
        GTEST_SKIP() << "golden written to " << path;
    }
    std::string want = read(std::string(CROSSCHECK_SOURCE_DIR) + "/tests/golden/alignment.txt");
    ASSERT_FALSE(want.empty());
    EXPECT_GT(got.size(), 10000u);  // the corpus does pair up: not a vacuous comparison
    // Line by line, so a failure shows the first line that differs.
    std::istringstream g(got), w(want);
    std::string gl, wl;
    for (int line = 1; std::getline(w, wl); ++line) {
        ASSERT_TRUE(static_cast<bool>(std::getline(g, gl))) << "output ends before line " << line;
        ASSERT_EQ(gl, wl) << "line " << line;
    }
    EXPECT_FALSE(static_cast<bool>(std::getline(g, gl))) << "output has more lines than the golden file";
}

// TextVectors sums the same terms as text_similarity in another order: equal to within rounding, on every pair of
// a set of near-duplicates and unrelated texts.
TEST(TextVectors, SimilarityIsTextSimilarityUpToRounding) {
    auto texts = generated();
    auto seeds = seed_sentences();
    texts.insert(texts.end(), seeds.begin(), seeds.end());
    texts.resize(std::min<std::size_t>(texts.size(), 160));
    texts.push_back({0, {}, ""});
    TextVectors vectors;
    std::vector<std::size_t> index;
    for (const auto& t : texts) index.push_back(vectors.add(t.text));
    std::size_t related = 0;
    for (std::size_t a = 0; a < texts.size(); ++a)
        for (std::size_t b = 0; b < texts.size(); ++b) {
            double want = text_similarity(texts[a].text, texts[b].text);
            EXPECT_NEAR(vectors.similarity(index[a], index[b]), want, 1e-12) << a << " " << b;
            related += want > 0.5;
        }
    EXPECT_GT(related, texts.size());  // more than the pairs of a text with itself
}
