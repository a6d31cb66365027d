// Gazetteer: countries, first-level regions and cities from GeoNames-derived data (data/README.md). The table is
// compiled into the program (crosscheck_data) with its hash indexes and read in place: loading costs nothing,
// lookups hash a folded name key. A Gazetteer is a cheap value (a view of that table).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <cstddef>

namespace crosscheck {

enum class Containment { yes, no, unknown };

enum class PlaceKind { country, region, city };

// One place of the gazetteer.
struct Place {
    std::uint32_t id = 0;        // stable within one build of the data
    std::string name;            // "Helsinki", "Idlib", "Syria"
    PlaceKind kind = PlaceKind::city;
    std::string country_code;    // ISO 3166-1 alpha-2
    std::string country;         // country name ("Finland")
    std::string region;          // first-level region name, empty for countries (and cities without one)
    std::uint64_t population = 0;  // countries and regions: the sum of their listed cities (1,000+ people)
    bool capital = false;        // national capital
    bool district = false;       // a section of a city (the only thing a city can contain)
    bool alias = false;          // matched through an alternate name ("Kiev", "UK")
    double lat = 0, lon = 0;
};

class Gazetteer {
public:
    // The embedded table; throws std::runtime_error if it is malformed.
    static Gazetteer load_embedded();

    // Places called `name` (any case, diacritics optional, "U.S." = "US"), best first: countries, then regions
    // and cities, those in `context_country` (ISO alpha-2) first, then by population.
    std::vector<Place> resolve(std::string_view name, std::string_view context_country = {}) const;
    // resolve(name).front() without building the others (the extractors ask only for the best place).
    std::optional<Place> best(std::string_view name) const;
    bool knows(std::string_view name) const;
    // False when no name the gazetteer knows is `words` or begins with them and a space ("Bosnia and" may begin
    // "Bosnia and Herzegovina"; "Comissaria" begins no name): a name's leading words always pass, so a caller
    // trying ever longer word sequences can stop at the first that fails. True when unsure (a Bloom filter;
    // non-ASCII text; the abbreviated first words find() spells out).
    bool may_begin_name(std::string_view words) const;
    // The most populous city called `name`, or 0 when none.
    std::uint64_t largest_city_population(std::string_view name) const;

    // Does the place called `parent` contain a place called `child`? Yes when any place of that name lies in any
    // place called `parent` (Paris, Texas; London, Ontario). A country contains its regions and cities, a region
    // its cities, a city only its districts (smaller places within 20 km: GeoNames has no district parents). Unknown names, and children that are countries, give unknown;
    // so do regions whose sovereignty is disputed (Crimea).
    Containment contains(std::string_view parent, std::string_view child) const;

    // Is `name` a second-level division of the country (an English county, a US county, a French department;
    // GeoNames admin2, in the forms copy writes them: "Cornwall", "County Durham", "Yorkshire")? The gazetteer
    // itself holds no such divisions.
    bool is_division(std::string_view country_code, std::string_view name) const;

    // ISO 3166-1 alpha-2 code of the country a demonym or adjective refers to ("Russian" -> "RU"), or "".
    std::string demonym_country(std::string_view word) const;
    // English short name of a country by its alpha-2 code ("FI" -> "Finland"), or "".
    std::string country_name(std::string_view code) const;

    std::size_t size() const { return n_places_; }
    bool empty() const { return n_places_ == 0; }
    std::size_t bytes() const { return blob_.size(); }

private:
    struct Range {
        const void* first = nullptr;
        std::size_t count = 0;
    };
    Range find(std::string_view name, bool demonyms) const;
    Place make_place(std::uint32_t index, bool alias) const;
    bool holds(std::uint32_t parent, std::uint32_t child) const;
    bool disputed(std::uint32_t region, std::uint32_t country) const;

    std::string_view blob_;
    std::size_t n_places_ = 0, n_names_ = 0, n_demonyms_ = 0, n_disputed_ = 0;
    const void* places_ = nullptr;
    const void* names_ = nullptr;
    const void* demonyms_ = nullptr;
    const void* disputed_ = nullptr;
    const char* pool_ = nullptr;
    // Hash indexes of the name and demonym keys, built at build time (data/gazetteer_format.hpp): a slot holds
    // 1 + the index of the first entry of a key's run in its sorted table (low 32 bits, 0 when empty) and the
    // key hash's high 32 bits; its run is the number of that key's entries. Most look-ups are of capitalised
    // words and n-grams that name no place: one hash and a probe or two answer them, reading a stored key only
    // when the hash bits match.
    struct Index {
        const std::uint64_t* slots = nullptr;
        const std::uint32_t* runs = nullptr;
        std::size_t size = 0;  // a power of two
    };
    Index name_index_, demonym_index_;
    // Bloom filters over the name keys (asked before the slots: most keys looked up name no place), and over
    // every name key and each of its leading runs of words (may_begin_name).
    const std::uint64_t* name_bloom_ = nullptr;
    const std::uint64_t* prefix_bloom_ = nullptr;
    // The slot of key (hash h) in index, or index.size when the key is absent.
    std::size_t first_entry(const Index& index, const void* table, std::string_view key, std::uint64_t h) const;
};

// Does `text` begin with a city, a comma and a state or country ("Cincinnati, Ohio", "Glasgow, Scotland")? After
// "..., Ohio, and" such a pair says the list is of pairs, each a claim, not of places ("Idlib, Aleppo and Homs").
bool starts_with_city_pair(const Gazetteer& gaz, std::string_view text);

}  // namespace crosscheck
