// Place resolution: gives each place mention the country it most likely means. A parent claim picks the
// candidate that lies in the parent; otherwise the article's own countries (those it names outright or by
// demonym) break ties, then population ("Paris" is Paris, France unless the article is about the US).
#include <map>
#include <optional>
#include <vector>

#include "resolve/resolve.hpp"

namespace crosscheck {

namespace {

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
        std::vector<Place> parents;
        if (!m.parent.empty()) {
            parents = gaz.resolve(m.parent, context);
            if (const Place* p = inside(candidates, parents)) chosen = p;
        }
        m.country_code = chosen->country_code;
    }
}

}  // namespace crosscheck
