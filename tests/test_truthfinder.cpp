// TruthFinder on small graphs whose fixed points are worked out by hand below.
//
// Notation: t = trust of a source, tau = -ln(1 - t), s = confidence of a value.
// With one value per source, t(w) = s(f) of the one value f it asserts, and
//   s(f) = 1 / (1 + exp(-gamma * sigma*(f))),  sigma(f) = sum of tau over f's sources.
// Since exp(-gamma * k * tau) = exp(gamma * k * ln(1 - t)) = (1 - t)^(gamma k), a value asserted by k sources that
// all have trust x has s = 1 / (1 + (1 - x)^(gamma k)).
#include <cmath>

#include <gtest/gtest.h>

#include "scoring/truth.hpp"

using namespace crosscheck;

namespace {

// x = 1 / (1 + (1 - x)^p) for the fixed points below, checked by substitution in the tests.
double rhs(double x, double p) { return 1 / (1 + std::pow(1 - x, p)); }

}  // namespace

TEST(TruthFinder, MajorityValueAndItsSourcesWin) {
    // Sources 0 and 1 say the ceasefire began on 2016-02-27, source 2 says 2016-02-26; gamma = 0.3, no implication.
    // Majority: x = 1 / (1 + (1 - x)^0.6). By hand: x = 0.65 -> 0.35^0.6 = e^(0.6 ln 0.35) = e^-0.6299 = 0.5327,
    //   rhs 0.6525; x = 0.655 -> 0.345^0.6 = e^-0.6385 = 0.5281, rhs 0.6544; settles at x = 0.6540.
    // Minority: y = 1 / (1 + (1 - y)^0.3). y = 0.57 -> 0.43^0.3 = e^-0.2532 = 0.7763, rhs 0.5630; y = 0.563 ->
    //   0.437^0.3 = e^-0.2483 = 0.7801, rhs 0.5618; settles at y = 0.5615.
    std::vector<TruthClaim> claims{{0, "ceasefire start", "2016-02-27"},
                                   {1, "ceasefire start", "2016-02-27"},
                                   {2, "ceasefire start", "2016-02-26"}};
    auto r = truth_finder(claims, 3);
    ASSERT_TRUE(r.converged);
    EXPECT_NEAR(r.trust[0], 0.6540, 1e-3);
    EXPECT_NEAR(r.trust[1], 0.6540, 1e-3);
    EXPECT_NEAR(r.trust[2], 0.5615, 1e-3);
    EXPECT_NEAR(r.confidence("ceasefire start", "2016-02-27"), 0.6540, 1e-3);
    EXPECT_NEAR(r.confidence("ceasefire start", "2016-02-26"), 0.5615, 1e-3);
    EXPECT_NEAR(rhs(r.trust[0], 0.6), r.trust[0], 1e-6);  // the fixed point equation holds
    EXPECT_NEAR(rhs(r.trust[2], 0.3), r.trust[2], 1e-6);
    EXPECT_EQ(r.confidence("ceasefire start", "2016-02-28"), -1);
}

TEST(TruthFinder, SimilarValuesSupportEachOther) {
    // Source 0 says "about 300", source 1 says "300"; imp = +0.5 both ways, rho = 1, gamma = 0.3.
    // sigma*(f) = tau + 1 * 0.5 * tau = 1.5 tau, so z = 1 / (1 + (1 - z)^0.45). By hand: z = 0.6 ->
    //   0.4^0.45 = e^(0.45 ln 0.4) = e^-0.4123 = 0.6621, rhs 0.6016; z = 0.602 -> 0.398^0.45 = e^-0.4146 = 0.6606,
    //   rhs 0.6022: z = 0.6023. Without implication each would be a lone value: 0.5615 as above.
    TruthOptions o;
    o.rho = 1;
    o.implication = [](std::string_view, std::string_view, std::string_view) { return 0.5; };
    auto r = truth_finder({{0, "troops", "about 300"}, {1, "troops", "300"}}, 2, o);
    ASSERT_TRUE(r.converged);
    EXPECT_NEAR(r.trust[0], 0.6023, 1e-3);
    EXPECT_NEAR(r.trust[1], 0.6023, 1e-3);
    EXPECT_NEAR(rhs(r.trust[0], 0.45), r.trust[0], 1e-6);
}

