// Shared by the test programs: the reference knowledge, the seed articles, sources made from a string.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "knowledge/knowledge.hpp"
#include "model/source.hpp"

namespace crosscheck::test_support {

inline const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

// The seed articles (fixtures/seeds/*.txt), sorted; the folder's expect.spec is not an article.
inline std::vector<std::string> seed_files() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(CROSSCHECK_FIXTURES_DIR) + "/seeds"))
        if (e.path().extension() == ".txt") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// The same, as shell arguments: " 'a.txt' 'b.txt'".
inline std::string seed_args() {
    std::string out;
    for (const auto& f : seed_files()) out += " '" + f + "'";
    return out;
}

inline Source make_source(std::string id, std::string text) {
    Source s;
    s.id = std::move(id);
    s.path = s.id;
    s.text = std::move(text);
    return s;
}

}  // namespace crosscheck::test_support
