// location.parent-mismatch: "City, Parent" where no place of that name lies in any place called Parent
// ("Helsinki, Moscow"). A claim is right when any place so named lies there (Paris, Texas; London, Ontario);
// names the gazetteer does not know, and disputed regions, are never flagged.
#include <fmt/format.h>

#include "checks/check.hpp"
#include "knowledge/roles.hpp"

namespace crosscheck {

namespace {

// Smallest city population for which a name alone is trusted to mean that city.
constexpr std::uint64_t notable_population = 15000;

bool notable(const Gazetteer& gaz, const std::string& name, const std::vector<Place>& places) {
    for (const auto& p : places)
        if (p.kind != PlaceKind::city) return true;
    return gaz.largest_city_population(name) >= notable_population;
}

class LocationParentMismatch : public Check {
public:
    std::string_view id() const override { return "location.parent-mismatch"; }
    Severity default_severity() const override { return Severity::error; }
    std::string_view summary() const override { return "a place is said to lie in a country, region or city it is not in"; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        const auto& gaz = ctx.knowledge.gazetteer;
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s)
            for (const auto& m : ctx.corpus.extractions[s].places) {
                if (m.parent.empty() || gaz.contains(m.parent, m.name) != Containment::no) continue;
                // A dateline's date after the city ("LONDON, March 3 (Reuters)", "PARIS, Monday"): the gazetteer
                // knows towns called March and May, but a month or weekday there is never the parent.
                if (roles::is_calendar_word(m.parent)) continue;
                auto candidates = gaz.resolve(m.name);
                auto parents = gaz.resolve(m.parent);
                // Only when both names are notable: a name the gazetteer knows only as a small town ("Kashmir"
                // might be one somewhere) is more likely a region or landmark it lacks than a wrong claim.
                if (!notable(gaz, m.name, candidates) || !notable(gaz, m.parent, parents)) continue;
                const Place* best = nullptr;  // the most populous place of that name below country level
                for (const auto& c : candidates)
                    if (c.kind != PlaceKind::country) {
                        best = &c;
                        break;
                    }
                // Two cities ("Helsinki, Moscow") are less sure than a city and a country or region: the second
                // could still be an unmarked list.
                bool city_parent = !parents.empty() && parents[0].kind == PlaceKind::city;
                Finding f;
                f.rule = std::string(id());
                f.severity = default_severity();
                f.confidence = city_parent ? 0.8 : 0.9;
                f.message = fmt::format("{} is not in {}", m.name, m.parent);
                if (best) f.fix = fmt::format("{} is in {}", m.name, best->country);
                f.evidence.push_back(ctx.evidence(s, m.span));
                f.evidence.push_back(ctx.evidence(s, m.parent_span, "claimed-parent"));
                out.push_back(std::move(f));
            }
    }
};

}  // namespace

std::unique_ptr<Check> make_location_parent_mismatch() { return std::make_unique<LocationParentMismatch>(); }

}  // namespace crosscheck