TEST(TruthFinder, ConflictingValuesPullEachOtherDown) {
    // As in the first test, but the two dates refute each other: imp = -0.5 both ways, rho = 0.5, gamma = 0.3.
    // With x the majority's trust and y the minority's, tau = -ln(1 - t):
    //   s(a) = logistic(0.3 * (2 tau(x) - 0.25 tau(y))),  s(b) = logistic(0.3 * (tau(y) - 0.5 tau(x))).
    // The fixed point x = 0.6337, y = 0.5169: tau(x) = -ln 0.3663 = 1.0043, tau(y) = -ln 0.4831 = 0.7275;
    //   s(a) = logistic(0.3 * (2.0086 - 0.1819)) = logistic(0.5480) = 0.6337;
    //   s(b) = logistic(0.3 * (0.7275 - 0.5022)) = logistic(0.0676) = 0.5169.
    TruthOptions o;
    o.implication = [](std::string_view, std::string_view from, std::string_view to) { return from == to ? 1 : -0.5; };
    std::vector<TruthClaim> claims{{0, "ceasefire start", "2016-02-27"},
                                   {1, "ceasefire start", "2016-02-27"},
                                   {2, "ceasefire start", "2016-02-26"}};
    auto r = truth_finder(claims, 3, o);
    ASSERT_TRUE(r.converged);
    EXPECT_NEAR(r.trust[0], 0.6337, 1e-3);
    EXPECT_NEAR(r.trust[2], 0.5169, 1e-3);
}

TEST(TruthFinder, TrustAveragesOverASourcesValues) {
    // Source 0 asserts two values: one alone (object p), one together with source 1 (object q). gamma = 0.3.
    // Source 1's only value is q, so t1 = s(q); t0 = (s(p) + s(q)) / 2 with
    //   s(p) = 1 / (1 + (1 - t0)^0.3),  s(q) = 1 / (1 + ((1 - t0)(1 - t1))^0.3).
    // The fixed point t0 = 0.6063, t1 = 0.6431: (1 - t0)^0.3 = 0.3937^0.3 = e^(0.3 ln 0.3937) = e^-0.2797 = 0.7561,
    //   s(p) = 1 / 1.7561 = 0.5694; (1 - t0)(1 - t1) = 0.3937 * 0.3569 = 0.1405, 0.1405^0.3 = e^-0.5887 = 0.5551,
    //   s(q) = 1 / 1.5551 = 0.6431 = t1; (0.5694 + 0.6431) / 2 = 0.6063 = t0.
    auto r = truth_finder({{0, "p", "a"}, {0, "q", "b"}, {1, "q", "b"}}, 2);
    ASSERT_TRUE(r.converged);
    double t0 = r.trust[0], t1 = r.trust[1];
    double sp = rhs(t0, 0.3), sq = 1 / (1 + std::pow((1 - t0) * (1 - t1), 0.3));
    EXPECT_NEAR(t0, 0.6063, 1e-3);
    EXPECT_NEAR(t1, 0.6431, 1e-3);
    EXPECT_NEAR(t1, sq, 1e-6);
    EXPECT_NEAR(t0, (sp + sq) / 2, 1e-6);
    EXPECT_GT(t1, t0);  // source 1 asserts only the corroborated value
}

TEST(TruthFinder, SourcesWithoutClaimsKeepInitialTrust) {
    auto r = truth_finder({{1, "o", "v"}}, 3);
    EXPECT_EQ(r.trust[0], TruthOptions{}.initial_trust);
    EXPECT_EQ(r.trust[2], TruthOptions{}.initial_trust);
    EXPECT_NEAR(r.trust[1], rhs(r.trust[1], 0.3), 1e-6);
    EXPECT_THROW(truth_finder({{5, "o", "v"}}, 3), std::out_of_range);
}

TEST(TruthFinder, SimilarValuesImplyFromTextSimilarity) {
    auto imp = similar_values_imply();
    EXPECT_NEAR(imp("o", "May 25", "May 25th"), 0.5, 1e-9);  // one value written two ways: similarity 1
    EXPECT_GT(imp("o", "joint air strikes", "joint airstrikes"), 0);
    EXPECT_NEAR(imp("o", "Moscow", "Helsinki"), -0.5, 1e-9);
}
