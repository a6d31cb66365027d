// Article and corpus scores: values on small cases worked by hand, monotonicity on many random finding sets, and
// trust from truth discovery over conflicting findings.
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "scoring/score.hpp"

using namespace crosscheck;

namespace {

Corpus corpus_of(std::size_t n) {
    Corpus c;
    for (std::size_t i = 0; i < n; ++i) {
        Source s;
        s.id = "s" + std::to_string(i);
        c.sources.push_back(std::move(s));
    }
    c.extractions.resize(n);
    return c;
}

Finding finding(Severity sev, double confidence, std::vector<std::pair<std::size_t, std::string>> evidence) {
    Finding f;
    f.rule = "test.rule";
    f.severity = sev;
    f.confidence = confidence;
    for (auto& [source, text] : evidence) f.evidence.push_back({source, {}, text, f.evidence.empty() ? "primary" : "conflicts-with"});
    return f;
}

Finding random_finding(std::mt19937& rng, std::size_t sources) {
    static const char* texts[] = {"Helsinki, Moscow", "Sergei Shoigu", "Sergei Shoygu", "May 25", "May 26",
                                  "\xE2\x80\x9Cno agreement\xE2\x80\x9D", "no agreement"};
    Severity sev = static_cast<Severity>(rng() % 3);
    double confidence = std::uniform_real_distribution<double>(0, 1)(rng);
    std::vector<std::pair<std::size_t, std::string>> ev;
    for (std::size_t k = 0, m = 1 + rng() % 4; k < m; ++k) ev.emplace_back(rng() % sources, texts[rng() % 7]);
    return finding(sev, confidence, ev);
}

}  // namespace

TEST(Score, CleanCorpusScoresFullMarks) {
    auto s = score(corpus_of(3), {});
    ASSERT_EQ(s.sources.size(), 3u);
    for (const auto& src : s.sources) {
        EXPECT_EQ(src.score, 100);
        EXPECT_EQ(src.trust, 1);
    }
    EXPECT_EQ(s.corpus, 100);
    EXPECT_EQ(score(corpus_of(0), {}).corpus, 100);
}

TEST(Score, SingleSourceFindingsByHand) {
    // Source 0: one error (confidence 1) and one warning (confidence 0.5): penalty 0.20 + 0.08 * 0.5 = 0.24,
    // score 100 e^-0.24 = 78.66. Source 1: clean, 100. Corpus: (78.66 + 100) / 2 = 89.33.
    auto s = score(corpus_of(2), {finding(Severity::error, 1, {{0, "Helsinki, Moscow"}}),
                                  finding(Severity::warning, 0.5, {{0, "Shoygu"}})});
    EXPECT_NEAR(s.sources[0].score, 100 * std::exp(-0.24), 1e-9);
    EXPECT_NEAR(s.sources[0].score, 78.66, 0.01);
    EXPECT_EQ(s.sources[1].score, 100);
    EXPECT_NEAR(s.corpus, 89.33, 0.01);
    EXPECT_EQ(s.sources[0].errors, 1u);
    EXPECT_EQ(s.sources[0].warnings, 1u);
    EXPECT_EQ(s.sources[0].infos, 0u);
}

TEST(Score, ConflictBlameFollowsTheMajority) {
    // One error across three sources: 0 and 1 write "May 25", 2 writes "May 26". Blame 1/3 for 0 and 1, 2/3 for 2:
    // scores 100 e^(-0.2/3) = 93.55 and 100 e^(-0.4/3) = 87.52.
    auto s = score(corpus_of(3), {finding(Severity::error, 1, {{2, "May 26"}, {0, "May 25"}, {1, "May 25"}})});
    EXPECT_NEAR(s.sources[0].score, 93.55, 0.01);
    EXPECT_NEAR(s.sources[1].score, 93.55, 0.01);
    EXPECT_NEAR(s.sources[2].score, 87.52, 0.01);
    // Trust: the majority side gets the most (rescaled to 1), the lone source less.
    EXPECT_EQ(s.sources[0].trust, 1);
    EXPECT_EQ(s.sources[1].trust, 1);
    EXPECT_LT(s.sources[2].trust, 0.95);
    EXPECT_GT(s.sources[2].trust, 0);
}

