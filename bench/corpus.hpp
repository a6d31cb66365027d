// A benchmark corpus generated from the seed articles: no public news corpus is installable here, so each
// article is a seed with its paragraphs reordered, digits changed and capitalised words swapped among the
// seeds' own, deterministically (fixed seed). Sizes and sentence shapes stay those of real copy.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "model/source.hpp"

namespace crosscheck::bench {

inline std::vector<std::string> seed_texts() {
    std::vector<std::string> out;
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(CROSSCHECK_FIXTURES_DIR "/seeds"))
        if (e.path().extension() == ".txt") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        out.push_back(ss.str());
    }
    return out;
}

inline std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// n articles, deterministic for a given n.
inline std::vector<Source> generated_corpus(std::size_t n) {
    auto seeds = seed_texts();
    std::vector<std::string> capitalised;
    for (const auto& t : seeds) {
        std::istringstream in(t);
        for (std::string w; in >> w;)
            if (w.size() > 3 && w[0] >= 'A' && w[0] <= 'Z' && std::all_of(w.begin(), w.end(), ::isalpha))
                capitalised.push_back(w);
    }
    std::mt19937_64 rng(42);
    std::vector<Source> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto lines = split_lines(seeds[i % seeds.size()]);
        // keep the first 6 lines (headline, dateline), shuffle the body lightly
        if (lines.size() > 8)
            for (std::size_t k = 6; k + 1 < lines.size(); k += 2)
                if (rng() % 3 == 0) std::swap(lines[k], lines[k + 1]);
        std::string text;
        for (auto& line : lines) {
            std::istringstream words(line);
            std::string w, rebuilt;
            bool first = true;
            for (; words >> w; first = false) {
                if (w.size() > 3 && w[0] >= 'A' && w[0] <= 'Z' && std::all_of(w.begin(), w.end(), ::isalpha) &&
                    rng() % 5 == 0)
                    w = capitalised[rng() % capitalised.size()];
                for (char& c : w)
                    if (c >= '0' && c <= '9' && rng() % 4 == 0) c = static_cast<char>('0' + rng() % 10);
                if (!first) rebuilt += ' ';
                rebuilt += w;
            }
            text += rebuilt;
            text += '\n';
        }
        Source s;
        s.id = "gen-" + std::to_string(i);
        s.path = s.id + ".txt";
        s.text = std::move(text);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace crosscheck::bench
