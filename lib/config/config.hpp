// Project configuration, `.crosscheck.json`: which rules run and how severe they are, the gating thresholds, and
// which rules are silenced for which files. Found upward from the first input's directory, or given by --config.
//
//   {
//     "rules": {"enable": ["rule", ...], "disable": ["rule", ...], "severity": {"rule": "error|warning|info"}},
//     "fail_on": "error|warning|info", "max_findings": N, "max_contradictions": N,
//     "suppress": [{"files": "glob", "rules": ["rule" or "*", ...]}]
//   }
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "checks/engine.hpp"
#include "model/corpus.hpp"
#include "model/finding.hpp"

namespace crosscheck {

struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct FileSuppression {
    std::string glob;                // matched against the input path relative to the config's folder, or as given
    std::vector<std::string> rules;  // "*" for every rule
};

struct Config {
    std::filesystem::path path;  // the file read; empty when there was none
    std::optional<std::vector<std::string>> enable;  // when given, only these rules run
    std::vector<std::string> disable;
    std::map<std::string, Severity> severity;
    std::optional<Severity> fail_on;
    std::optional<std::size_t> max_findings, max_contradictions;
    std::vector<FileSuppression> suppress;
};

inline constexpr const char* kConfigFileName = ".crosscheck.json";

// The nearest .crosscheck.json in `dir` or one of its parents.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& dir);

// Reads and validates a config; rule ids must be among `known_rules`. Throws ConfigError naming the file and key.
Config load_config(const std::filesystem::path& file, const std::set<std::string>& known_rules);

// Rule selection and severities as the check engine takes them.
void apply_config(const Config&, const std::set<std::string>& known_rules, CheckOptions&);

// Removes findings silenced by the config's file globs or by inline suppressions recorded on the sources
// (HTML `<!-- crosscheck-disable RULE -->`); returns how many were removed.
std::size_t apply_suppressions(const Corpus&, const Config&, std::vector<Finding>&);

// Shell-style glob: * and ? (not across '/'), ** across folders, [abc] classes.
bool glob_match(std::string_view glob, std::string_view path);

}  // namespace crosscheck
