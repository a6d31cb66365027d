// Which of a set of spans overlap or contain a given span, each question answered by a binary search: the
// extractors ask it for every candidate in a text, and a scan of every mention per candidate made long texts
// quadratic.
#pragma once

#include <algorithm>
#include <vector>

#include "model/source.hpp"

namespace crosscheck {

class SpanIndex {
public:
    SpanIndex() = default;
    explicit SpanIndex(std::vector<Span> spans) : spans_(std::move(spans)) {
        std::sort(spans_.begin(), spans_.end(), [](Span a, Span b) { return a.begin < b.begin; });
        std::size_t reach = 0;
        reach_.reserve(spans_.size());
        for (const auto& s : spans_) reach_.push_back(reach = std::max(reach, s.end));
    }

    // Does some span overlap w (Span::overlaps)?
    bool overlaps(Span w) const {
        // Among the spans starting before w ends, one reaches into w iff the farthest end does.
        std::size_t n = count_starting([&](Span s) { return s.begin < w.end; });
        return n > 0 && reach_[n - 1] > w.begin;
    }

    // Does some span contain w (Span::contains)?
    bool contains(Span w) const {
        std::size_t n = count_starting([&](Span s) { return s.begin <= w.begin; });
        return n > 0 && reach_[n - 1] >= w.end;
    }

private:
    template <class Pred>
    std::size_t count_starting(Pred pred) const {
        return static_cast<std::size_t>(std::partition_point(spans_.begin(), spans_.end(), pred) - spans_.begin());
    }

    std::vector<Span> spans_;          // sorted by begin
    std::vector<std::size_t> reach_;   // reach_[i]: the largest end among spans_[0..i]
};

}  // namespace crosscheck
