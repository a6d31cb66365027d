// Layout of the embedded gazetteer table, written by data/gen_gazetteer.cpp and read in place by
// lib/knowledge/gazetteer.cpp (no parsing at load: lookups binary-search sorted arrays).
//
// [Header][PlaceRecord x n_places][NameEntry x n_names][NameEntry x n_demonyms][Disputed x n_disputed][pool]
// Places are ordered countries, then first-level regions, then cities, so country and region references fit
// in 16 bits. Name entries are sorted by folded key (data/fold.hpp), then by place index.
#pragma once

#include <cstdint>

namespace crosscheck::data {

inline constexpr char gazetteer_magic[8] = {'X', 'C', 'G', 'A', 'Z', '0', '0', '1'};
inline constexpr std::uint16_t no_index = 0xFFFF;

enum PlaceKindCode : std::uint8_t { kind_country = 0, kind_region = 1, kind_city = 2 };
enum PlaceFlag : std::uint8_t {
    flag_capital = 1,   // GeoNames PPLC
    flag_seat = 2,      // seat of a first-level region (PPLA)
    flag_district = 4,  // section of a populated place (PPLX): the only thing a city can contain
};

struct GazetteerHeader {
    char magic[8];
    std::uint32_t n_places;
    std::uint32_t n_names;
    std::uint32_t n_demonyms;
    std::uint32_t n_disputed;
    std::uint32_t pool_size;
};

struct PlaceRecord {
    std::uint32_t name_off;    // display name in the pool
    std::uint16_t name_len;
    std::uint8_t kind;         // PlaceKindCode
    std::uint8_t flags;        // PlaceFlag bits
    std::uint32_t population;  // regions and countries: sum of their listed cities
    std::uint16_t country;     // place index of the country (itself for a country)
    std::uint16_t region;      // place index of the first-level region, or no_index; for a dependent territory
                               // (a country record: Puerto Rico, Greenland) the place index of its sovereign
    std::int32_t lat_e5;       // degrees * 1e5
    std::int32_t lon_e5;
    char code[4];              // country: ISO 3166-1 alpha-2; region: GeoNames admin1 code; NUL-padded
};

struct NameEntry {
    std::uint32_t key_off;  // folded key in the pool
    std::uint16_t key_len;
    std::uint8_t alias;     // 0: the place's own name, 1: an alternate name
    std::uint8_t reserved;
    std::uint32_t place;
};

// A region whose sovereignty another country claims or holds (Crimea): containment there is unknown.
struct Disputed {
    std::uint16_t region;    // place index of the region
    std::uint16_t claimant;  // place index of the other country
};

static_assert(sizeof(GazetteerHeader) == 28 && sizeof(Disputed) == 4 && sizeof(PlaceRecord) == 28 && sizeof(NameEntry) == 12);

}  // namespace crosscheck::data
