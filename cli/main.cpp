// The crosscheck program: parses the command line, runs the pipeline, writes reports, sets the exit status.
// Exit status: 0 = ran and within thresholds, 1 = findings exceed thresholds, 2 = usage or input error.
// docs/cli.md documents every option.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "config/config.hpp"
#include "knowledge/knowledge.hpp"
#include "pipeline.hpp"
#include "report/baseline.hpp"
#include "report/gate.hpp"
#include "report/json.hpp"
#include "report/report.hpp"
#include "scoring/score.hpp"

namespace cc = crosscheck;
namespace fs = std::filesystem;

namespace {

constexpr int kUsageError = 2;

// A usage or input problem: printed as "crosscheck: error: ..." and exit status 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

bool parse_date(const std::string& s, std::chrono::year_month_day& out) {
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(s.c_str(), "%d-%u-%u%c", &y, &m, &d, &tail) != 3) return false;
    out = std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
    return out.ok();
}

void print_diagnostics(const cc::Result& r) {
    for (const auto& d : r.diagnostics)
        fmt::print(std::cerr, "crosscheck: {}: {}: {}\n", d.path,
                   d.level == cc::Diagnostic::Level::error ? "error" : "warning", d.message);
}

// Options shared by `extract` and `check`.
struct InputOptions {
    std::vector<std::string> inputs;
    std::string published;
    unsigned jobs = 0;  // all cores
    std::size_t max_file_mib = 64;
};

void add_input_options(CLI::App* cmd, InputOptions& o) {
    cmd->add_option("inputs", o.inputs, "Files (.txt, .html, .jsonl), directories (read recursively), or - for stdin")
        ->required();
    cmd->add_option("--published", o.published, "Publication date (YYYY-MM-DD) for sources that give none");
    cmd->add_option("-j,--jobs", o.jobs, "Worker threads for extraction (per source) and the rules (side by side); default 0 = all cores; output is the same for any value")
        ->check(CLI::NonNegativeNumber);
    // Every article stays in memory for the cross-source rules (about 20 times its size with its assertions), so
    // a file past this size is refused with a message, not read; an archive can be split, or the limit raised.
    cmd->add_option("--max-file-size", o.max_file_mib, "Refuse input files larger than this many MiB (default 64)")
        ->type_name("MIB")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
}

// A progress line on stderr for long runs, only when stderr is a terminal (never in pipes, CI logs or tests).
std::function<void(std::size_t, std::size_t, std::size_t)> progress_line() {
    if (!isatty(STDERR_FILENO)) return {};
    auto start = std::chrono::steady_clock::now();
    auto last = start;
    return [start, last](std::size_t done, std::size_t total, std::size_t bytes) mutable {
        auto now = std::chrono::steady_clock::now();
        if (done < total && now - last < std::chrono::milliseconds(200)) return;
        last = now;
        double seconds = std::max(1e-3, std::chrono::duration<double>(now - start).count());
        double eta = seconds / static_cast<double>(done) * static_cast<double>(total - done);
        fmt::print(stderr, "\rcrosscheck: {}/{} sources, {:.1f} MB/s, ETA {:.0f}s  ", done, total, bytes / 1e6 / seconds,
                   eta);
        if (done == total) fmt::print(stderr, "\r\033[K");
    };
}

cc::PipelineOptions pipeline_options(const InputOptions& o) {
    cc::PipelineOptions options;
    options.jobs = o.jobs;
    options.read.max_bytes = o.max_file_mib << 20;
    options.progress = progress_line();
    if (!o.published.empty()) {
        std::chrono::year_month_day d;
        if (!parse_date(o.published, d))
            throw UsageError(fmt::format("--published: '{}' is not a date of the form YYYY-MM-DD", o.published));
        options.read.published = d;
    }
    return options;
}

struct CheckArgs {
    InputOptions in;
    std::vector<std::string> formats;
    std::string output_dir, output_file, color = "auto", config, baseline, write_baseline, fail_on;
    std::size_t max_findings = 0, max_contradictions = 0;
    bool no_config = false, timestamp = false;
    CLI::Option *max_findings_opt = nullptr, *max_contradictions_opt = nullptr;
};

std::string utc_now() {
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");  // https://no-color.org: any non-empty value
    const char* term = std::getenv("TERM");
    if (no_color && *no_color) return false;
    if (term && std::string_view(term) == "dumb") return false;
    return isatty(STDOUT_FILENO) != 0;
}

