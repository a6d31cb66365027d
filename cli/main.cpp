// The crosscheck program: parses the command line, runs the pipeline, writes reports, sets the exit status.
// Exit status: 0 = ran and within thresholds, 1 = findings exceed thresholds, 2 = usage or input error.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "checks/registry.hpp"
#include "knowledge/knowledge.hpp"
#include "pipeline.hpp"
#include "report/json.hpp"
#include "report/text.hpp"

namespace cc = crosscheck;

namespace {

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

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"crosscheck: fact-consistency checker for news copy"};
    app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION);
    app.require_subcommand(1);

    std::vector<std::string> inputs;
    std::string published;
    std::string format = "json";

    auto* extract = app.add_subcommand("extract", "Extract typed assertions (dates, places, people, quotes, claims, "
                                                  "quantities) and print them as JSON");
    extract->add_option("inputs", inputs, "Files (.txt, .html, .jsonl), directories, or - for stdin")->required();
    extract->add_option("--published", published, "Publication date (YYYY-MM-DD) for sources that give none");
    extract->add_option("--format", format, "Output format")->check(CLI::IsMember({"json"}));

    std::vector<std::string> check_inputs;
    std::string check_published;
    auto* check = app.add_subcommand("check", "Check sources for inconsistencies within and across them");
    check->add_option("inputs", check_inputs, "Files (.txt, .html, .jsonl), directories, or - for stdin")->required();
    check->add_option("--published", check_published, "Publication date (YYYY-MM-DD) for sources that give none");
    std::string check_format = "text";
    check->add_option("--format", check_format, "Report format")->check(CLI::IsMember({"text", "json"}));

    auto* rules = app.add_subcommand("rules", "List the rules with their ids, severities and summaries");

    CLI11_PARSE(app, argc, argv);

    try {
        cc::Knowledge knowledge = cc::Knowledge::load();
        cc::PipelineOptions options;
        if (*rules) {
            for (const auto& c : cc::make_checks())
                fmt::print("{:<28} {:<8} {}\n", c->id(), cc::to_string(c->default_severity()), c->summary());
            return 0;
        }
        const std::string& date_text = *extract ? published : check_published;
        if (!date_text.empty()) {
            std::chrono::year_month_day d;
            if (!parse_date(date_text, d)) {
                fmt::print(std::cerr, "crosscheck: error: --published: '{}' is not a date of the form YYYY-MM-DD\n",
                           date_text);
                return 2;
            }
            options.read.published = d;
        }
        if (*extract) {
            options.run_checks = false;
            cc::Result r = cc::run_pipeline(inputs, options, knowledge);
            print_diagnostics(r);
            std::cout << cc::assertions_to_json(r.corpus).dump(2) << '\n';
            return r.failed_inputs ? 2 : 0;
        }
        cc::Result r = cc::run_pipeline(check_inputs, options, knowledge);
        print_diagnostics(r);
        if (check_format == "json")
            std::cout << cc::report_to_json(r).dump(2) << '\n';
        else
            cc::write_text(std::cout, r, cc::TextOptions{});
        if (r.failed_inputs) return 2;
        return 0;
    } catch (const std::exception& e) {
        fmt::print(std::cerr, "crosscheck: error: {}\n", e.what());
        return 2;
    }
}
