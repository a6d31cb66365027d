// A consistency rule. One rule = one small class in its own file in lib/checks/, with a stable id, a section in
// docs/rules.md and a fixture folder fixtures/rules/<id>/. Rules are registered in lib/checks/registry.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "knowledge/knowledge.hpp"
#include "model/corpus.hpp"
#include "model/finding.hpp"

namespace crosscheck {

struct CheckContext {
    const Corpus& corpus;
    const Knowledge& knowledge;

    // Convenience for building evidence from a source's span.
    Evidence evidence(std::size_t source, Span span, std::string role = "primary") const {
        return Evidence{source, span, std::string(corpus.sources[source].slice(span)), std::move(role)};
    }
};

class Check {
public:
    virtual ~Check() = default;
    virtual std::string_view id() const = 0;            // "location.parent-mismatch"
    virtual Severity default_severity() const = 0;
    virtual std::string_view summary() const = 0;       // one line: what the rule finds
    // A contradiction is a finding that two statements (or a statement and the reference) cannot both be
    // true: conflicts, mismatches, variant spellings. --max-contradictions counts these.
    virtual bool contradiction() const { return true; }
    virtual void run(const CheckContext& ctx, std::vector<Finding>& out) const = 0;
};

}  // namespace crosscheck
