// Layout of the embedded gazetteer table, written by data/gen_gazetteer.cpp and read in place by
// lib/knowledge/gazetteer.cpp (no parsing and no index building at load: the hash indexes and Bloom filters are
// built here too, at build time).
//
// [Header][name slots: u64 x name_slot_count][demonym slots: u64 x demonym_slot_count]
// [name Bloom filter: u64 x bloom_words][prefix Bloom filter: u64 x bloom_words]
// [name runs: u32 x name_slot_count][demonym runs: u32 x demonym_slot_count]
// [PlaceRecord x n_places][NameEntry x n_names][NameEntry x n_demonyms][Disputed x n_disputed][pool]
// Places are ordered countries, then first-level regions, then cities, so country and region references fit
// in 16 bits. Name entries are sorted by folded key (data/fold.hpp), then by place index.
//
// The hash indexes (open addressing, linear probing, at most half full) over the sorted name and demonym tables:
// a slot holds 1 + the index of the first entry of a key's run (low 32 bits, 0 when empty) and the key hash's
// high 32 bits; its run is the number of entries of that key (adjacent in the sorted table). The Bloom filters
// (two bits in one 64-bit word per key) hold every name key, and every name key with each of its leading runs of
// words before a space (Gazetteer::may_begin_name).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace crosscheck::data {

inline constexpr char gazetteer_magic[8] = {'X', 'C', 'G', 'A', 'Z', '0', '0', '2'};
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
    std::uint32_t name_slot_count;     // powers of two
    std::uint32_t demonym_slot_count;
    std::uint32_t reserved;            // 0: keeps the slots that follow 8-byte aligned
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

static_assert(sizeof(GazetteerHeader) == 40 && sizeof(Disputed) == 4 && sizeof(PlaceRecord) == 28 && sizeof(NameEntry) == 12);

// FNV-1a of a folded key: short keys, no set-up cost. The look-ups fold and hash in one pass and must agree.
inline std::uint64_t key_hash(std::string_view key) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
}

inline constexpr std::size_t bloom_words = std::size_t(1) << 15;  // 256 KB a filter: it stays in cache

// The Bloom filter word of a hash, and its two bits there (from hash bits the word index does not use).
inline std::size_t bloom_word(std::uint64_t h) { return static_cast<std::size_t>(h >> 40) & (bloom_words - 1); }
inline std::uint64_t bloom_bits(std::uint64_t h) { return (1ull << (h & 63)) | (1ull << ((h >> 6) & 63)); }

}  // namespace crosscheck::data
