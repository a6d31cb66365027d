// Scores computed from findings (scoring/): per source and for the whole corpus.
#pragma once

#include <cstddef>
#include <vector>

namespace crosscheck {

struct SourceScore {
    double score = 100;   // 0..100, higher is cleaner; documented in docs/scoring.md
    double trust = 1;     // 0..1, from truth discovery across sources
    std::size_t errors = 0, warnings = 0, infos = 0;
};

struct Scores {
    std::vector<SourceScore> sources;  // parallel to Corpus::sources
    double corpus = 100;
};

}  // namespace crosscheck
