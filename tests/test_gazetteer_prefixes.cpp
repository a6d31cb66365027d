// Gazetteer::may_begin_name lets the places extractor stop trying longer word sequences: it must pass every
// leading run of words of every name the gazetteer knows, whatever the spelling find() accepts.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "knowledge/gazetteer.hpp"

using namespace crosscheck;

namespace {

const Gazetteer& gaz() {
    static const Gazetteer g = Gazetteer::load_embedded();
    return g;
}

// The leading runs of words of a name: "Bosnia", "Bosnia and", "Bosnia and Herzegovina".
std::vector<std::string> leading_runs(const std::string& name) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i <= name.size(); ++i)
        if (i == name.size() || name[i] == ' ') out.push_back(name.substr(0, i));
    return out;
}

TEST(GazetteerPrefixes, EveryLeadingRunOfAKnownNamePasses) {
    int known = 0;
    for (std::string name : {"Bosnia and Herzegovina", "New York City", "Rio de Janeiro", "St. Petersburg", "Saint Petersburg",
                             "U.S.", "Mt. Vernon", "Democratic Republic of the Congo", "Kuala Lumpur", "Idlib", "Helsinki",
                             "S\xC3\xA3o Paulo", "The Hague", "Washington, D.C."}) {
        if (!gaz().knows(name)) continue;
        ++known;
        for (const auto& run : leading_runs(name)) EXPECT_TRUE(gaz().may_begin_name(run)) << run << " of " << name;
    }
    EXPECT_GE(known, 10);
}

TEST(GazetteerPrefixes, MostWordsBeginNoName) {
    int passed = 0;
    const std::vector<std::string> words = {"Comissaria Smith", "Arrivals", "Showers continued", "Cocoa Review",
                                            "Temporao", "Kilos", "Bags of", "Zzyzxq Qwv", "Xylophonic", "Quarterly Dividend"};
    for (const auto& w : words) passed += gaz().may_begin_name(w);
    EXPECT_LE(passed, 3);  // a Bloom filter: a few may pass, not most
}

}  // namespace
