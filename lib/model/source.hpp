// A source: one article as read from an input, with its text split into paragraphs and sentences.
// Everything downstream points back into Source::text by byte offsets (Span).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// Half-open byte range [begin, end) into Source::text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
    bool empty() const { return end <= begin; }
    bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
    bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
    friend bool operator==(const Span&, const Span&) = default;
    friend auto operator<=>(const Span&, const Span&) = default;
};

// 1-based line and column; the column counts Unicode code points, as editors do.
struct Position {
    int line = 1;
    int column = 1;
    friend bool operator==(const Position&, const Position&) = default;
};

// Where a source's publication date came from.
enum class DateOrigin { unknown, metadata, dateline, option };

struct Paragraph {
    Span span;
};

struct Sentence {
    Span span;
    std::size_t paragraph = 0;  // index into Source::paragraphs
};

// Rules turned off for a stretch of text by the author (HTML `<!-- crosscheck-disable RULE -->` ...
// `<!-- crosscheck-enable RULE -->`); rule "*" when no rule is named.
struct Suppression {
    std::string rule;
    Span span;
};

// A problem met while reading one input; reading goes on with the other inputs.
struct Diagnostic {
    enum class Level { warning, error } level = Level::warning;
    std::string path;     // the input it concerns
    std::string message;  // what a user reads, e.g. "invalid UTF-8 at byte 1234"
};

struct Source {
    std::string id;     // stable, unique within a run (file stem, JSONL id, "stdin")
    std::string path;   // as given on the command line ("-" for stdin)
    std::size_t record_line = 0;  // JSONL: the input's line holding this article (1-based); 0: the input is the article
    std::string title;
    std::string url;
    std::optional<std::chrono::year_month_day> published;
    DateOrigin published_origin = DateOrigin::unknown;
    std::string text;  // valid UTF-8 (invalid bytes replaced by U+FFFD when read)
    std::vector<Suppression> suppressions;  // recorded by the readers; the check engine may honour them

    std::vector<std::size_t> line_starts;  // byte offset of each line's first byte
    // Code points from the start of its line to each byte offset k * kColumnStride: keeps position() cheap on
    // very long lines (filled by segment(); position() counts from the line start when it is empty).
    static constexpr std::size_t kColumnStride = 4096;
    std::vector<std::uint32_t> column_checkpoints;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;

    std::string_view slice(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
    Position position(std::size_t offset) const;  // defined in segment/positions.cpp
    // Index of the sentence holding offset (the last one starting at or before it; 0 when none does), by binary
    // search; defined in segment/positions.cpp.
    std::size_t sentence_index(std::size_t offset) const;
};

}  // namespace crosscheck
