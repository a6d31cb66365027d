// The resolved corpus: every source with what it asserts, and the entities linked across sources.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/assertions.hpp"
#include "model/source.hpp"

namespace crosscheck {

// One person across all sources: a cluster of per-source PersonEntity.
struct GlobalPerson {
    std::string name;                                      // canonical (most frequent full) name
    std::vector<std::pair<std::size_t, std::size_t>> members;  // (source index, Extraction::people index)
    std::vector<std::string> titles;
    std::vector<std::string> organisations;
    std::vector<std::string> countries;
};

struct Corpus {
    std::vector<Source> sources;
    std::vector<Extraction> extractions;  // parallel to sources
    std::vector<GlobalPerson> people;
};

}  // namespace crosscheck
