// Minimal reader (plain text files only); the full reader is issue 2's.
#include "read/read.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {

ReadResult read_inputs(const std::vector<std::string>& inputs, const ReadOptions&) {
    ReadResult result;
    for (const auto& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            result.diagnostics.push_back({Diagnostic::Level::error, path, "cannot open file"});
            ++result.failed_inputs;
            continue;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        Source s;
        s.path = path;
        s.id = std::filesystem::path(path).stem().string();
        s.text = ss.str();
        result.sources.push_back(std::move(s));
    }
    return result;
}

}  // namespace crosscheck
