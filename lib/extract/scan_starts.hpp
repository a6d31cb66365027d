// grammars::scan tries a grammar at word starts, but it takes the no-break space (C2 A0) for part of a word, so
// a word right after one ("Syria\u00a0in 2017") is never tried. Until scan.hpp treats it as a separator, this runs
// scan over the whole range and then over the pieces between no-break spaces, keeping matches that do not
// overlap one already found. Matches are reported in text order.
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "grammars/scan.hpp"

namespace crosscheck {

template <class Attr, class Parser, class OnMatch>
void scan_with_nbsp_starts(grammars::iterator_type begin, grammars::iterator_type end, Parser const& parser,
                           OnMatch&& on_match) {
    struct Match {
        Attr attr;
        grammars::iterator_type first, last;
    };
    std::vector<Match> matches;
    auto collect = [&](const Attr& a, grammars::iterator_type f, grammars::iterator_type l) {
        for (const auto& m : matches)
            if (f < m.last && m.first < l) return;
        matches.push_back({a, f, l});
    };
    grammars::scan<Attr>(begin, end, parser, collect);
    std::string_view text(begin, static_cast<std::size_t>(end - begin));
    for (std::size_t pos = text.find("\xC2\xA0"); pos != std::string_view::npos; pos = text.find("\xC2\xA0", pos + 2)) {
        std::size_t next = text.find("\xC2\xA0", pos + 2);
        grammars::iterator_type piece_end = next == std::string_view::npos ? end : begin + next;
        grammars::scan<Attr>(begin + pos + 2, piece_end, parser, collect);
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.first < b.first; });
    for (const auto& m : matches) on_match(m.attr, m.first, m.last);
}

}  // namespace crosscheck
