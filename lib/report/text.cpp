#include "report/text.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace crosscheck {

namespace {

// ANSI styles, empty when colour is off.
struct Style {
    bool on = false;
    const char* operator()(const char* code) const { return on ? code : ""; }
};
constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kMagenta = "\033[1;35m";
constexpr const char* kCyan = "\033[1;36m";
constexpr const char* kGreen = "\033[1;32m";

const char* severity_colour(Severity s) {
    return s == Severity::error ? kRed : s == Severity::warning ? kMagenta : kCyan;
}

// Terminal cells one code point takes: 0 for combining marks, 2 for East Asian wide and full-width.
int cells(UChar32 c) {
    if (c == '\t') return 1;
    auto gc = u_charType(c);
    if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR) return 0;
    auto w = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
}

struct CodePoint {
    std::size_t offset;  // byte offset in the source text
    UChar32 c;
};

// Prints the line holding the span, clipped to a window around it, and a caret line under the span.
// Long paragraphs are one line in news copy, so the window keeps the excerpt readable.
void print_excerpt(std::ostream& out, const Source& s, Span span, Style st) {
    if (s.line_starts.empty() || span.begin > s.text.size()) return;
    auto it = std::upper_bound(s.line_starts.begin(), s.line_starts.end(), span.begin);
    std::size_t line_begin = *(it - 1);
    std::size_t line_end = s.text.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = s.text.size();
    std::vector<CodePoint> cps;
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.text.data());
    for (int32_t i = static_cast<int32_t>(line_begin); i < static_cast<int32_t>(line_end);) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(bytes, i, static_cast<int32_t>(line_end), c);
        cps.push_back({static_cast<std::size_t>(at), c < 0 ? 0xFFFD : c});
    }
    auto index_of = [&](std::size_t offset) {
        return static_cast<std::size_t>(std::lower_bound(cps.begin(), cps.end(), offset,
                                                         [](const CodePoint& p, std::size_t o) { return p.offset < o; }) -
                                        cps.begin());
    };
    std::size_t first = index_of(span.begin), last = index_of(std::min(span.end, line_end));
    if (last <= first) last = std::min(first + 1, cps.size());
    constexpr std::size_t kContext = 40, kLongest = 100;  // code points of context; of underlined span
    last = std::min(last, first + kLongest);
    std::size_t from = first > kContext ? first - kContext : 0;
    std::size_t to = std::min(cps.size(), last + kContext);
    std::string text, marks;
    if (from > 0) {
        text += "...";
        marks += "   ";
    }
    for (std::size_t k = from; k < to; ++k) {
        char buf[4];
        int32_t n = 0;
        UBool err = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, cps[k].c, err);
        (void)err;  // a decoded code point always fits in 4 bytes
        text.append(buf, static_cast<std::size_t>(n));
        int w = cells(cps[k].c);
        char mark = k < first ? ' ' : k == first ? '^' : k < last ? '~' : 0;
        if (!mark) continue;
        if (cps[k].c == '\t' && mark == ' ') marks += '\t';  // keep alignment under tabs
        else if (w > 0) {
            marks += mark;
            if (w == 2) marks += mark == '^' ? '~' : mark;
        } else if (k == first) marks += '^';
    }
    if (first >= to) marks += '^';  // span at the end of the line
    if (to < cps.size()) text += "...";
    if (cps.empty()) marks = "^";
    fmt::print(out, "    {}\n    {}{}{}\n", text, st(kGreen), marks, st(kReset));
}

std::vector<std::string> source_labels(const Result& r) {
    std::vector<std::string> labels;
    for (const auto& s : r.corpus.sources) labels.push_back(source_label(s));
    return labels;
}

void print_location(std::ostream& out, const std::string& label, const Source& s, std::size_t offset, Style st) {
    Position p = s.position(offset);
    fmt::print(out, "{}{}:{}:{}:{} ", st(kBold), label, p.line, p.column, st(kReset));
}

void write_findings(std::ostream& out, const Result& r, const std::vector<std::string>& labels, Style st) {
    for (const auto& f : r.findings) {
        if (f.evidence.empty()) {
            fmt::print(out, "{}{}:{} {}{}{} [{}]\n", st(severity_colour(f.severity)), to_string(f.severity), st(kReset),
                       st(kBold), f.message, st(kReset), f.rule);
            continue;
        }
        const Evidence& e = f.evidence.front();
        const Source& s = r.corpus.sources[e.source];
        print_location(out, labels[e.source], s, e.span.begin, st);
        fmt::print(out, "{}{}:{} {}{}{} [{}]\n", st(severity_colour(f.severity)), to_string(f.severity), st(kReset),
                   st(kBold), f.message, st(kReset), f.rule);
        print_excerpt(out, s, e.span, st);
        for (std::size_t i = 1; i < f.evidence.size(); ++i) {
            const Evidence& n = f.evidence[i];
            const Source& ns = r.corpus.sources[n.source];
            print_location(out, labels[n.source], ns, n.span.begin, st);
            fmt::print(out, "{}note:{} {}: \"{}\"\n", st(kCyan), st(kReset), n.role, n.text);
        }
        if (!f.fix.empty()) fmt::print(out, "    {}fix:{} {}\n", st(kGreen), st(kReset), f.fix);
    }
}

std::string plural(std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

void write_summary(std::ostream& out, const Result& r, const std::vector<std::string>& labels,
                   const ReportContext* ctx) {
    std::size_t e = 0, w = 0, i = 0;
    for (const auto& f : r.findings) (f.severity == Severity::error ? e : f.severity == Severity::warning ? w : i)++;
    // Every source of a small run; of a large one (an archive), those with findings, and a count of the others.
    constexpr std::size_t list_all_up_to = 20;
    bool all = r.corpus.sources.size() <= list_all_up_to;
    std::size_t clean = 0;
    for (std::size_t k = 0; k < r.corpus.sources.size() && k < r.scores.sources.size(); ++k) {
        const SourceScore& sc = r.scores.sources[k];
        if (!all && sc.errors + sc.warnings + sc.infos == 0) {
            ++clean;
            continue;
        }
        fmt::print(out, "  {}: score {:.1f} ({}, {}, {})\n", labels[k], sc.score,
                   plural(sc.errors, "error"), plural(sc.warnings, "warning"), plural(sc.infos, "info"));
    }
    if (clean) fmt::print(out, "  {} with no findings: score 100.0\n", plural(clean, "other source"));
    std::string extra;
    if (ctx && ctx->suppressed) extra += fmt::format(", {} suppressed", ctx->suppressed);
    if (ctx && ctx->baselined) extra += fmt::format(", {} in baseline", ctx->baselined);
    fmt::print(out, "{}: {}, {}, {}{}; corpus score {:.1f}\n", plural(r.corpus.sources.size(), "source"),
               plural(e, "error"), plural(w, "warning"), plural(i, "info"), extra, r.scores.corpus);
}

}  // namespace

void write_text(std::ostream& out, const Result& r, const TextOptions& o) {
    auto labels = source_labels(r);
    write_findings(out, r, labels, Style{o.color});
    write_summary(out, r, labels, nullptr);
}

void write_text(std::ostream& out, const Result& r, const ReportContext& ctx) {
    auto labels = source_labels(r);
    write_findings(out, r, labels, Style{ctx.color});
    write_summary(out, r, labels, &ctx);
}

}  // namespace crosscheck