cc::Config find_and_load_config(const CheckArgs& a, const std::set<std::string>& known) {
    if (a.no_config) return {};
    if (!a.config.empty()) {
        if (!fs::is_regular_file(a.config)) throw UsageError(fmt::format("--config: '{}' is not a file", a.config));
        return cc::load_config(a.config, known);
    }
    const std::string& first = a.in.inputs.front();
    fs::path start = first == "-" ? fs::current_path() : fs::path(first);
    if (!fs::is_directory(start)) start = start.has_parent_path() ? start.parent_path() : fs::current_path();
    if (auto found = cc::find_config(start)) return cc::load_config(*found, known);
    return {};
}

void write_file(const fs::path& file, cc::Format f, const cc::Result& r, const cc::ReportContext& ctx) {
    std::ofstream out(file, std::ios::binary);
    if (!out) throw UsageError(fmt::format("cannot write '{}'", file.string()));
    cc::write_report(out, f, r, ctx);
    if (!out) throw UsageError(fmt::format("cannot write '{}'", file.string()));
}

int run_check(const CheckArgs& a, const cc::Knowledge& knowledge) {
    std::vector<cc::Format> formats;
    for (const auto& name : a.formats.empty() ? std::vector<std::string>{"text"} : a.formats) {
        cc::Format f;
        if (!cc::parse_format(name, f)) throw UsageError(fmt::format("--format: unknown format '{}'", name));
        if (std::find(formats.begin(), formats.end(), f) == formats.end()) formats.push_back(f);
    }
    if (!a.output_file.empty() && !a.output_dir.empty())
        throw UsageError("-o FILE and --output DIR cannot be used together");
    if (!a.output_file.empty() && formats.size() > 1)
        throw UsageError("-o FILE takes one --format; use --output DIR for several");
    if (a.output_file.empty() && a.output_dir.empty() && formats.size() > 1)
        throw UsageError("several --format need --output DIR (standard output takes one format)");

    cc::ReportContext ctx;
    ctx.rules = cc::rule_catalog();
    std::set<std::string> known;
    for (const auto& r : ctx.rules) known.insert(r.id);

    cc::Config config = find_and_load_config(a, known);
    cc::PipelineOptions options = pipeline_options(a.in);
    cc::apply_config(config, known, options.check);

    cc::Thresholds thresholds;
    if (config.fail_on) thresholds.fail_on = *config.fail_on;
    if (!a.fail_on.empty() && !cc::parse_severity(a.fail_on, thresholds.fail_on))
        throw UsageError(fmt::format("--fail-on: '{}' is not error, warning or info", a.fail_on));
    thresholds.max_findings = config.max_findings;
    thresholds.max_contradictions = config.max_contradictions;
    if (a.max_findings_opt->count()) thresholds.max_findings = a.max_findings;
    if (a.max_contradictions_opt->count()) thresholds.max_contradictions = a.max_contradictions;

    cc::Baseline baseline;
    if (!a.baseline.empty()) baseline = cc::read_baseline(a.baseline);

    cc::Result r = cc::run_pipeline(a.in.inputs, options, knowledge);
    print_diagnostics(r);

    ctx.suppressed = cc::apply_suppressions(r.corpus, config, r.findings);
    if (!a.write_baseline.empty()) {
        std::ofstream out(a.write_baseline, std::ios::binary);
        out << cc::baseline_json(r).dump(2) << '\n';
        if (!out) throw UsageError(fmt::format("--write-baseline: cannot write '{}'", a.write_baseline));
    }
    ctx.baselined = cc::apply_baseline(baseline, r.findings);
    if (ctx.suppressed || ctx.baselined) r.scores = cc::score(r.corpus, r.findings);  // scores of what is reported
    if (a.timestamp) ctx.timestamp = utc_now();

    if (!a.output_dir.empty()) {
        std::error_code ec;
        fs::create_directories(a.output_dir, ec);
        if (ec) throw UsageError(fmt::format("--output: cannot create '{}': {}", a.output_dir, ec.message()));
        for (auto f : formats) write_file(fs::path(a.output_dir) / cc::file_name(f), f, r, ctx);
    } else if (!a.output_file.empty() && a.output_file != "-") {
        write_file(a.output_file, formats.front(), r, ctx);
    } else {
        ctx.color = formats.front() == cc::Format::text && use_color(a.color);
        cc::write_report(std::cout, formats.front(), r, ctx);
        std::cout.flush();
    }

    if (r.failed_inputs) return kUsageError;
    cc::GateResult g = cc::gate(r.findings, ctx.rules, thresholds);
    for (const auto& reason : g.reasons) fmt::print(std::cerr, "crosscheck: over threshold: {}\n", reason);
    return g.exceeded ? 1 : 0;
}

