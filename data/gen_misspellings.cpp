// Generates the table of common misspellings for lib/knowledge/misspellings.cpp (text.misspelling) from
// codespell's dictionary (Debian codespell: codespell_lib/data/dictionary.txt; licence in data/README.md), which
// lists misspellings seen in real text with their corrections ("recieve->receive"). Kept: plain lower-case
// misspellings of four letters or more with exactly one correction of plain letters, which no word list of the
// machine (Debian wamerican and wbritish, given after the dictionary) holds as a word: "wether" (a ram) and
// "targetted" stay out when a list has them.
//
// Usage: gen_misspellings DICTIONARY.txt WORDLIST... OUT.cpp
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "text_table.hpp"

namespace {

bool plain(const std::string& w, bool spaces) {
    if (w.empty()) return false;
    for (char c : w)
        if (!(c >= 'a' && c <= 'z') && c != '\'' && !(spaces && c == ' ')) return false;
    return true;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: gen_misspellings DICTIONARY.txt WORDLIST... OUT.cpp\n";
        return 2;
    }
    std::ifstream dict(argv[1]);
    if (!dict) {
        std::cerr << "gen_misspellings: cannot read " << argv[1] << " (install codespell: scripts/setup.sh)\n";
        return 1;
    }
    std::set<std::string> words;
    for (int i = 2; i + 1 < argc; ++i) {
        std::ifstream list(argv[i]);
        std::string w;
        while (std::getline(list, w)) words.insert(lower(w));
    }
    std::map<std::string, std::string> fixes;  // sorted: the output does not depend on the input's order
    std::string line;
    while (std::getline(dict, line)) {
        auto arrow = line.find("->");
        if (arrow == std::string::npos) continue;
        std::string wrong = line.substr(0, arrow), right = line.substr(arrow + 2);
        // "wrong->a, b," lists several corrections: which one was meant is unknown.
        if (right.find(',') != std::string::npos) continue;
        if (wrong.size() < 4 || !plain(wrong, false) || !plain(right, true) || words.count(wrong)) continue;
        fixes.emplace(wrong, right);
    }
    std::string table;
    for (const auto& [wrong, right] : fixes) table += wrong + '\t' + right + '\n';
    bool written = crosscheck::data_gen::write_text_table(
        argv[argc - 1], "data/gen_misspellings.cpp from codespell's dictionary.txt", "misspellings",
        "One pair a line: \"misspelling\\tcorrection\\n\", sorted by the misspelling.", table);
    std::cerr << "gen_misspellings: " << fixes.size() << " misspellings\n";
    return written ? 0 : 1;
}
