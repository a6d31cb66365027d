// Segmentation: line starts, paragraphs and sentences of a source's text.
#pragma once

#include "model/source.hpp"

namespace crosscheck {

void segment(Source& source);

}  // namespace crosscheck
