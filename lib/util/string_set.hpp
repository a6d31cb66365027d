// An immutable set of strings for look-ups in hot loops: open addressing over 16-byte slots that hold each key's
// hash tag, length and pointer, so a look-up reads one slot (two at most, the table being at most half full) and
// compares key bytes only when tag and length match. std::unordered_set reads a bucket, a node and the key, each
// a likely cache miss in a table of a hundred thousand words. The keys are views: their storage must outlive the
// set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace crosscheck {

class StringSet {
public:
    StringSet() = default;

    // Duplicates are kept once; the empty string is never a member.
    template <class Range>
    explicit StringSet(const Range& keys) {
        std::size_t n = 0;
        for (const auto& k : keys) n += !std::string_view(k).empty();
        std::size_t size = 16;
        while (size < 2 * n) size *= 2;
        slots_.assign(size, Slot{});
        for (const auto& k : keys) insert(std::string_view(k));
    }

    bool contains(std::string_view key) const {
        if (key.empty() || slots_.empty()) return false;
        const std::uint64_t h = hash(key);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (!s.data) return false;
            if (s.tag == tag && s.len == key.size() && std::memcmp(s.data, key.data(), key.size()) == 0) return true;
        }
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

private:
    struct Slot {
        std::uint32_t tag = 0;  // high half of the key's hash
        std::uint32_t len = 0;
        const char* data = nullptr;  // nullptr: empty slot
    };

    // FNV-1a: short keys, no set-up cost.
    static std::uint64_t hash(std::string_view w) {
        std::uint64_t h = 14695981039346656037ull;
        for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h ^ (h >> 29);
    }

    void insert(std::string_view key) {
        if (key.empty() || key.size() > UINT32_MAX) return;
        const std::uint64_t h = hash(key);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (!s.data) {
                s = Slot{tag, static_cast<std::uint32_t>(key.size()), key.data()};
                ++size_;
                return;
            }
            if (s.tag == tag && s.len == key.size() && std::memcmp(s.data, key.data(), key.size()) == 0) return;
        }
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace crosscheck
