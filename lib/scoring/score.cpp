#include "scoring/score.hpp"

#include <algorithm>

namespace crosscheck {

Scores score(const Corpus& corpus, const std::vector<Finding>& findings) {
    Scores s;
    s.sources.resize(corpus.sources.size());
    for (const auto& f : findings) {
        if (f.evidence.empty()) continue;
        auto& src = s.sources[f.evidence.front().source];
        double weight = f.severity == Severity::error ? 10 : f.severity == Severity::warning ? 4 : 1;
        (f.severity == Severity::error ? src.errors : f.severity == Severity::warning ? src.warnings : src.infos)++;
        src.score = std::max(0.0, src.score - weight * f.confidence);
    }
    double sum = 0;
    for (const auto& src : s.sources) sum += src.score;
    s.corpus = s.sources.empty() ? 100 : sum / s.sources.size();
    return s;
}

}  // namespace crosscheck
