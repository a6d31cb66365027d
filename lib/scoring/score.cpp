#include "scoring/score.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "scoring/alignment.hpp"

namespace crosscheck {

namespace {

bool is_stance(const std::string& role) { return role == "asserted-by" || role == "denied-by"; }

// What a source says in a finding: its side. When the finding records stances (a claim asserted by some, denied by
// others), a source's side is the stances its evidence takes; otherwise its evidence texts, normalised so quote
// marks and case do not split sides.
std::map<std::size_t, std::string> sides(const Finding& f) {
    const bool stances = std::any_of(f.evidence.begin(), f.evidence.end(), [](const Evidence& e) { return is_stance(e.role); });
    std::map<std::size_t, std::set<std::string>> parts;
    for (const auto& e : f.evidence) {
        auto& p = parts[e.source];
        if (stances) {
            if (is_stance(e.role)) p.insert(e.role);
            continue;
        }
        std::string text;
        for (const auto& w : normalized_words(e.text)) text += (text.empty() ? "" : " ") + w;
        p.insert(std::move(text));
    }
    std::map<std::size_t, std::string> by_source;
    for (auto& [source, p] : parts) {
        std::string& value = by_source[source];
        for (const auto& x : p) value += (value.empty() ? "" : " | ") + x;
    }
    return by_source;
}

std::size_t distinct_values(const std::map<std::size_t, std::string>& by_source) {
    std::vector<std::string> values;
    for (const auto& [source, value] : by_source) values.push_back(value);
    std::sort(values.begin(), values.end());
    return static_cast<std::size_t>(std::unique(values.begin(), values.end()) - values.begin());
}

double weight(const ScoreOptions& o, Severity s) {
    return s == Severity::error ? o.error : s == Severity::warning ? o.warning : o.info;
}

}  // namespace

std::vector<TruthClaim> conflict_claims(const std::vector<Finding>& findings) {
    std::vector<TruthClaim> out;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        auto by_source = sides(findings[i]);
        if (by_source.size() < 2 || distinct_values(by_source) < 2) continue;  // no sides: nothing to weigh
        // The finding's index keeps two findings with one fingerprint apart.
        std::string object = findings[i].rule + "#" + std::to_string(i);
        for (auto& [source, value] : by_source) out.push_back({source, object, value});
    }
    return out;
}

Scores score(const Corpus& corpus, const std::vector<Finding>& findings, const ScoreOptions& opt) {
    Scores s;
    const std::size_t n = corpus.sources.size();
    s.sources.resize(n);
    std::vector<double> penalty(n, 0.0);
    for (const auto& f : findings) {
        auto by_source = sides(f);
        // Blame: in a conflict, a source's share of the finding is the share of the finding's sources that say
        // something else (a 2-against-1 conflict gives 1/3 to each of the two, 2/3 to the one, a 1-against-1
        // conflict 1/2 each). A finding with one source, or sources that all say the same, blames each fully.
        std::map<std::string, std::size_t> holders;
        for (const auto& [source, value] : by_source) ++holders[value];
        const bool conflict = holders.size() > 1;
        for (const auto& [source, value] : by_source) {
            if (source >= n) continue;
            double blame = conflict ? 1.0 - double(holders[value]) / double(by_source.size()) : 1.0;
            penalty[source] += weight(opt, f.severity) * std::clamp(f.confidence, 0.0, 1.0) * blame;
            auto& sc = s.sources[source];
            (f.severity == Severity::error ? sc.errors : f.severity == Severity::warning ? sc.warnings : sc.infos)++;
        }
    }
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        s.sources[i].score = 100.0 * std::exp(-penalty[i]);
        sum += s.sources[i].score;
    }
    s.corpus = n == 0 ? 100.0 : sum / double(n);

    // Trust: TruthFinder over the conflicts, rescaled so the most trusted source involved has 1; sources in no
    // conflict keep 1 (nothing speaks against them).
    auto claims = conflict_claims(findings);
    std::erase_if(claims, [&](const TruthClaim& c) { return c.source >= n; });
    if (!claims.empty()) {
        TruthOptions topt = opt.truth;
        if (!topt.implication) topt.implication = similar_values_imply();
        auto truth = truth_finder(claims, n, topt);
        std::vector<bool> involved(n, false);
        double best = 0;
        for (const auto& c : claims) involved[c.source] = true;
        for (std::size_t i = 0; i < n; ++i)
            if (involved[i]) best = std::max(best, truth.trust[i]);
        for (std::size_t i = 0; i < n; ++i)
            if (involved[i] && best > 0) s.sources[i].trust = truth.trust[i] / best;
    }
    return s;
}

}  // namespace crosscheck
