#include "config/config.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace crosscheck {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

[[noreturn]] void fail(const fs::path& file, const std::string& what) {
    throw ConfigError(fmt::format("{}: {}", file.string(), what));
}

std::vector<std::string> rule_list(const fs::path& file, const json& j, const std::string& key,
                                   const std::set<std::string>& known) {
    if (!j.is_array()) fail(file, key + " must be an array of rule ids");
    std::vector<std::string> out;
    for (const auto& v : j) {
        if (!v.is_string()) fail(file, key + " must be an array of rule ids");
        std::string id = v.get<std::string>();
        if (id != "*" && !known.count(id)) fail(file, fmt::format("{}: unknown rule '{}' (see `crosscheck rules`)", key, id));
        out.push_back(id);
    }
    return out;
}

std::size_t count(const fs::path& file, const json& j, const std::string& key) {
    if (!j.is_number_unsigned()) fail(file, key + " must be a number of findings (0 or more)");
    return j.get<std::size_t>();
}

Severity severity(const fs::path& file, const json& j, const std::string& key) {
    Severity s;
    if (!j.is_string() || !parse_severity(j.get<std::string>(), s))
        fail(file, key + " must be \"error\", \"warning\" or \"info\"");
    return s;
}

}  // namespace

std::optional<fs::path> find_config(const fs::path& dir) {
    std::error_code ec;
    fs::path at = fs::absolute(dir, ec);
    if (ec) return std::nullopt;
    for (;;) {
        fs::path candidate = at / kConfigFileName;
        if (fs::is_regular_file(candidate, ec)) return candidate;
        if (!at.has_parent_path() || at.parent_path() == at) return std::nullopt;
        at = at.parent_path();
    }
}

Config load_config(const fs::path& file, const std::set<std::string>& known) {
    std::ifstream in(file);
    if (!in) fail(file, "cannot be read");
    json j = json::parse(in, nullptr, false, true);  // comments allowed: configs get annotated
    if (j.is_discarded()) fail(file, "is not valid JSON");
    if (!j.is_object()) fail(file, "must hold a JSON object");
    Config c;
    c.path = file;
    for (const auto& [key, value] : j.items()) {
        if (key == "rules") {
            if (!value.is_object()) fail(file, "rules must be an object");
            for (const auto& [k, v] : value.items()) {
                if (k == "enable") c.enable = rule_list(file, v, "rules.enable", known);
                else if (k == "disable") c.disable = rule_list(file, v, "rules.disable", known);
                else if (k == "severity") {
                    if (!v.is_object()) fail(file, "rules.severity must map rule ids to severities");
                    for (const auto& [id, s] : v.items()) {
                        if (!known.count(id)) fail(file, fmt::format("rules.severity: unknown rule '{}'", id));
                        c.severity[id] = severity(file, s, "rules.severity." + id);
                    }
                } else fail(file, fmt::format("rules: unknown key '{}'", k));
            }
        } else if (key == "fail_on") c.fail_on = severity(file, value, key);
        else if (key == "max_findings") c.max_findings = count(file, value, key);
        else if (key == "max_contradictions") c.max_contradictions = count(file, value, key);
        else if (key == "suppress") {
            if (!value.is_array()) fail(file, "suppress must be an array of {\"files\": glob, \"rules\": [...]}");
            for (const auto& s : value) {
                if (!s.is_object() || !s.contains("files") || !s["files"].is_string() || !s.contains("rules"))
                    fail(file, "suppress entries need \"files\" (a glob) and \"rules\"");
                c.suppress.push_back({s["files"].get<std::string>(), rule_list(file, s["rules"], "suppress.rules", known)});
            }
        } else if (key != "$schema" && key != "comment") fail(file, fmt::format("unknown key '{}'", key));
    }
    return c;
}

void apply_config(const Config& c, const std::set<std::string>& known, CheckOptions& options) {
    if (c.enable) {
        bool all = std::find(c.enable->begin(), c.enable->end(), "*") != c.enable->end();
        for (const auto& id : known)
            if (!all && std::find(c.enable->begin(), c.enable->end(), id) == c.enable->end()) options.disabled.insert(id);
    }
    for (const auto& id : c.disable) {
        if (id == "*") options.disabled.insert(known.begin(), known.end());
        else options.disabled.insert(id);
    }
    for (const auto& [id, s] : c.severity) options.severity[id] = s;
}

bool glob_match(std::string_view glob, std::string_view path) {
    std::string g(glob), p(path);
    // "**/" matches any number of folders, including none: try the pattern with and without it.
    if (auto at = g.find("**/"); at != std::string::npos) {
        std::string without = g.substr(0, at) + g.substr(at + 3);
        std::string any = g.substr(0, at) + "*" + g.substr(at + 2);
        return glob_match(without, path) || fnmatch(any.c_str(), p.c_str(), 0) == 0;
    }
    if (g.find("**") != std::string::npos) return fnmatch(g.c_str(), p.c_str(), 0) == 0;
    return fnmatch(g.c_str(), p.c_str(), FNM_PATHNAME) == 0;
}

std::size_t apply_suppressions(const Corpus& corpus, const Config& c, std::vector<Finding>& findings) {
    auto rule_listed = [](const std::vector<std::string>& rules, const std::string& rule) {
        return std::find(rules.begin(), rules.end(), rule) != rules.end() ||
               std::find(rules.begin(), rules.end(), "*") != rules.end();
    };
    fs::path base = c.path.empty() ? fs::path() : fs::absolute(c.path).parent_path();
    auto suppressed = [&](const Finding& f) {
        if (f.evidence.empty()) return false;
        const Evidence& e = f.evidence.front();
        const Source& s = corpus.sources[e.source];
        for (const auto& sup : s.suppressions)
            if ((sup.rule == f.rule || sup.rule == "*") && (sup.span.overlaps(e.span) || sup.span.contains(e.span)))
                return true;
        if (c.suppress.empty() || s.path.empty() || s.path == "-") return false;
        std::string given = fs::path(s.path).lexically_normal().generic_string();
        std::string relative = base.empty() ? given : fs::absolute(s.path).lexically_relative(base).generic_string();
        for (const auto& fsup : c.suppress)
            if (rule_listed(fsup.rules, f.rule) && (glob_match(fsup.glob, relative) || glob_match(fsup.glob, given)))
                return true;
        return false;
    };
    auto before = findings.size();
    findings.erase(std::remove_if(findings.begin(), findings.end(), suppressed), findings.end());
    return before - findings.size();
}

}  // namespace crosscheck
