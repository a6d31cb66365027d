// Internals of the readers, shared by read.cpp, text.cpp and html.cpp; not part of the public interface.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/source.hpp"

namespace crosscheck::read_detail {

// Bytes that are not well-formed UTF-8 are replaced, one U+FFFD per maximal ill-formed subsequence.
struct Utf8Repair {
    std::size_t bad_bytes = 0;
    std::size_t first_bad = 0;  // byte offset in the input of the first bad byte (when bad_bytes > 0)
};
Utf8Repair make_valid_utf8(std::string& text);

// True for content that is not text: any NUL byte, or mostly control and ill-formed bytes.
bool looks_binary(std::string_view bytes);

// UTF-16 with a byte-order mark -> UTF-8 (false if `bytes` has no UTF-16 BOM).
bool utf16_to_utf8(std::string_view bytes, std::string& out);

// Strips a UTF-8 BOM and turns CRLF and lone CR into LF.
void normalise_text(std::string& text);

// "2018-07-25", "2018-07-25T10:00:00Z" -> the calendar date; nullopt when not a valid ISO date.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s);

// First non-empty line, trimmed.
std::string first_line(std::string_view text);

// What is taken from an HTML page.
struct HtmlArticle {
    std::string title;
    std::string url;
    std::optional<std::chrono::year_month_day> published;
    std::string text;  // one paragraph a line
    std::vector<Suppression> suppressions;
    bool too_deep = false;  // nested too deep to parse: text from a plain tag stripper, no metadata
};
HtmlArticle extract_html(std::string_view html);

}  // namespace crosscheck::read_detail
