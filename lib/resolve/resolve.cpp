#include "resolve/resolve.hpp"

namespace crosscheck {

void resolve_source(Source& source, const Knowledge& knowledge, Extraction& extraction) {
    resolve_dates(source, extraction);
    resolve_places(source, knowledge, extraction);
    resolve_people(source, knowledge, extraction);
}

Corpus link_sources(std::vector<Source> sources, std::vector<Extraction> extractions, const Knowledge& knowledge) {
    Corpus corpus;
    corpus.sources = std::move(sources);
    corpus.extractions = std::move(extractions);
    link_people(corpus, knowledge);
    return corpus;
}

Corpus resolve(std::vector<Source> sources, std::vector<Extraction> extractions, const Knowledge& knowledge) {
    for (std::size_t i = 0; i < sources.size(); ++i) resolve_source(sources[i], knowledge, extractions[i]);
    return link_sources(std::move(sources), std::move(extractions), knowledge);
}

}  // namespace crosscheck
