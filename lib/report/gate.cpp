#include "report/gate.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace crosscheck {

namespace {
int rank(Severity s) { return s == Severity::error ? 2 : s == Severity::warning ? 1 : 0; }
}  // namespace

GateResult gate(const std::vector<Finding>& findings, const std::vector<RuleInfo>& rules, const Thresholds& t) {
    std::size_t severe = 0, contradictions = 0;
    for (const auto& f : findings) {
        if (rank(f.severity) >= rank(t.fail_on)) ++severe;
        // A finding of a rule the catalogue does not know counts as a contradiction: the safe side.
        auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleInfo& r) { return r.id == f.rule; });
        if (it == rules.end() || it->contradiction) ++contradictions;
    }
    GateResult g;
    if (severe)
        g.reasons.push_back(fmt::format("{} finding{} at or above {} (--fail-on {})", severe, severe == 1 ? "" : "s",
                                        to_string(t.fail_on), to_string(t.fail_on)));
    if (t.max_findings && findings.size() > *t.max_findings)
        g.reasons.push_back(fmt::format("{} findings, more than --max-findings {}", findings.size(), *t.max_findings));
    if (t.max_contradictions && contradictions > *t.max_contradictions)
        g.reasons.push_back(fmt::format("{} contradictions, more than --max-contradictions {}", contradictions,
                                        *t.max_contradictions));
    g.exceeded = !g.reasons.empty();
    return g;
}

}  // namespace crosscheck
