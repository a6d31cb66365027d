// A table of short English words (titles, function words, units, the words a grammar can start with) with a
// value each, looked up case-insensitively without allocating: the extractors ask such tables about most words
// of every article, so a look-up must cost one pass over the word and one probe, not a lower-cased copy, a
// general-purpose hash and a division.
#pragma once

#include <cstddef>
#include <cstdint>
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
        std::size_t i = probe(w, hash(w));
        if (!slots_[i].used) {
            slots_[i] = {true, std::move(w), V{}};
            ++size_;
        }
        return slots_[i].value;
    }

    // The value of `word` (ASCII case ignored), or nullptr.
    const V* find(std::string_view word) const {
        if (word.size() > max_word || slots_.empty()) return nullptr;
        char buf[max_word];
        for (std::size_t i = 0; i < word.size(); ++i) buf[i] = fold(word[i]);
        std::string_view w(buf, word.size());
        const Slot& s = slots_[probe(w, hash(w))];
        return s.used ? &s.value : nullptr;
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
        std::string key;
        V value{};
    };

    static char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

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
            if (!slots_[i].used || slots_[i].key == w) return i;
    }

    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
        for (auto& s : old)
            if (s.used) slots_[probe(s.key, hash(s.key))] = std::move(s);
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace crosscheck
