// GitHub Actions workflow commands (docs: "Workflow commands for GitHub Actions"): one annotation per finding.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "report/formats.hpp"

namespace crosscheck {

namespace {

// Message data: %, CR and LF must be percent-encoded or the runner cuts the command short.
std::string escape_data(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out += c;
    }
    return out;
}

// Property values additionally may not contain the separators ':' and ','.
std::string escape_property(std::string_view s) {
    std::string out;
    for (char c : escape_data(s)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

const char* command(Severity s) {
    return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "notice";
}

}  // namespace

void write_github(std::ostream& out, const Result& r, const ReportContext&) {
    for (const auto& f : r.findings) {
        std::string message = f.message;
        if (!f.fix.empty()) message += "\nfix: " + f.fix;
        for (std::size_t i = 1; i < f.evidence.size(); ++i) {
            const Evidence& n = f.evidence[i];
            const Source& ns = r.corpus.sources[n.source];
            Position p = ns.position(n.span.begin);
            message += fmt::format("\n{}: \"{}\" ({}:{}:{})", n.role, n.text, source_label(ns), p.line, p.column);
        }
        if (f.evidence.empty()) {
            fmt::print(out, "::{} title={}::{}\n", command(f.severity), escape_property(f.rule), escape_data(message));
            continue;
        }
        const Evidence& e = f.evidence.front();
        const Source& s = r.corpus.sources[e.source];
        Position b = s.position(e.span.begin), end = s.position(e.span.end);
        if (s.record_line > 0) {  // an article of a JSONL file: annotate the record's line, say where in the article
            fmt::print(out, "::{} file={},line={},title={}::{}\n", command(f.severity), escape_property(s.path),
                       s.record_line, escape_property(f.rule),
                       escape_data(fmt::format("{} ({}:{}:{})", message, source_label(s), b.line, b.column)));
            continue;
        }
        fmt::print(out, "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command(f.severity),
                   escape_property(s.path), b.line, b.column, end.line, end.column, escape_property(f.rule),
                   escape_data(message));
    }
}

}  // namespace crosscheck
