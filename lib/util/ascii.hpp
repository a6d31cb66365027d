// ASCII case folding for look-ups in the English lexicons (titles, speech verbs, month names, units):
// locale-independent and cheap on hot paths, unlike std::tolower. Non-ASCII bytes pass through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace crosscheck {

inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace crosscheck
