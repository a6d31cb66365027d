// Look-ups in a generated table of sorted text lines, read in place: nothing to build at load. Used for the
// tables a rule asks of few words (second-level divisions, common misspellings).
#pragma once

#include <string_view>

namespace crosscheck {

// The line of `table` ("\n"-terminated lines sorted by their key) whose key equals `key`, or an empty view. A
// line's key is the part before `separator` (the whole line when it has none). A bisection over the bytes, each
// step moved back to its line's start.
inline std::string_view find_sorted_line(std::string_view table, std::string_view key, char separator = '\t') {
    std::size_t lo = 0, hi = table.size();
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        while (mid > lo && table[mid - 1] != '\n') --mid;
        std::size_t end = table.find('\n', mid);
        if (end == std::string_view::npos) end = table.size();
        const std::string_view line = table.substr(mid, end - mid);
        const std::string_view line_key = line.substr(0, line.find(separator));
        if (line_key == key) return line;
        if (line_key < key) lo = end + 1;
        else hi = mid;
    }
    return {};
}

}  // namespace crosscheck
