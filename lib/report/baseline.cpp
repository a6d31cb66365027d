#include "report/baseline.hpp"

#include <algorithm>
#include <fstream>

namespace crosscheck {

nlohmann::json baseline_json(const Result& r) {
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : r.findings) {
        nlohmann::json j{{"fingerprint", f.fingerprint}, {"rule", f.rule}, {"message", f.message}};
        if (!f.evidence.empty()) {
            j["source"] = r.corpus.sources[f.evidence.front().source].id;
            j["text"] = f.evidence.front().text;
        }
        findings.push_back(std::move(j));
    }
    return {{"schema_version", 1}, {"tool", "crosscheck"}, {"findings", std::move(findings)}};
}

Baseline read_baseline(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw BaselineError(file.string() + ": cannot be read");
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("findings") || !j["findings"].is_array())
        throw BaselineError(file.string() + ": not a crosscheck baseline (written by --write-baseline)");
    Baseline b;
    for (const auto& f : j["findings"]) {
        if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string())
            throw BaselineError(file.string() + ": every finding needs a \"fingerprint\" string");
        b.fingerprints.insert(f["fingerprint"].get<std::string>());
    }
    return b;
}

std::size_t apply_baseline(const Baseline& b, std::vector<Finding>& findings) {
    auto before = findings.size();
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const Finding& f) { return b.fingerprints.count(f.fingerprint) > 0; }),
                   findings.end());
    return before - findings.size();
}

}  // namespace crosscheck
