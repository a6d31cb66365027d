// Minimal segmentation (lines as paragraphs, ". " as sentence end); the ICU-based one is issue 2's.
#include "segment/segment.hpp"

namespace crosscheck {

void segment(Source& source) {
    const std::string& t = source.text;
    source.line_starts = {0};
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] == '\n') source.line_starts.push_back(i + 1);
    source.paragraphs.clear();
    source.sentences.clear();
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
        if (end > start) {
            source.paragraphs.push_back({{start, end}});
            std::size_t s = start;
            for (std::size_t i = start; i < end; ++i) {
                if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && (i + 1 == end || t[i + 1] == ' ')) {
                    source.sentences.push_back({{s, i + 1}, source.paragraphs.size() - 1});
                    s = i + 1;
                    while (s < end && t[s] == ' ') ++s;
                }
            }
            if (s < end) source.sentences.push_back({{s, end}, source.paragraphs.size() - 1});
        }
    };
    for (std::size_t i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t[i] == '\n') {
            flush(i);
            start = i + 1;
        }
    }
}

}  // namespace crosscheck
