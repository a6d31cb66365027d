// location.parent-mismatch: "City, Parent" where no place of that name lies in any place called Parent
// ("Helsinki, Moscow"). A claim is right when any place so named lies there (Paris, Texas; London, Ontario);
// names the gazetteer does not know, and disputed regions, are never flagged.
#include <fmt/format.h>

#include <algorithm>

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

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || is_upper(c) || c == '.' || c == '-' || c == '\'' || c == '/' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// The word starting at i (letters, dots, hyphens, apostrophes, slashes) and its end.
std::string_view word_at(std::string_view t, std::size_t i) {
    std::size_t j = i;
    while (j < t.size() && is_word_char(t[j])) ++j;
    return t.substr(i, j - i);
}

// Capitalised words from k ("Fort Worth", "New York's"), and where they end.
std::size_t capitalised_run(std::string_view t, std::size_t k) {
    while (k < t.size() && is_upper(t[k])) {
        k += word_at(t, k).size();
        if (k + 1 < t.size() && t[k] == ' ' && is_upper(t[k + 1])) ++k;
        else break;
    }
    return k;
}

// Does the text after a claimed parent show "City, Parent" to be two items of a list? A list ends with "and" or
// "or": "Maryland, Idaho and the District of Columbia", "Los Angeles, San Francisco and other cities", "Dublin,
// London, Nigerian and Malaysian breweries". Items are capitalised, one or a few words each; a lower-case word
// ("Helsinki, Moscow last week") or the end of the sentence ends the search: a parent claim.
bool continues_list(std::string_view t, std::size_t pos) {
    constexpr int kMaxItems = 8;
    std::size_t i = pos;
    // "Lyon/Atlas and Lisbon": a slashed alternative belongs to the item.
    while (i < t.size() && t[i] == '/') i += std::max<std::size_t>(1, word_at(t, i + 1).size() + 1);
    auto conjunction = [&](std::size_t k) {
        std::string_view w = word_at(t, k);
        return w == "and" || w == "or";
    };
    for (int items = 0; items <= kMaxItems; ++items) {
        std::size_t k = i;
        if (k < t.size() && t[k] == ',') ++k;
        if (k >= t.size() || t[k] != ' ') return false;
        ++k;
        if (conjunction(k)) return true;
        if (i >= t.size() || t[i] != ',') return false;  // another item needs a comma before it
        // The next item: capitalised words ("New York's Kennedy Airport").
        if (k >= t.size() || !is_upper(t[k])) return false;
        i = capitalised_run(t, k);
    }
    return false;
}

// Does a list go on with another pair of a city and a state or country ("Fort Wayne, Ohio, and Cincinnati, Ohio")?
// Then the list is of such pairs, and this one is a claim too.
bool list_of_pairs(const Gazetteer& gaz, std::string_view t, std::size_t pos) {
    std::size_t k = pos;
    if (k < t.size() && t[k] == ',') ++k;
    if (k >= t.size() || t[k] != ' ') return false;
    std::string_view conjunction = word_at(t, k + 1);
    if (conjunction != "and" && conjunction != "or") return false;
    return starts_with_city_pair(gaz, t.substr(std::min(t.size(), k + 2 + conjunction.size())));
}

// Is the claimed parent itself given a parent right after it ("Dallas, Greensboro, N.C., Jacksonville")? Then
// the first place and the second are items of a list of "City, State" pairs.
bool parent_has_parent(const Gazetteer& gaz, std::string_view t, std::size_t pos, const std::string& parent) {
    if (pos + 2 >= t.size() || t[pos] != ',' || t[pos + 1] != ' ' || !is_upper(t[pos + 2])) return false;
    std::string_view next = word_at(t, pos + 2);
    while (!next.empty() && (next.back() == ',' || next.back() == '\'')) next.remove_suffix(1);
    if (next.empty()) return false;
    if (gaz.contains(next, parent) == Containment::yes) return true;
    // Dotted state abbreviations the gazetteer may not hold ("N.C.", "Fla."): a short capitalised word with a dot.
    if (next.size() > 5 || next.back() != '.') return false;
    auto places = gaz.resolve(parent);
    return !places.empty() && places.front().kind == PlaceKind::city;
}

