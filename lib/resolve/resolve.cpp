#include "resolve/resolve.hpp"

namespace crosscheck {

Corpus resolve(std::vector<Source> sources, std::vector<Extraction> extractions, const Knowledge& knowledge) {
    Corpus corpus;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        resolve_dates(sources[i], extractions[i]);
        resolve_places(sources[i], knowledge, extractions[i]);
        resolve_people(sources[i], knowledge, extractions[i]);
    }
    corpus.sources = std::move(sources);
    corpus.extractions = std::move(extractions);
    link_people(corpus, knowledge);
    return corpus;
}

}  // namespace crosscheck
