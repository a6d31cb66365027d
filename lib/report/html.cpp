// The HTML report: one self-contained file. The page is rendered here, with every piece of text escaped;
// reports/report.js only filters and explains what is already on the page (it never builds markup from text).
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "knowledge/calendar.hpp"
#include "report/formats.hpp"

namespace crosscheck {

namespace {

std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

// Fills {{name}} placeholders of the template; inserted values are never scanned again.
std::string fill(std::string_view tpl, const std::map<std::string, std::string>& values) {
    std::string out;
    std::size_t at = 0;
    while (true) {
        auto open = tpl.find("{{", at);
        if (open == std::string_view::npos) break;
        auto close = tpl.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        out.append(tpl.substr(at, open - at));
        auto it = values.find(std::string(tpl.substr(open + 2, close - open - 2)));
        if (it != values.end()) out += it->second;
        at = close + 2;
    }
    out.append(tpl.substr(at));
    return out;
}

std::string source_name(const Source& s) { return s.title.empty() ? (s.path.empty() ? s.id : s.path) : s.title; }

int rank(Severity s) { return s == Severity::error ? 2 : s == Severity::warning ? 1 : 0; }

// Attributes every element that stands for a finding carries, read by the filters.
std::string finding_attrs(const Finding& f, std::size_t n) {
    return fmt::format("data-finding=\"f{}\" data-severity=\"{}\" data-rule=\"{}\"", n, to_string(f.severity),
                       esc(f.rule));
}

std::string evidence_link(const Result& r, std::size_t n, std::size_t k) {
    const Evidence& e = r.findings[n].evidence[k];
    const Source& s = r.corpus.sources[e.source];
    Position p = s.position(e.span.begin);
    return fmt::format("<a class=\"ev\" href=\"#e{}-{}\"><span class=\"role\">{}</span> “{}” <span "
                       "class=\"where\">{} {}:{}</span></a>",
                       n, k, esc(e.role), esc(e.text), esc(source_name(s)), p.line, p.column);
}

void finding_item(std::ostream& o, const Result& r, std::size_t n) {
    const Finding& f = r.findings[n];
    o << fmt::format("<li class=\"finding sev-{}\" id=\"f{}\" {} tabindex=\"-1\">", to_string(f.severity), n,
                     finding_attrs(f, n));
    o << fmt::format("<p class=\"head\"><span class=\"badge sev-{0}\">{0}</span> <span class=\"msg\">{1}</span> "
                     "<code class=\"rule\">{2}</code></p>",
                     to_string(f.severity), esc(f.message), esc(f.rule));
    o << fmt::format("<p class=\"conf\">confidence {:.0f}%</p>", f.confidence * 100);
    if (!f.values.empty()) {  // a conflict's values as truth discovery weighs them
        o << "<p class=\"conf values\">values:";
        for (std::size_t k = 0; k < f.values.size(); ++k)
            o << fmt::format("{} “{}” {} source{} {:.0f}%", k ? ";" : "", esc(f.values[k].text), f.values[k].sources.size(),
                             f.values[k].sources.size() == 1 ? "" : "s", f.values[k].confidence * 100);
        o << "</p>";
    }
    if (!f.fix.empty()) o << "<p class=\"fix\"><span class=\"label\">fix</span> " << esc(f.fix) << "</p>";
    o << "<ul class=\"evidence\">";
    for (std::size_t k = 0; k < f.evidence.size(); ++k) o << "<li>" << evidence_link(r, n, k) << "</li>";
    o << "</ul></li>\n";
}

struct Mark {
    Span span;
    std::size_t finding, evidence;
};

// The article's text with every evidence span highlighted. Spans may overlap, so the text is cut at every
// span boundary and each piece is marked with all the findings covering it.
void article_text(std::ostream& o, const Result& r, std::size_t si) {
    const Source& s = r.corpus.sources[si];
    std::vector<Mark> marks;
    for (std::size_t n = 0; n < r.findings.size(); ++n)
        for (std::size_t k = 0; k < r.findings[n].evidence.size(); ++k) {
            const Evidence& e = r.findings[n].evidence[k];
            if (e.source == si && e.span.begin < s.text.size())
                marks.push_back({{e.span.begin, std::min(e.span.end, s.text.size())}, n, k});
        }
    std::set<std::size_t> cuts{0, s.text.size()};
    for (const auto& m : marks) {
        cuts.insert(m.span.begin);
        cuts.insert(m.span.end);
    }
    o << "<div class=\"text\">";
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        Span piece{*it, *std::next(it)};
        for (const auto& m : marks)
            if (m.span.begin == piece.begin) o << fmt::format("<span class=\"anchor\" id=\"e{}-{}\"></span>", m.finding, m.evidence);
        std::vector<std::size_t> covering;
        for (const auto& m : marks)
            if (m.span.contains(piece) && !piece.empty() &&
                std::find(covering.begin(), covering.end(), m.finding) == covering.end())
                covering.push_back(m.finding);
        std::string text = esc(s.slice(piece));
        if (covering.empty()) {
            o << text;
            continue;
        }
        std::sort(covering.begin(), covering.end());
        Severity top = Severity::info;
        std::string ids, title;
        for (std::size_t n : covering) {
            const Finding& f = r.findings[n];
            if (rank(f.severity) > rank(top)) top = f.severity;
            ids += (ids.empty() ? "f" : " f") + std::to_string(n);
            title += (title.empty() ? "" : "\n") + std::string(to_string(f.severity)) + ": " + f.message;
        }
        o << fmt::format("<mark class=\"hl sev-{}\" tabindex=\"0\" data-findings=\"{}\" title=\"{}\">{}</mark>",
                         to_string(top), ids, esc(title), text);
    }
    o << "</div>\n";
}

void summary(std::ostream& o, const Result& r, const ReportContext& ctx) {
    std::size_t counts[3] = {0, 0, 0};
    std::map<std::string, std::size_t> by_rule;
    for (const auto& f : r.findings) {
        ++counts[rank(f.severity)];
        ++by_rule[f.rule];
    }
    o << "<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>\n";
    o << fmt::format("<p class=\"totals\"><span class=\"badge sev-error\">{} errors</span> <span class=\"badge "
                     "sev-warning\">{} warnings</span> <span class=\"badge sev-info\">{} infos</span> in {} "
                     "articles; corpus score <strong>{:.1f}</strong>",
                     counts[2], counts[1], counts[0], r.corpus.sources.size(), r.scores.corpus);
    if (ctx.suppressed) o << fmt::format("; {} suppressed", ctx.suppressed);
    if (ctx.baselined) o << fmt::format("; {} accepted by the baseline", ctx.baselined);
    o << "</p>\n<table class=\"scores\"><caption>Score per article</caption><thead><tr><th scope=\"col\">Article"
         "</th><th scope=\"col\">Published</th><th scope=\"col\">Score</th><th scope=\"col\">Errors</th><th "
         "scope=\"col\">Warnings</th><th scope=\"col\">Infos</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < r.corpus.sources.size(); ++i) {
        const Source& s = r.corpus.sources[i];
        SourceScore sc = i < r.scores.sources.size() ? r.scores.sources[i] : SourceScore{};
        o << fmt::format("<tr><td><a href=\"#s{}\">{}</a></td><td>{}</td><td class=\"num\">{:.1f}</td><td "
                         "class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                         i, esc(source_name(s)), s.published ? calendar::format_day(*s.published) : "", sc.score, sc.errors,
                         sc.warnings, sc.infos);
    }
    o << "</tbody></table>\n<table class=\"rules\"><caption>Findings by rule</caption><thead><tr><th "
         "scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Findings</th><th "
         "scope=\"col\">What it finds</th></tr></thead><tbody>\n";
    for (const auto& rule : ctx.rules)
        o << fmt::format("<tr><td><code>{}</code></td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
                         esc(rule.id), to_string(rule.severity), by_rule.count(rule.id) ? by_rule[rule.id] : 0,
                         esc(rule.summary));
    o << "</tbody></table></section>\n";
}