TEST(Score, QuoteMarksAndCaseDoNotMakeSides) {
    // Two sources quoting the same words with other marks share the finding fully: blame 1 each.
    auto s = score(corpus_of(2), {finding(Severity::warning, 1, {{0, "\xE2\x80\x9CNo agreement\xE2\x80\x9D"},
                                                                 {1, "\"no agreement\""}})});
    EXPECT_NEAR(s.sources[0].score, 100 * std::exp(-0.08), 1e-9);
    EXPECT_NEAR(s.sources[1].score, 100 * std::exp(-0.08), 1e-9);
    EXPECT_EQ(s.sources[0].trust, 1);  // no conflict: nothing to weigh
    EXPECT_TRUE(conflict_claims({finding(Severity::warning, 1, {{0, "\xE2\x80\x9CNo agreement\xE2\x80\x9D"},
                                                               {1, "\"no agreement\""}})}).empty());
}

TEST(Score, MonotoneUnderAddingAndRemovingFindings) {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 2000; ++trial) {
        std::size_t n = 1 + rng() % 6;
        Corpus corpus = corpus_of(n);
        std::vector<Finding> findings;
        for (std::size_t k = 0, m = rng() % 25; k < m; ++k) findings.push_back(random_finding(rng, n));
        Scores before = score(corpus, findings);

        auto more = findings;
        more.insert(more.begin() + static_cast<std::ptrdiff_t>(rng() % (more.size() + 1)), random_finding(rng, n));
        Scores added = score(corpus, more);
        for (std::size_t i = 0; i < n; ++i) {
            ASSERT_LE(added.sources[i].score, before.sources[i].score + 1e-9) << "trial " << trial;
            ASSERT_GE(added.sources[i].score, 0);
        }
        ASSERT_LE(added.corpus, before.corpus + 1e-9) << "trial " << trial;

        if (findings.empty()) continue;
        auto fewer = findings;
        fewer.erase(fewer.begin() + static_cast<std::ptrdiff_t>(rng() % fewer.size()));
        Scores removed = score(corpus, fewer);
        for (std::size_t i = 0; i < n; ++i) {
            ASSERT_GE(removed.sources[i].score, before.sources[i].score - 1e-9) << "trial " << trial;
            ASSERT_LE(removed.sources[i].score, 100);
        }
        ASSERT_GE(removed.corpus, before.corpus - 1e-9) << "trial " << trial;
    }
}

TEST(Score, TrustStaysInRange) {
    std::mt19937 rng(11);
    for (int trial = 0; trial < 300; ++trial) {
        std::size_t n = 2 + rng() % 5;
        std::vector<Finding> findings;
        for (std::size_t k = 0, m = rng() % 20; k < m; ++k) findings.push_back(random_finding(rng, n));
        for (const auto& src : score(corpus_of(n), findings).sources) {
            ASSERT_GT(src.trust, 0);
            ASSERT_LE(src.trust, 1);
        }
    }
}

TEST(Score, StancesMakeTheSidesOfADisputedClaim) {
    // Sources 0 and 1 assert a claim, source 2 denies it; the texts all differ, the stances make two sides:
    // blame 1/3 for 0 and 1, 2/3 for 2 (warning: 100 e^(-0.08/3) = 97.37, 100 e^(-0.16/3) = 94.81).
    auto f = finding(Severity::warning, 1, {{0, "Russia proposed joint strikes"}});
    f.evidence.push_back({0, {}, "Russia proposed joint strikes", "asserted-by"});
    f.evidence.push_back({1, {}, "Moscow offered to coordinate strikes", "asserted-by"});
    f.evidence.push_back({2, {}, "There is no agreement", "denied-by"});
    auto s = score(corpus_of(3), {f});
    EXPECT_NEAR(s.sources[0].score, 97.37, 0.01);
    EXPECT_NEAR(s.sources[1].score, 97.37, 0.01);
    EXPECT_NEAR(s.sources[2].score, 94.81, 0.01);
    EXPECT_LT(s.sources[2].trust, s.sources[0].trust);
}
