// SARIF 2.1.0 (OASIS), in the subset GitHub code scanning reads: rules with descriptions and default levels,
// results with regions in code points, related locations for evidence from other sources, fingerprints.
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "report/formats.hpp"

namespace crosscheck {

using nlohmann::json;

namespace {

const char* level(Severity s) { return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note"; }

// A relative URI reference for a path as given: unreserved characters and '/' stay, the rest is percent-encoded.
std::string path_uri(std::string_view path) {
    if (path.empty() || path == "-") return "stdin";
    std::string out;
    if (path.front() == '/') out = "file://";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') out += static_cast<char>(c);
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

json location(const Source& s, Span span, std::string_view role, int id) {
    Position b = s.position(span.begin), e = s.position(span.end);
    json region{{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column},
                {"charOffset", span.begin}, {"charLength", span.size()},
                {"snippet", {{"text", std::string(s.slice(span))}}}};
    json properties;
    if (s.record_line > 0) {
        // An article inside a JSONL file: the file's line is the record's; where in the article goes in the
        // properties (the article's text is a JSON string there, so no column of the file would point at it).
        properties = {{"article", s.id}, {"articleLine", b.line}, {"articleColumn", b.column}};
        region = {{"startLine", s.record_line}, {"snippet", {{"text", std::string(s.slice(span))}}}};
    }
    json loc{{"physicalLocation", {{"artifactLocation", {{"uri", path_uri(s.path)}}}, {"region", std::move(region)}}}};
    if (!properties.is_null()) loc["properties"] = std::move(properties);
    if (id >= 0) loc["id"] = id;
    if (!role.empty()) loc["message"] = {{"text", std::string(role)}};
    return loc;
}

}  // namespace

json sarif_report(const Result& r, const ReportContext& ctx) {
    json rules = json::array();
    std::map<std::string, std::size_t> index;
    for (const auto& rule : ctx.rules) {
        index[rule.id] = rules.size();
        std::string full = rule.description.empty() ? rule.summary : rule.description;
        rules.push_back({{"id", rule.id},
                         {"name", rule.id},
                         {"shortDescription", {{"text", rule.summary}}},
                         {"fullDescription", {{"text", full}}},
                         {"help", {{"text", full}, {"markdown", "## " + rule.id + "\n\n" + full}}},
                         {"defaultConfiguration", {{"level", level(rule.severity)}}},
                         {"properties", {{"contradiction", rule.contradiction}}}});
    }
    json results = json::array();
    for (const auto& f : r.findings) {
        std::string text = f.message;
        if (!f.fix.empty()) text += " Fix: " + f.fix;
        json res{{"ruleId", f.rule},
                 {"level", level(f.severity)},
                 {"message", {{"text", text}}},
                 {"partialFingerprints", {{"crosscheckFingerprint/v1", f.fingerprint}}},
                 {"properties", {{"confidence", f.confidence}}}};
        if (auto it = index.find(f.rule); it != index.end()) res["ruleIndex"] = it->second;
        json locations = json::array(), related = json::array();
        for (std::size_t i = 0; i < f.evidence.size(); ++i) {
            const Evidence& e = f.evidence[i];
            const Source& s = r.corpus.sources[e.source];
            if (i == 0) locations.push_back(location(s, e.span, "", -1));
            else related.push_back(location(s, e.span, e.role, static_cast<int>(i)));
        }
        res["locations"] = std::move(locations);
        if (!related.empty()) res["relatedLocations"] = std::move(related);
        results.push_back(std::move(res));
    }
    json notifications = json::array();
    for (const auto& d : r.diagnostics)
        notifications.push_back({{"level", d.level == Diagnostic::Level::error ? "error" : "warning"},
                                 {"message", {{"text", d.path + ": " + d.message}}}});
    json invocation{{"executionSuccessful", r.failed_inputs == 0},
                    {"toolExecutionNotifications", std::move(notifications)}};
    if (!ctx.timestamp.empty()) invocation["endTimeUtc"] = ctx.timestamp;
    json run{{"tool", {{"driver", {{"name", "crosscheck"},
                                   {"version", CROSSCHECK_VERSION},
                                   {"semanticVersion", CROSSCHECK_VERSION},
                                   {"rules", std::move(rules)}}}}},
             {"columnKind", "unicodeCodePoints"},
             {"invocations", json::array({std::move(invocation)})},
             {"results", std::move(results)}};
    return json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({std::move(run)})}};
}

}  // namespace crosscheck
