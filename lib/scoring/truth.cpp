#include "scoring/truth.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <utility>

#include <Eigen/Dense>
#include <Eigen/SparseCore>

#include "scoring/alignment.hpp"

namespace crosscheck {

std::function<double(std::string_view, std::string_view, std::string_view)> similar_values_imply(double base) {
    return [base](std::string_view, std::string_view from, std::string_view to) {
        return std::clamp(text_similarity(from, to) - base, -1.0, 1.0);
    };
}

double TruthResult::confidence(std::string_view object, std::string_view value) const {
    auto it = std::lower_bound(values.begin(), values.end(), std::pair{object, value},
                               [](const TruthValue& v, const std::pair<std::string_view, std::string_view>& k) {
                                   return std::pair<std::string_view, std::string_view>(v.object, v.value) < k;
                               });
    return it != values.end() && it->object == object && it->value == value ? it->confidence : -1;
}

TruthResult truth_finder(const std::vector<TruthClaim>& claims, std::size_t source_count, const TruthOptions& opt) {
    TruthResult r;
    r.trust.assign(source_count, opt.initial_trust);

    // Facts: distinct (object, value); each source asserting one counts once.
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> facts;
    for (const auto& c : claims) {
        if (c.source >= source_count) throw std::out_of_range("truth_finder: claim source out of range");
        facts[{c.object, c.value}].push_back(c.source);
    }
    for (auto& [key, sources] : facts) {
        std::sort(sources.begin(), sources.end());
        sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
        r.values.push_back({key.first, key.second, sources, 0});
    }
    const auto F = static_cast<Eigen::Index>(r.values.size());
    // Only the sources that assert something take part: the others keep their initial trust and add nothing to
    // any sum, and over an archive they are most of it. Columns keep the sources' order, so every sum adds the
    // same terms in the same order as over all sources.
    std::vector<std::size_t> asserting;  // column -> source
    {
        std::vector<bool> any(source_count, false);
        for (const auto& v : r.values)
            for (auto w : v.sources) any[w] = true;
        for (std::size_t w = 0; w < source_count; ++w)
            if (any[w]) asserting.push_back(w);
    }
    const auto W = static_cast<Eigen::Index>(asserting.size());
    auto column = [&](std::size_t source) {
        return static_cast<Eigen::Index>(std::lower_bound(asserting.begin(), asserting.end(), source) - asserting.begin());
    };

    // A(f, w) = 1 when source w asserts fact f.
    std::vector<Eigen::Triplet<double>> a_entries;
    for (Eigen::Index f = 0; f < F; ++f)
        for (auto w : r.values[f].sources) a_entries.emplace_back(f, column(w), 1.0);
    Eigen::SparseMatrix<double> A(F, W);
    A.setFromTriplets(a_entries.begin(), a_entries.end());

    // B(f, g) = rho * imp(g -> f) for two values f != g of the same object (values are sorted by object).
    std::vector<Eigen::Triplet<double>> b_entries;
    if (opt.implication)
        for (Eigen::Index lo = 0; lo < F;) {
            Eigen::Index hi = lo;
            while (hi < F && r.values[hi].object == r.values[lo].object) ++hi;
            for (Eigen::Index f = lo; f < hi; ++f)
                for (Eigen::Index g = lo; g < hi; ++g)
                    if (f != g)
                        if (double imp = opt.implication(r.values[f].object, r.values[g].value, r.values[f].value))
                            b_entries.emplace_back(f, g, opt.rho * imp);
            lo = hi;
        }
    Eigen::SparseMatrix<double> B(F, F);
    B.setFromTriplets(b_entries.begin(), b_entries.end());

    Eigen::VectorXd claims_per_source = A.transpose() * Eigen::VectorXd::Ones(F);
    Eigen::VectorXd t = Eigen::VectorXd::Constant(W, opt.initial_trust);
    Eigen::VectorXd s = Eigen::VectorXd::Zero(F);
    constexpr double max_trust = 1 - 1e-12;  // keeps -ln(1 - t) finite
    for (r.iterations = 1; r.iterations <= opt.max_iterations; ++r.iterations) {
        Eigen::VectorXd tau = -(1.0 - t.array().min(max_trust)).log();  // trust score tau(w) = -ln(1 - t(w))
        Eigen::VectorXd sigma = A * tau;                                // sigma(f) = sum of its sources' tau
        Eigen::VectorXd adjusted = sigma + B * sigma;                   // sigma*(f) = sigma(f) + rho sum imp sigma
        s = 1.0 / (1.0 + (-opt.gamma * adjusted.array()).exp());        // s(f) = logistic(gamma sigma*(f))
        Eigen::VectorXd next = A.transpose() * s;                       // t(w) = mean s(f) over its facts
        for (Eigen::Index w = 0; w < W; ++w)
            next[w] = claims_per_source[w] > 0 ? next[w] / claims_per_source[w] : opt.initial_trust;
        double change = W > 0 ? (next - t).cwiseAbs().maxCoeff() : 0.0;
        t = std::move(next);
        if (change <= opt.tolerance) {
            r.converged = true;
            break;
        }
    }
    r.iterations = std::min(r.iterations, opt.max_iterations);
    for (Eigen::Index w = 0; w < W; ++w) r.trust[asserting[static_cast<std::size_t>(w)]] = t[w];
    for (Eigen::Index f = 0; f < F; ++f) r.values[f].confidence = s[f];
    return r;
}

}  // namespace crosscheck
