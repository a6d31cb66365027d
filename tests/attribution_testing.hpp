// Helpers shared by test_attribution.cpp and test_attribution_rules.cpp: run the pipeline on small texts or on
// the seed articles.
#pragma once

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline.hpp"
#include "tests/test_support.hpp"

namespace crosscheck::testing_attribution {

inline const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

// Each text is one source ("t0", "t1", ...), published 2024-03-05 so that claims have a date.
inline Result run_texts(const std::vector<std::string>& texts, bool run_checks = true) {
    std::vector<Source> sources;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Source s;
        s.id = "t" + std::to_string(i);
        s.path = s.id;
        s.text = texts[i];
        s.published = std::chrono::year_month_day{std::chrono::year{2024}, std::chrono::month{3}, std::chrono::day{5}};
        s.published_origin = DateOrigin::option;
        sources.push_back(std::move(s));
    }
    PipelineOptions options;
    options.run_checks = run_checks;
    return run_pipeline_on_sources(std::move(sources), options, knowledge());
}

inline Result run_seeds(bool run_checks = true) {
    std::vector<std::string> inputs = test_support::seed_files();
    PipelineOptions options;
    options.run_checks = run_checks;
    return run_pipeline(inputs, options, knowledge());
}

}  // namespace crosscheck::testing_attribution