void filters(std::ostream& o, const Result& r) {
    std::map<std::string, std::size_t> sev, rules;
    for (const auto& f : r.findings) {
        ++sev[to_string(f.severity)];
        ++rules[f.rule];
    }
    o << "<nav id=\"filters\" aria-label=\"Filters\"><fieldset><legend>Severity</legend>";
    for (const char* s : {"error", "warning", "info"})
        o << fmt::format("<label><input type=\"checkbox\" name=\"severity\" value=\"{0}\" checked> <span "
                         "class=\"badge sev-{0}\">{0}</span> {1}</label> ",
                         s, sev.count(s) ? sev[s] : 0);
    o << "</fieldset><fieldset><legend>Rule</legend>";
    for (const auto& [rule, n] : rules)
        o << fmt::format("<label><input type=\"checkbox\" name=\"rule\" value=\"{0}\" checked> <code>{0}</code> "
                         "{1}</label> ",
                         esc(rule), n);
    o << "</fieldset><p class=\"shown\" aria-live=\"polite\"></p></nav>\n";
}

// Findings that involve several statements: who said what, where and when, side by side.
void disputes(std::ostream& o, const Result& r) {
    o << "<section id=\"disputes\" aria-labelledby=\"disputes-h\"><h2 id=\"disputes-h\">Disputed claims and "
         "conflicting facts</h2>\n";
    std::size_t shown = 0;
    for (std::size_t n = 0; n < r.findings.size(); ++n) {
        const Finding& f = r.findings[n];
        // Statements from two articles, or three statements at odds within one.
        std::set<std::size_t> sources;
        for (const auto& e : f.evidence) sources.insert(e.source);
        if (sources.size() < 2 && f.evidence.size() < 3) continue;
        ++shown;
        // Collapsed: a corpus can have many; the summary line says what each is about.
        o << fmt::format("<details class=\"dispute finding sev-{}\" {}><summary><span class=\"badge sev-{}\">{}</span> "
                         "{} <code class=\"rule\">{}</code></summary>",
                         to_string(f.severity), finding_attrs(f, n), to_string(f.severity), to_string(f.severity),
                         esc(f.message), esc(f.rule));
        o << "<table><thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Published</th><th "
             "scope=\"col\">Role</th><th scope=\"col\">Statement</th></tr></thead><tbody>";
        for (std::size_t k = 0; k < f.evidence.size(); ++k) {
            const Evidence& e = f.evidence[k];
            const Source& s = r.corpus.sources[e.source];
            o << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td><a href=\"#e{}-{}\">“{}”</a></td></tr>",
                             esc(source_name(s)), s.published ? calendar::format_day(*s.published) : "", esc(e.role), n, k,
                             esc(e.text));
        }
        o << "</tbody></table></details>\n";
    }
    if (!shown) o << "<p>No finding involves more than one statement.</p>\n";
    o << "</section>\n";
}

}  // namespace

