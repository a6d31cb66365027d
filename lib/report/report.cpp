#include "report/report.hpp"

#include <array>
#include <iomanip>

#include "checks/registry.hpp"
#include "report/formats.hpp"
#include "report/text.hpp"

namespace crosscheck {

namespace {

// The body of `## <id>` in docs/rules.md, up to the next heading, trimmed.
std::string rule_section(std::string_view doc, std::string_view id) {
    std::string heading = "\n## " + std::string(id) + "\n";
    auto at = doc.find(heading);
    if (at == std::string_view::npos) return {};
    auto begin = at + heading.size();
    auto end = doc.find("\n## ", begin);
    std::string_view body = doc.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
    while (!body.empty() && (body.front() == '\n' || body.front() == ' ')) body.remove_prefix(1);
    while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.remove_suffix(1);
    return std::string(body);
}

struct FormatName {
    Format format;
    const char* name;
    const char* file;
};

constexpr std::array<FormatName, 6> kFormats{{{Format::text, "text", "report.txt"},
                                              {Format::json, "json", "report.json"},
                                              {Format::html, "html", "report.html"},
                                              {Format::sarif, "sarif", "report.sarif"},
                                              {Format::github, "github", "report.github.txt"},
                                              {Format::claimreview, "claimreview", "report.claimreview.jsonld"}}};

}  // namespace

std::vector<RuleInfo> rule_catalog() {
    std::string_view doc = embedded_file("rules.md");
    std::vector<RuleInfo> out;
    for (const auto& c : make_checks())
        out.push_back(RuleInfo{std::string(c->id()), c->default_severity(), std::string(c->summary()),
                               rule_section(doc, c->id()), c->contradiction()});
    return out;
}

bool parse_format(std::string_view s, Format& out) {
    for (const auto& f : kFormats)
        if (s == f.name) {
            out = f.format;
            return true;
        }
    return false;
}

const char* format_name(Format f) {
    for (const auto& x : kFormats)
        if (x.format == f) return x.name;
    return "text";
}

const char* file_name(Format f) {
    for (const auto& x : kFormats)
        if (x.format == f) return x.file;
    return "report.txt";
}

void write_report(std::ostream& out, Format format, const Result& r, const ReportContext& ctx) {
    switch (format) {
        case Format::text: write_text(out, r, ctx); break;
        // dump() into a string, then one write: nlohmann's stream adapter puts the report a character at a time.
        case Format::json: out << json_report(r, ctx).dump(2) << '\n'; break;
        case Format::html: write_html(out, r, ctx); break;
        case Format::sarif: out << sarif_report(r, ctx).dump(2) << '\n'; break;
        case Format::github: write_github(out, r, ctx); break;
        case Format::claimreview: out << claimreview_report(r, ctx).dump(2) << '\n'; break;
    }
}

std::string source_label(const Source& s) {
    if (s.path.empty()) return s.id;
    return s.record_line > 0 ? s.path + "#" + s.id : s.path;
}

}  // namespace crosscheck
