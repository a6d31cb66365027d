// Truth discovery across sources: TruthFinder (Yin, Han & Yu, 2007). A source is trustworthy when the values it
// asserts are confident; a value is confident when trustworthy sources assert it (or similar values). Iterated to a
// fixed point over the source-value graph; the equations are in docs/scoring.md.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// One source asserting a value for an object ("date of the ceasefire" = "2016-02-27").
struct TruthClaim {
    std::size_t source = 0;
    std::string object;
    std::string value;
};

struct TruthOptions {
    double gamma = 0.3;           // dampening: a value backed by sources of trust t gets 1 / (1 + (1 - t)^gamma)
    double rho = 0.5;             // weight of the implication from other values of the same object
    double initial_trust = 0.9;   // every source's trust before the first iteration (and of sources with no claims)
    double tolerance = 1e-9;      // stop when no trust changes by more than this
    int max_iterations = 500;
    // imp(from -> to) in [-1, 1]: how much asserting `from` supports `to` for the same object (negative: refutes).
    // Empty: values of an object do not affect each other.
    std::function<double(std::string_view object, std::string_view from, std::string_view to)> implication;
};

// imp(from -> to) = similarity(from, to) - base (the paper's choice): similar values support each other, unlike ones
// count against each other. Similarity is scoring/alignment's text_similarity.
std::function<double(std::string_view, std::string_view, std::string_view)> similar_values_imply(double base = 0.5);

struct TruthValue {
    std::string object, value;
    std::vector<std::size_t> sources;  // who asserts it, ascending
    double confidence = 0;             // s(f), in (0, 1)
};

struct TruthResult {
    std::vector<double> trust;       // t(w) per source, size source_count
    std::vector<TruthValue> values;  // one per distinct (object, value), sorted by object then value
    int iterations = 0;
    bool converged = false;

    // Confidence of a value, or -1 when no source asserts it.
    double confidence(std::string_view object, std::string_view value) const;
};

TruthResult truth_finder(const std::vector<TruthClaim>& claims, std::size_t source_count,
                         const TruthOptions& options = {});

}  // namespace crosscheck