// A city population above which a name is too well known to be reused unremarked for a town in a state or province:
// "Houston, California" is wrong, but "Fargo, Texas", "Austin, Nev." and "Trenton, Nova Scotia" are real small
// towns the gazetteer may lack, as are many "Town, State" namesakes.
constexpr std::uint64_t famous_population = 1000000;
// The same for a name the country has once only ("Fort Wayne, Ohio", "Glasgow, England"): a namesake town would
// have to be one of the few too small for the gazetteer.
constexpr std::uint64_t distinct_population = 250000;
// The same outside the United States.
constexpr std::uint64_t distinct_population_elsewhere = 50000;
// The same for a region of another country ("Helsinki, Moscow", with Moscow a federal city; "Toronto, Quebec").
constexpr std::uint64_t large_population = 100000;

// Does "Child, Parent" read as a claim that the child lies in the parent, given the kinds of both places and the
// words around them? Lists and names are not claims.
bool plausible_claim(std::string_view text, const PlaceMention& m, const std::vector<Place>& children,
                     const std::vector<Place>& parents) {
    const Place& child = children.front();
    const Place& parent = parents.front();
    // Two regions side by side ("Minnesota, Iowa", "Jiangsu, Anhui") are a list: the gazetteer has no region
    // inside another.
    if (child.kind == PlaceKind::region && parent.kind == PlaceKind::region) return false;
    // Two cities of one country ("Dallas, Greensboro", "Dar es Salaam, Arusha in the north") are a list; a city's
    // districts lie within 20 km and are contained already. Cities of two countries ("Helsinki, Moscow") are not.
    if (parent.kind == PlaceKind::city && child.kind == PlaceKind::city && child.country_code == parent.country_code)
        return false;
    // A town in a state or province: a namesake the gazetteer lacks, unless the name is famous.
    if (parent.kind == PlaceKind::region && child.kind == PlaceKind::city) {
        std::size_t at_home = 0;  // cities of the name in the parent's country, the named one among them
        std::uint64_t largest = 0;
        for (const auto& c : children)
            if (c.kind == PlaceKind::city) {
                at_home += c.country_code == parent.country_code;
                largest = std::max(largest, c.population);
            }
        // The United States names its small towns after other places as no other country does ("Paris, Texas",
        // "Detroit, Texas" of 700 people, below the gazetteer's 1,000): elsewhere a mid-size city the country has
        // once, put in another state, is a slip ("Ballarat, New South Wales"; "Moncton, Nova Scotia").
        std::uint64_t distinct = parent.country_code == "US" ? distinct_population : distinct_population_elsewhere;
        std::uint64_t bar = at_home == 0 ? large_population : at_home == 1 ? distinct : famous_population;
        if (largest < bar) return false;
    }
    // Part of a longer name the gazetteer did not match: "Rep. David O'B. Martin, N.Y.", "Dallas-Ft. Worth, Tex."
    // (a capitalised word other than a function word, "In Bogota, Venezuela", right before the place).
    if (m.span.begin >= 2 && (text[m.span.begin - 1] == ' ' || text[m.span.begin - 1] == '-')) {
        std::size_t e = m.span.begin - 1, b = e;
        while (b > 0 && is_word_char(text[b - 1])) --b;
        if (b < e && is_upper(text[b]) && !roles::is_function_word(text.substr(b, e - b))) return false;
    }
    // A name in quotes ("to change its name to 'Taipei, China'"): a name discussed, not a place located.
    if (m.span.begin > 0 && m.parent_span.end < text.size()) {
        char open = text[m.span.begin - 1], close = text[m.parent_span.end];
        if ((open == '"' || open == '\'') && (close == '"' || close == '\'' || close == ',')) return false;
    }
    return true;
}

