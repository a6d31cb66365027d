#include "report/text.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace crosscheck {

void write_text(std::ostream& out, const Result& r, const TextOptions&) {
    for (const auto& f : r.findings) {
        if (f.evidence.empty()) continue;
        const Evidence& e = f.evidence.front();
        const Source& s = r.corpus.sources[e.source];
        Position p = s.position(e.span.begin);
        fmt::print(out, "{}:{}:{}: {}: {} [{}]\n", s.path, p.line, p.column, to_string(f.severity), f.message, f.rule);
        for (std::size_t i = 1; i < f.evidence.size(); ++i) {
            const Evidence& n = f.evidence[i];
            const Source& ns = r.corpus.sources[n.source];
            Position np = ns.position(n.span.begin);
            fmt::print(out, "{}:{}:{}: note: {}: \"{}\"\n", ns.path, np.line, np.column, n.role, n.text);
        }
    }
    std::size_t e = 0, w = 0, i = 0;
    for (const auto& f : r.findings)
        (f.severity == Severity::error ? e : f.severity == Severity::warning ? w : i)++;
    fmt::print(out, "{} sources: {} errors, {} warnings, {} infos; corpus score {:.1f}\n", r.corpus.sources.size(), e,
               w, i, r.scores.corpus);
}

}  // namespace crosscheck
