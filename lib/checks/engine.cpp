#include "checks/engine.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include <fmt/format.h>

#include "checks/registry.hpp"
#include "util/parallel_for.hpp"

namespace crosscheck {

std::string fingerprint(const Corpus& corpus, const Finding& f) {
    // Normalise case and white space so re-flowing a paragraph keeps the fingerprint.
    std::string key = f.rule;
    for (const auto& e : f.evidence) {
        key += '|';
        key += corpus.sources[e.source].id;
        key += ':';
        bool space = false;
        for (char c : e.text) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { space = true; continue; }
            if (space) key += ' ';
            space = false;
            key += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
        }
    }
    // FNV-1a 64: stable across platforms and runs (std::hash is not guaranteed to be).
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : key) { h ^= c; h *= 1099511628211ull; }
    return fmt::format("{:016x}", h);
}

std::vector<Finding> run_checks(const Corpus& corpus, const Knowledge& knowledge, const CheckOptions& options) {
    CheckContext ctx{corpus, knowledge};
    std::vector<std::unique_ptr<Check>> checks;
    for (auto& check : make_checks())
        if (!options.disabled.count(std::string(check->id()))) checks.push_back(std::move(check));
    // Rules are independent readers of the corpus: each fills its own slot, merged in registry order.
    std::vector<std::vector<Finding>> outs(checks.size());
    parallel_for(checks.size(), options.jobs, [&](std::size_t k) {
        std::string id(checks[k]->id());
        checks[k]->run(ctx, outs[k]);
        for (auto& f : outs[k]) {
            f.rule = id;
            if (auto it = options.severity.find(id); it != options.severity.end()) f.severity = it->second;
            f.confidence = std::clamp(f.confidence, 0.0, 1.0);
            f.fingerprint = fingerprint(corpus, f);
        }
    });
    std::vector<Finding> findings;
    for (auto& out : outs)
        for (auto& f : out) findings.push_back(std::move(f));
    auto key = [](const Finding& f) {
        const Evidence* e = f.evidence.empty() ? nullptr : &f.evidence.front();
        return std::make_tuple(e ? e->source : 0, e ? e->span.begin : 0, e ? e->span.end : 0, std::cref(f.rule),
                               std::cref(f.message));
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
    return findings;
}

}  // namespace crosscheck
