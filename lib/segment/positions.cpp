// Byte offset -> line:column, the column in code points (what editors and SARIF regions show), and -> sentence.
#include <algorithm>

#include "model/source.hpp"

namespace crosscheck {

std::size_t Source::sentence_index(std::size_t offset) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](std::size_t o, const Sentence& s) { return o < s.span.begin; });
    return it == sentences.begin() ? 0 : static_cast<std::size_t>(it - sentences.begin() - 1);
}

Position Source::position(std::size_t offset) const {
    offset = std::min(offset, text.size());
    if (line_starts.empty()) return {1, 1};
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - line_starts.begin());  // 1-based
    std::size_t start = line_starts[line - 1];
    int column = 1;
    // Start from the last checkpoint inside this line, if any: long lines stay O(stride) per call.
    std::size_t block = offset / kColumnStride;
    if (block < column_checkpoints.size() && block * kColumnStride > start) {
        column += static_cast<int>(column_checkpoints[block]);
        start = block * kColumnStride;
    }
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count UTF-8 lead bytes
    return {static_cast<int>(line), column};
}

}  // namespace crosscheck
