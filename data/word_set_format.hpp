// Layout of the embedded name lists, written by data/gen_names.cpp and read in place by lib/knowledge/names.cpp:
// each list is a hash set built at build time, so loading costs nothing (building the sets at start-up took
// most of a run's fixed cost: a few hundred thousand inserts into tables of several MB).
//
// [WordSetsHeader][WordSetHeader x n_sets][slots of set 0][slots of set 1]...[pool]
// A set is open addressing with linear probing, at most half full; a slot is one 64-bit word: 0 when empty,
// else the key hash's high 32 bits, the key's offset in the pool (24 bits) and its length (8 bits).
#pragma once

#include <cstdint>
#include <string_view>

namespace crosscheck::data {

inline constexpr char word_sets_magic[8] = {'X', 'C', 'W', 'S', 'E', 'T', '0', '1'};

// The sets of the names table, in blob order.
enum WordSetId : std::uint32_t { person_names = 0, dictionary_words, male_given_names, female_given_names, n_word_sets };

struct WordSetsHeader {
    char magic[8];
    std::uint32_t n_sets;
    std::uint32_t pool_size;
};

struct WordSetHeader {
    std::uint32_t slot_count;  // a power of two (0 for an empty list)
    std::uint32_t size;        // keys held
};

static_assert(sizeof(WordSetsHeader) == 16 && sizeof(WordSetHeader) == 8);

inline constexpr std::size_t word_set_max_key = 255;        // the length field
inline constexpr std::size_t word_set_max_pool = 1u << 24;  // the offset field

// FNV-1a: short keys, no set-up cost. The generator and the look-ups must agree bit for bit.
inline std::uint64_t word_set_hash(std::string_view w) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
}

inline std::uint64_t word_set_slot(std::uint64_t hash, std::uint32_t offset, std::size_t length) {
    return (hash & 0xFFFFFFFF00000000ull) | (std::uint64_t(offset) << 8) | length;
}

// Is `key` in the set whose slots (slot_count of them, a power of two) view `pool`?
inline bool word_set_contains(const std::uint64_t* slots, std::uint32_t slot_count, const char* pool,
                              std::string_view key) {
    if (key.empty() || key.size() > word_set_max_key || slot_count == 0) return false;
    const std::uint64_t h = word_set_hash(key);
    const std::uint64_t tag = h & 0xFFFFFFFF00000000ull;
    const std::size_t mask = slot_count - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const std::uint64_t s = slots[i];
        if (s == 0) return false;
        if ((s & 0xFFFFFFFF00000000ull) == tag && (s & 0xFF) == key.size() &&
            key == std::string_view(pool + ((s >> 8) & 0xFFFFFF), key.size()))
            return true;
    }
}

}  // namespace crosscheck::data
