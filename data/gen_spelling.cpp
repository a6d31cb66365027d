// Generates the American/British spelling-variant table for lib/knowledge/spelling.cpp from Debian's word lists
// (wamerican, wbritish; SCOWL). A pair is (American, British) where the American word is in the American list
// only (so it is not also correct British usage: "meter" and "program" are both, and never pair) and the British
// word is in the British list, and the two differ by one of the systematic patterns below. Only lower-case
// entries are read: capitalised entries are proper names, and the rule folds case before looking words up.
//
// Usage: gen_spelling AMERICAN_LIST BRITISH_LIST OUT.cpp  (a missing list gives an empty table, never a failure)
#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "text_table.hpp"

namespace {

std::unordered_set<std::string> read_list(const char* path) {
    std::unordered_set<std::string> words;
    std::ifstream in(path);
    if (!in) std::cerr << "gen_spelling: " << path << " missing; spelling-variant table will be incomplete\n";
    std::string w;
    while (std::getline(in, w)) {
        if (w.size() < 3) continue;
        if (std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) words.insert(w);
    }
    return words;
}

// American -> British substitutions, tried at every position of the American word.
// Each is one of the systematic differences between the varieties (Oxford -ize is not British-list usage here:
// Debian's wbritish uses -ise).
const std::vector<std::pair<std::string, std::string>>& patterns() {
    static const std::vector<std::pair<std::string, std::string>> table = {
        {"or", "our"},       // color / colour, labored / laboured
        {"ize", "ise"},      // organize / organise
        {"iza", "isa"},      // organization / organisation
        {"yze", "yse"},      // analyze / analyse
        {"ense", "ence"},    // defense / defence
        {"er", "re"},        // center / centre, theaters / theatres
        {"ered", "red"},     // centered / centred
        {"ering", "ring"},   // centering / centring
        {"og", "ogue"},      // catalog / catalogue
        {"l", "ll"},         // traveled / travelled, jeweler / jeweller
        {"ll", "l"},         // fulfill / fulfil, enrollment / enrolment
        {"e", "ae"},         // anemia / anaemia, pediatric / paediatric
        {"e", "oe"},         // estrogen / oestrogen, fetus / foetus
        {"dgment", "dgement"},  // acknowledgment / acknowledgement
        {"ward", "wards"},   // toward / towards
    };
    return table;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: gen_spelling AMERICAN_LIST BRITISH_LIST OUT.cpp\n";
        return 2;
    }
    auto american = read_list(argv[1]);
    auto british = read_list(argv[2]);
    std::set<std::pair<std::string, std::string>> pairs;  // sorted: the output does not depend on hash order
    for (const auto& a : american) {
        if (british.count(a)) continue;
        for (const auto& [from, to] : patterns()) {
            for (auto pos = a.find(from); pos != std::string::npos; pos = a.find(from, pos + 1)) {
                std::string b = a.substr(0, pos) + to + a.substr(pos + from.size());
                if (b == a || !british.count(b)) continue;
                // A British form that is also an American word is often another word: "analyses" (noun) for
                // "analyzes", "apprise" for "apprize", "patinae" (plural) for "patine". Keep such pairs only for
                // patterns that do not make other words (travelled, catalogue, theatre, archaeology).
                bool other_word = american.count(b) && (from == "ize" || from == "iza" || from == "yze" ||
                                                       from == "ward" || (from == "e" && pos + 1 == a.size()));
                // e/oe at an inflection makes verbs and plurals of -o words, not variants ("shoed", "toes").
                bool o_inflection = to == "oe" && (b.ends_with("oes") || b.ends_with("oed"));
                if (!other_word && !o_inflection) pairs.emplace(a, b);
            }
        }
    }
    std::string table;
    for (const auto& [a, b] : pairs) table += a + ' ' + b + '\n';

    bool written = crosscheck::data_gen::write_text_table(
        argv[3], "data/gen_spelling.cpp from Debian wamerican and wbritish (SCOWL)", "spelling_pairs",
        "One pair a line: \"american british\\n\", sorted by the American word.", table);
    std::cerr << "gen_spelling: " << pairs.size() << " pairs\n";
    return written ? 0 : 1;
}