int run_rules(const std::string& format) {
    auto rules = cc::rule_catalog();
    if (format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : rules)
            out.push_back({{"id", r.id}, {"severity", cc::to_string(r.severity)}, {"summary", r.summary},
                           {"contradiction", r.contradiction}, {"description", r.description}});
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    for (const auto& r : rules)
        fmt::print("{:<28} {:<8} {}\n", r.id, cc::to_string(r.severity), r.summary);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"crosscheck: fact-consistency checker for news copy"};
    app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION);
    app.require_subcommand(1);
    app.footer("Exit status: 0 within thresholds, 1 findings exceed thresholds, 2 usage or input error.\n"
               "Run `crosscheck COMMAND --help` for a command's options.");

    InputOptions ex;
    std::string extract_format = "json";
    auto* extract = app.add_subcommand("extract", "Extract typed assertions (dates, places, people, quotes, claims, "
                                                  "quantities) and print them as JSON");
    add_input_options(extract, ex);
    std::string extract_output;
    extract->add_option("-f,--format", extract_format, "Output format (json, the only one)")
        ->check(CLI::IsMember({"json"}))
        ->type_name("FORMAT");
    extract->add_option("-o", extract_output, "Write the assertions to FILE instead of standard output (- for it)")
        ->type_name("FILE");

    CheckArgs ca;
    auto* check = app.add_subcommand("check", "Check sources for inconsistencies within and across them");
    add_input_options(check, ca.in);
    check->add_option("-f,--format", ca.formats,
                      "Report format, repeatable: text (default), json, html, sarif, github, claimreview")
        ->check(CLI::IsMember({"text", "json", "html", "sarif", "github", "claimreview"}))
        ->expected(1)  // one value per --format, so `--format json ARTICLE` keeps ARTICLE an input
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->type_name("FORMAT");
    check->add_option("--output", ca.output_dir, "Write report.<ext> for every --format into DIR")->type_name("DIR");
    check->add_option("-o", ca.output_file, "Write the one --format to FILE (- for standard output)")->type_name("FILE");
    check->add_option("--color", ca.color, "Colour the text report: auto (on a terminal without NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    check->add_option("--fail-on", ca.fail_on, "Exit 1 when a finding is this severe or worse: error (default), "
                                               "warning, info")
        ->check(CLI::IsMember({"error", "warning", "info"}));
    ca.max_findings_opt = check->add_option("--max-findings", ca.max_findings, "Exit 1 when there are more findings");
    ca.max_contradictions_opt = check->add_option("--max-contradictions", ca.max_contradictions,
                                                  "Exit 1 when more findings are contradictions (see `crosscheck rules`)");
    check->add_option("--baseline", ca.baseline, "Accept the findings listed in FILE (by fingerprint)")->type_name("FILE");
    check->add_option("--write-baseline", ca.write_baseline, "Write this run's findings to FILE as a baseline")->type_name("FILE");
    check->add_option("--config", ca.config, "Read settings from FILE instead of the nearest .crosscheck.json")->type_name("FILE");
    check->add_flag("--no-config", ca.no_config, "Read no .crosscheck.json");
    check->add_flag("--timestamp", ca.timestamp, "Put the time of the run into the reports (off: same inputs, same bytes)");

    std::string rules_format = "text";
    auto* rules = app.add_subcommand("rules", "List the rules with their ids, severities and summaries");
    rules->add_option("-f,--format", rules_format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->type_name("FORMAT");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);  // prints help, version or the error
        return code == 0 ? 0 : kUsageError;
    }

    try {
        if (*rules) return run_rules(rules_format);
        cc::Knowledge knowledge = cc::Knowledge::load();
        if (*extract) {
            cc::PipelineOptions options = pipeline_options(ex);
            options.run_checks = false;
            cc::Result r = cc::run_pipeline(ex.inputs, options, knowledge);
            print_diagnostics(r);
            std::string json = cc::assertions_to_json(r.corpus).dump(2);
            if (!extract_output.empty() && extract_output != "-") {
                std::ofstream out(extract_output, std::ios::binary);
                if (!(out << json << '\n')) throw UsageError(fmt::format("cannot write '{}'", extract_output));
            } else {
                std::cout << json << '\n';
            }
            return r.failed_inputs ? kUsageError : 0;
        }
        return run_check(ca, knowledge);
    } catch (const std::exception& e) {
        // UsageError, ConfigError, BaselineError and anything unexpected: a message and status 2.
        fmt::print(std::cerr, "crosscheck: error: {}\n", e.what());
        return kUsageError;
    }
}
