// Segmentation: line starts, paragraphs and sentences of a source's text.
#pragma once

#include <string_view>

#include "model/source.hpp"

namespace crosscheck {

void segment(Source& source);

namespace detail {
// May ICU's sentence rules break inside this ASCII paragraph (no blanks at its ends)? False only where UAX #29
// certainly puts no break, and segment() then asks no iterator; exposed for its test.
bool ascii_sentence_break_possible(std::string_view paragraph);
}  // namespace detail

}  // namespace crosscheck
