#include "model/finding.hpp"

namespace crosscheck {

const char* to_string(Severity s) {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "warning";
}

bool parse_severity(std::string_view text, Severity& out) {
    if (text == "info") out = Severity::info;
    else if (text == "warning") out = Severity::warning;
    else if (text == "error") out = Severity::error;
    else return false;
    return true;
}

}  // namespace crosscheck
