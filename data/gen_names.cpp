// Generates the embedded name lists for lib/knowledge/names.cpp (layout in word_set_format.hpp): person names,
// dictionary words and English given names by sex, each hashed into a set here rather than at every start-up.
// The lists are the newline-separated texts names_generate.cmake extracts; a missing or empty one gives an empty
// set (the names code then falls back to its lexicons), never a failed build.
//
// Usage: gen_names PERSON_NAMES DICTIONARY_WORDS MALE_NAMES FEMALE_NAMES OUT.bin OUT.cpp
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "incbin.hpp"
#include "word_set_format.hpp"

namespace {

namespace fmt = crosscheck::data;

// The distinct non-empty lines of a list, ASCII letters lower-cased (the look-ups fold case the same way).
std::vector<std::string> lines_lower(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) std::cerr << "gen_names: " << path << " missing; its set is left empty\n";
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.empty()) continue;
        for (char& c : line)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (line.size() > fmt::word_set_max_key) throw std::runtime_error(std::string("a line too long in ") + path);
        if (seen.insert(line).second) out.push_back(std::move(line));
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc != 7) {
        std::cerr << "usage: gen_names PERSON_NAMES DICTIONARY_WORDS MALE_NAMES FEMALE_NAMES OUT.bin OUT.cpp\n";
        return 2;
    }
    std::string pool;
    std::unordered_map<std::string, std::uint32_t> interned;  // a key in several lists is stored once
    std::vector<fmt::WordSetHeader> headers;
    std::vector<std::vector<std::uint64_t>> tables;
    for (int list = 0; list < fmt::n_word_sets; ++list) {
        std::vector<std::string> keys = lines_lower(argv[1 + list]);
        std::uint32_t size = keys.empty() ? 0 : 16;
        while (size < 2 * keys.size()) size *= 2;
        std::vector<std::uint64_t> slots(size, 0);
        for (const auto& key : keys) {
            auto [it, fresh] = interned.try_emplace(key, static_cast<std::uint32_t>(pool.size()));
            if (fresh) pool += key;
            if (pool.size() > fmt::word_set_max_pool) throw std::runtime_error("the name lists are too large");
            std::uint64_t h = fmt::word_set_hash(key);
            std::size_t i = h & (size - 1);
            while (slots[i] != 0) i = (i + 1) & (size - 1);
            slots[i] = fmt::word_set_slot(h, it->second, key.size());
        }
        headers.push_back({size, static_cast<std::uint32_t>(keys.size())});
        tables.push_back(std::move(slots));
    }
    fmt::WordSetsHeader h{};
    std::memcpy(h.magic, fmt::word_sets_magic, 8);
    h.n_sets = fmt::n_word_sets;
    h.pool_size = static_cast<std::uint32_t>(pool.size());
    std::string blob(reinterpret_cast<const char*>(&h), sizeof h);
    blob.append(reinterpret_cast<const char*>(headers.data()), headers.size() * sizeof(fmt::WordSetHeader));
    for (const auto& t : tables) blob.append(reinterpret_cast<const char*>(t.data()), t.size() * sizeof(std::uint64_t));
    blob += pool;
    fmt::write_embedded_table("gen_names.cpp", "names_blob", argv[5], argv[6], blob);
    std::cerr << "gen_names: " << headers[0].size << " names, " << headers[1].size << " words, " << headers[2].size
              << " male and " << headers[3].size << " female given names, " << blob.size() << " bytes\n";
    return 0;
} catch (const std::exception& e) {
    std::cerr << "gen_names: " << e.what() << "\n";
    return 1;
}
