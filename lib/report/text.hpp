// Terminal report, compiler style: path:line:col: severity: message [rule-id].
#pragma once

#include <ostream>

#include "pipeline.hpp"

namespace crosscheck {

struct TextOptions {
    bool color = false;
};

void write_text(std::ostream&, const Result&, const TextOptions&);

}  // namespace crosscheck
