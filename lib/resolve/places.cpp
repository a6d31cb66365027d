// Place resolution: gives each place mention the country it most likely means. A parent claim picks the
// candidate that lies in the parent; otherwise the article's own countries (those it names outright or by
// demonym, else the country most of its other places lie in) break ties, then population ("Paris" is Paris, France unless the article is about the US).
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "resolve/resolve.hpp"

namespace crosscheck {

namespace {

// The most populous place of a name keeps it against a namesake in the article's country this many times smaller.
constexpr std::uint64_t kWorldCityRatio = 8;
// A region keeps its name so only from this size ("Moscow", the federal city; not Armenia's "Ararat" province
// against the Victorian town).
constexpr std::uint64_t kWorldRegion = 1'000'000;

// The candidate of `name` that lies in a place called `parent`, if any.
const Place* inside(const std::vector<Place>& children, const std::vector<Place>& parents) {
    for (const auto& c : children)
        for (const auto& p : parents) {
            if (c.kind == PlaceKind::country || c.id == p.id) continue;
            bool in = p.kind == PlaceKind::country ? c.country_code == p.country_code
                    : p.kind == PlaceKind::region  ? c.kind == PlaceKind::city && c.country_code == p.country_code && c.region == p.name
                                                   : c.kind == PlaceKind::city && c.country_code == p.country_code &&
                                                         c.population < p.population;
            if (in) return &c;
        }
    return nullptr;
}

}  // namespace

void resolve_places(const Source&, const Knowledge& knowledge, Extraction& ex) {
    const auto& gaz = knowledge.gazetteer;
    if (gaz.empty()) return;
    // The article's countries: named outright or by demonym.
    std::map<std::string, int> counts;
    // gaz.best of each named mention, asked once for both passes.
    std::vector<std::optional<Place>> best_of(ex.places.size());
    for (std::size_t i = 0; i < ex.places.size(); ++i) {
        const auto& m = ex.places[i];
        if (m.demonym) {
            ++counts[m.country_code];
            continue;
        }
        best_of[i] = gaz.best(m.name);
        if (const auto& c = best_of[i]; c && c->kind == PlaceKind::country) ++counts[c->country_code];  // resolve()'s first
    }
    std::string context;
    int best = 0;
    for (const auto& [code, n] : counts)
        if (n > best) best = n, context = code;
    // An article that names no country may still name its country's regions and cities ("Ballarat", "Victoria",
    // "Melbourne"): when at least two different names point to one country and it holds two thirds of them, it is
    // the article's country, so "Ararat" there is the Australian town, not Armenia's province.
    if (context.empty()) {
        std::map<std::string, std::map<std::string, int>> names_by_country;
        for (std::size_t i = 0; i < ex.places.size(); ++i)
            if (const auto& c = best_of[i]; c && !ex.places[i].demonym && ex.places[i].parent.empty())
                names_by_country[c->country_code][c->name] = 1;
        std::size_t total = 0, top = 0;
        std::string top_code;
        for (const auto& [code, names] : names_by_country) {
            total += names.size();
            if (names.size() > top) top = names.size(), top_code = code;
        }
        if (top >= 2 && top * 3 >= total * 2) context = top_code;
    }

    for (std::size_t i = 0; i < ex.places.size(); ++i) {
        auto& m = ex.places[i];
        if (m.demonym || !m.country_code.empty()) continue;
        if (m.parent.empty()) {
            // The most populous place of the name (a country first) is resolve()'s first whenever the article's
            // country does not reorder them: without building every candidate.
            const auto& best = best_of[i];
            if (!best) continue;
            if (context.empty() || best->country_code == context) {
                m.country_code = best->country_code;
                continue;
            }
        }
        auto candidates = gaz.resolve(m.name, context);
        if (candidates.empty()) continue;
        const Place* chosen = &candidates[0];
        // The article's country does not make a world city a namesake: "London" in a story about the US is still
        // London, not London, Kentucky; "Birmingham" there, a fifth of Birmingham, England, may be Alabama's.
        if (const auto& top = best_of[i]; m.parent.empty() && top && top->id != chosen->id &&
                                          (top->kind == PlaceKind::city || top->population >= kWorldRegion) &&
                                          top->population >= kWorldCityRatio * chosen->population) {
            m.country_code = top->country_code;
            continue;
        }
        std::vector<Place> parents;
        if (!m.parent.empty()) {
            parents = gaz.resolve(m.parent, context);
            if (const Place* p = inside(candidates, parents)) chosen = p;
        }
        m.country_code = chosen->country_code;
    }
}

}  // namespace crosscheck
