// Evidence for a finding that stands for a group: when near-copies of one story repeat a statement in hundreds
// of articles, a rule reports it once, points at the first few other articles that repeat it and counts the rest,
// so both its cost and its report stay linear in the number of articles.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "checks/check.hpp"

namespace crosscheck {

// Adds an "also-in" evidence for the first span of each article in `spans` (source order) that the finding does
// not point at yet, at most `cap` of them. Returns a note for the message ("also in 12 other articles, 4 not
// listed"), empty when there are none.
inline std::string add_also_in(const CheckContext& ctx, Finding& f, const std::vector<std::pair<std::size_t, Span>>& spans,
                               std::size_t cap = 8) {
    std::set<std::size_t> listed;
    for (const auto& e : f.evidence) listed.insert(e.source);
    std::size_t others = 0, more = 0;
    for (const auto& [source, span] : spans) {
        if (!listed.insert(source).second) continue;
        ++others;
        if (others <= cap) f.evidence.push_back(ctx.evidence(source, span, "also-in"));
        else ++more;
    }
    if (!others) return {};
    return fmt::format("also in {} other article{}{}", others, others == 1 ? "" : "s",
                       more ? fmt::format(", {} not listed", more) : "");
}

}  // namespace crosscheck
