// The JSON report: the model's JSON (report/json.cpp) plus a version, a summary and the rules, as documented in
// docs/report-schema.json. Bump kSchemaVersion's major part on any change that can break a reader.
#include <map>

#include "report/formats.hpp"
#include "report/json.hpp"

namespace crosscheck {

namespace {
constexpr const char* kSchemaVersion = "2.1";  // 2: sources[].assertions are those the findings rest on; 2.1: "age"
}

nlohmann::json json_report(const Result& r, const ReportContext& ctx) {
    nlohmann::json out = report_to_json(r);
    out["schema_version"] = kSchemaVersion;
    if (!ctx.timestamp.empty()) out["generated"] = ctx.timestamp;
    std::size_t e = 0, w = 0, i = 0, contradictions = 0;
    std::map<std::string, std::size_t> by_rule;
    std::map<std::string, bool> contradiction;
    for (const auto& rule : ctx.rules) contradiction[rule.id] = rule.contradiction;
    for (const auto& f : r.findings) {
        (f.severity == Severity::error ? e : f.severity == Severity::warning ? w : i)++;
        ++by_rule[f.rule];
        if (auto it = contradiction.find(f.rule); it == contradiction.end() || it->second) ++contradictions;
    }
    out["summary"] = {{"sources", r.corpus.sources.size()},
                      {"findings", r.findings.size()},
                      {"errors", e},
                      {"warnings", w},
                      {"infos", i},
                      {"contradictions", contradictions},
                      {"by_rule", by_rule},
                      {"suppressed", ctx.suppressed},
                      {"baselined", ctx.baselined},
                      {"failed_inputs", r.failed_inputs}};
    nlohmann::json rules = nlohmann::json::array();
    for (const auto& rule : ctx.rules)
        rules.push_back({{"id", rule.id}, {"severity", to_string(rule.severity)}, {"summary", rule.summary},
                         {"contradiction", rule.contradiction}});
    out["rules"] = std::move(rules);
    return out;
}

}  // namespace crosscheck
