// A table of short English words (titles, function words, units, the words a grammar can start with) with a
// value each, looked up case-insensitively without allocating: the extractors ask such tables about most words
// of every article, so a look-up must cost one pass over the word and one probe, not a lower-cased copy, a
// general-purpose hash and a division.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck {

template <class V>
class WordMap {
public:
    // Words longer than this are never in the table (and are not looked up).
    static constexpr std::size_t max_word = 40;

    // The value of `word` (lower-cased), inserted default-constructed if absent.
    V& operator[](std::string_view word) {
        std::string w(word);
        for (char& c : w) c = fold(c);
        if (w.size() > max_word) w.resize(max_word);  // unreachable by find(), but keeps the invariant
        if ((size_ + 1) * 2 > slots_.size()) grow();
        std::uint64_t h = hash(w);
        std::size_t i = probe(w, h);
        if (!slots_[i].used) {
            if (!w.empty()) shapes_[shape(w.front(), w.back(), w.size()) / 64] |= std::uint64_t(1) << (shape(w.front(), w.back(), w.size()) % 64);
            hash_bits_[(h >> 6) % std::size(hash_bits_)] |= std::uint64_t(1) << (h % 64);
            slots_[i] = {true, h, std::move(w), V{}};
            ++size_;
        }
        return slots_[i].value;
    }

    // The value of `word` (ASCII case ignored), or nullptr.
    const V* find(std::string_view word) const {
        const std::size_t n = word.size();
        if (n > max_word || slots_.empty()) return nullptr;
        // Most words asked about are in no table: their shape (first and last byte, length) rules them out
        // before they are folded and hashed.
        if (n > 0) {
            std::size_t bit = shape(fold(word.front()), fold(word.back()), n);
            if (!(shapes_[bit / 64] >> (bit % 64) & 1)) return nullptr;
        }
        char buf[max_word];
        std::uint64_t h = 14695981039346656037ull;
        for (std::size_t i = 0; i < n; ++i) {
            buf[i] = fold(word[i]);
            h = (h ^ static_cast<unsigned char>(buf[i])) * 1099511628211ull;
        }
        h ^= h >> 29;
        std::string_view w(buf, n);
        const Slot& s = slots_[probe(w, h)];
        return s.used ? &s.value : nullptr;
    }

    // The low 32 bits of the hash find() computes for `word` (ASCII case ignored), for callers that look the
    // same word up in several tables: find(word, hash_of(word)) then costs one probe. (A table never has 2^32
    // slots, so the low bits are all a probe uses.)
    static std::uint32_t hash_of(std::string_view word) {
        std::uint64_t h = hash_seed;
        for (char c : word) h = hash_step(h, c);
        return hash_final(h);
    }
    // hash_of one byte at a time, for callers that read the word anyway: hash_final(hash_step(...(hash_seed, c0)...)).
    static constexpr std::uint64_t hash_seed = 14695981039346656037ull;
    static std::uint64_t hash_step(std::uint64_t h, char c) { return (h ^ static_cast<unsigned char>(fold(c))) * 1099511628211ull; }
    static std::uint32_t hash_final(std::uint64_t h) { return static_cast<std::uint32_t>(h ^ (h >> 29)); }

    // False when no key has hash h (as hash_of gives it); true when one may. One bit test, inlined where
    // callers ask about most words of a text.
    [[gnu::always_inline]] bool may_hold(std::uint32_t h) const {
        return hash_bits_[(h >> 6) % std::size(hash_bits_)] >> (h % 64) & 1;
    }

    // find(word) with its hash_of(word) known.
    const V* find(std::string_view word, std::uint32_t h) const {
        const std::size_t n = word.size();
        if (n > max_word || slots_.empty()) return nullptr;
        // The hash known, one bit of it rules most absent words out.
        if (!may_hold(h)) return nullptr;
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (!s.used) return nullptr;
            if (static_cast<std::uint32_t>(s.hash) == h && s.key.size() == n && folded_equal(s.key, word)) return &s.value;
        }
    }

    std::size_t size() const { return size_; }

    template <class F>
    void for_each(F f) const {
        for (const auto& s : slots_)
            if (s.used) f(std::string_view(s.key), s.value);
    }

private:
    struct Slot {
        bool used = false;
        std::uint64_t hash = 0;  // of key: most probes that meet another key are settled without comparing it
        std::string key;
        V value{};
    };

    static char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

    // Index of a folded word's shape in shapes_: its first and last byte (low five bits) and its length (capped).
    static std::size_t shape(char first, char last, std::size_t n) {
        return (static_cast<std::size_t>(first & 31) << 9) | (static_cast<std::size_t>(last & 31) << 4) |
               (n < 15 ? n : 15);
    }

    static bool folded_equal(std::string_view key, std::string_view word) {
        for (std::size_t i = 0; i < key.size(); ++i)
            if (key[i] != fold(word[i])) return false;
        return true;
    }

    // FNV-1a: short keys, no set-up cost.
    static std::uint64_t hash(std::string_view w) {
        std::uint64_t h = 14695981039346656037ull;
        for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h ^ (h >> 29);
    }

    // The slot holding `w`, or the empty slot where it would go (open addressing, linear probing; the table is
    // at most half full, so a probe ends soon).
    std::size_t probe(std::string_view w, std::uint64_t h) const {
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask)
            if (!slots_[i].used || (slots_[i].hash == h && slots_[i].key == w)) return i;
    }

    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
        for (auto& s : old)
            if (s.used) slots_[probe(s.key, s.hash)] = std::move(s);
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
    std::uint64_t shapes_[(32 << 9) / 64] = {};  // bit shape(w) set for every key w
    std::uint64_t hash_bits_[256] = {};          // bit (low 14 bits of its hash) set for every key
};

}  // namespace crosscheck
