// A table of short English words (titles, function words, units) with a value each, looked up
// case-insensitively without allocating: the extractors ask it for most words of every article, so a lookup must
// cost one hash and one compare, not a lower-cased copy of the word.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crosscheck {

template <class V>
class WordMap {
public:
    // Words longer than this are never in the table (and are not looked up).
    static constexpr std::size_t max_word = 40;

    V& operator[](std::string_view word) { return map_[lower(word)]; }

    // The value of `word` (ASCII case ignored), or nullptr.
    const V* find(std::string_view word) const {
        if (word.size() > max_word) return nullptr;
        char buf[max_word];
        for (std::size_t i = 0; i < word.size(); ++i) {
            char c = word[i];
            buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        auto it = map_.find(std::string_view(buf, word.size()));
        return it == map_.end() ? nullptr : &it->second;
    }

    template <class F>
    void for_each(F f) const {
        for (const auto& [w, v] : map_) f(std::string_view(w), v);
    }

private:
    struct hash : std::hash<std::string_view> {
        using is_transparent = void;
    };
    static std::string lower(std::string_view s) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    std::unordered_map<std::string, V, hash, std::equal_to<>> map_;
};

}  // namespace crosscheck