// Is the parent a news agency's credit in a dateline ("Damascus, SANA- The ministry said", "Kuwait City, KUNA --")?
// An agency is written in capitals after a place that is not, and a dash or colon follows it or the place begins
// its line; some agency names are also places (Sana'a), and country abbreviations ("Dubai, UAE") are no credit
// because neither follows.
bool agency_credit(std::string_view text, const PlaceMention& m) {
    std::string_view parent = text.substr(m.parent_span.begin, m.parent_span.size());
    std::string_view child = text.substr(m.name_span.begin, m.name_span.size());
    auto all_capitals = [](std::string_view w) {
        return std::all_of(w.begin(), w.end(), [](char c) { return is_upper(c); });
    };
    if (parent.size() < 3 || !all_capitals(parent) || all_capitals(child)) return false;
    std::size_t k = m.parent_span.end;
    while (k < text.size() && text[k] == ' ') ++k;
    std::string_view rest = text.substr(k);
    bool dash = rest.starts_with("-") || rest.starts_with(":") || rest.starts_with("\u2013") ||  // en dash
                rest.starts_with("\u2014");                                                      // em dash
    bool line_start = m.span.begin == 0 || text[m.span.begin - 1] == '\n';
    return dash || line_start;
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
                const std::string_view text = ctx.corpus.sources[s].text;
                const std::size_t after = m.parent_span.end;
                if ((continues_list(text, after) && !list_of_pairs(gaz, text, after)) ||
                    parent_has_parent(gaz, text, after, m.parent))
                    continue;
                if (agency_credit(text, m)) continue;
                // "Dalian, U.S. Secretary of State George Shultz": the second place begins a title, a new phrase.
                if (after + 1 < text.size() && text[after] == ' ' && roles::is_title_word(word_at(text, after + 1)))
                    continue;
                auto candidates = gaz.resolve(m.name);
                auto parents = gaz.resolve(m.parent);
                // Only when both names are notable: a name the gazetteer knows only as a small town ("Kashmir"
                // might be one somewhere) is more likely a region or landmark it lacks than a wrong claim.
                if (!notable(gaz, m.name, candidates) || !notable(gaz, m.parent, parents)) continue;
                if (!parents.empty() && !candidates.empty() && !plausible_claim(text, m, candidates, parents)) continue;
                // "North Kensington, London": a district of the city (or region) the gazetteer lacks (it holds
                // places of 1,000 people and more, and districts only as such), not the small town abroad it knows
                // by that name (North Kensington, Maryland). A city abroad is wrong only when it is a large one
                // ("Helsinki, Moscow").
                bool parent_city = !parents.empty() && parents.front().kind != PlaceKind::country;
                // (Abroad from the parent as the reader takes it, the most populous so named: London is London,
                // England, though Kentucky has one.)
                bool child_abroad = !parents.empty() && std::none_of(candidates.begin(), candidates.end(), [&](const Place& c) {
                    return c.country_code == parents.front().country_code;
                });
                if (parent_city && child_abroad && gaz.largest_city_population(m.name) < large_population) continue;
                // "Truro, Cornwall", "Guildford, Surrey": a county (or other second-level division) of the town's
                // country, which the gazetteer does not hold, and not the foreign towns of that name it does. A
                // parent the gazetteer knows as a region or country ("Fort Wayne, Ohio") is read as that.
                bool towns_only = std::all_of(parents.begin(), parents.end(),
                                              [](const Place& p) { return p.kind == PlaceKind::city; });
                if (towns_only && std::any_of(candidates.begin(), candidates.end(), [&](const Place& c) {
                        return c.kind == PlaceKind::city && gaz.is_division(c.country_code, m.parent);
                    }))
                    continue;
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
