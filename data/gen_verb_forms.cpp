// Generates the irregular verb forms for lib/knowledge/speech.cpp (lemma) from WordNet 3.0's verb exception list
// (Debian wordnet-base: /usr/share/wordnet/verb.exc; Princeton WordNet licence, see data/README.md). Each line of
// verb.exc is "form base [base...]"; the first base is kept. Forms that are not plain lower-case words are
// dropped, and so is a form whose base is itself a form leading back to it (a cycle would never end lemma's
// recursion).
//
// Usage: gen_verb_forms VERB_EXC OUT.cpp
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "text_table.hpp"

namespace {

bool plain_word(const std::string& w) {
    if (w.empty()) return false;
    for (char c : w)
        if (!(c >= 'a' && c <= 'z') && c != '-' && c != '\'') return false;
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: gen_verb_forms VERB_EXC OUT.cpp\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "gen_verb_forms: cannot read " << argv[1] << " (install wordnet-base: scripts/setup.sh)\n";
        return 1;
    }
    std::map<std::string, std::string> bases;  // sorted: the output does not depend on the input's order
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string form, base;
        if (!(words >> form >> base) || !plain_word(form) || !plain_word(base) || form == base) continue;
        bases.emplace(form, base);
    }
    // Follow each chain ("laid" -> "lay" -> "lie" is fine); drop a form whose chain comes back to it.
    for (auto it = bases.begin(); it != bases.end();) {
        std::string at = it->second;
        bool cycle = false;
        for (int step = 0; step < 8; ++step) {
            if (at == it->first) { cycle = true; break; }
            auto next = bases.find(at);
            if (next == bases.end()) break;
            at = next->second;
        }
        it = cycle ? bases.erase(it) : std::next(it);
    }
    std::string table;
    for (const auto& [form, base] : bases) table += form + ' ' + base + '\n';

    bool written = crosscheck::data_gen::write_text_table(argv[2], "data/gen_verb_forms.cpp from WordNet 3.0 verb.exc",
                                                          "irregular_verb_forms",
                                                          "One pair a line: \"form base\\n\", sorted by the form.", table);
    std::cerr << "gen_verb_forms: " << bases.size() << " forms\n";
    return written ? 0 : 1;
}