void write_html(std::ostream& out, const Result& r, const ReportContext& ctx) {
    std::ostringstream body;
    filters(body, r);
    summary(body, r, ctx);
    disputes(body, r);
    for (std::size_t i = 0; i < r.corpus.sources.size(); ++i) {
        const Source& s = r.corpus.sources[i];
        SourceScore sc = i < r.scores.sources.size() ? r.scores.sources[i] : SourceScore{};
        body << fmt::format("<article class=\"source\" id=\"s{}\" aria-labelledby=\"s{}-h\"><h2 id=\"s{}-h\">{}</h2>", i,
                            i, i, esc(source_name(s)));
        body << "<p class=\"meta\">" << esc(s.path);
        if (s.published) body << " · published " << calendar::format_day(*s.published);
        if (!s.url.empty()) body << " · " << esc(s.url);  // shown, not linked: the report makes no requests
        body << fmt::format(" · score {:.1f}</p>\n", sc.score);
        article_text(body, r, i);
        body << "<ol class=\"findings\">\n";
        for (std::size_t n = 0; n < r.findings.size(); ++n)
            if (!r.findings[n].evidence.empty() && r.findings[n].evidence.front().source == i) finding_item(body, r, n);
        body << "</ol></article>\n";
    }
    std::string meta = fmt::format("crosscheck {}", CROSSCHECK_VERSION);
    if (!ctx.timestamp.empty()) meta += " · " + ctx.timestamp;
    out << fill(embedded_file("report.html"), {{"title", "crosscheck report"},
                                               {"meta", esc(meta)},
                                               {"style", std::string(embedded_file("report.css"))},
                                               {"script", std::string(embedded_file("report.js"))},
                                               {"body", body.str()}});
}

}  // namespace crosscheck
