// Cross-source rules over many articles repeating one statement: one finding per conflicting role, wording or
// attribution (not per pair of articles), with the repeating articles listed as capped "also-in" evidence; and
// the people resolver's apposition link ("Daniel Ortiz, previously a ... spokesman").
#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline.hpp"
#include "test_support.hpp"

using namespace crosscheck;
using crosscheck::test_support::knowledge;
using crosscheck::test_support::make_source;

namespace {

std::vector<const Finding*> of_rule(const Result& r, std::string_view rule) {
    std::vector<const Finding*> out;
    for (const auto& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

std::size_t count_role(const Finding& f, std::string_view role) {
    return static_cast<std::size_t>(std::count_if(f.evidence.begin(), f.evidence.end(),
                                                  [&](const Evidence& e) { return e.role == role; }));
}

// n articles with the same text, ids prefix0, prefix1, ...
void add(std::vector<Source>& v, const std::string& prefix, std::size_t n, const std::string& text) {
    for (std::size_t i = 0; i < n; ++i) v.push_back(make_source(prefix + std::to_string(i), "Briefing\n\n" + text + "\n"));
}

Result run(std::vector<Source> v) { return run_pipeline_on_sources(std::move(v), PipelineOptions{}, knowledge()); }

TEST(CrossSourceGroups, RoleConflictOneFindingPerRole) {
    std::vector<Source> v;
    add(v, "state", 5, "State Department spokesman Alan Morrow declined to comment.");
    add(v, "pentagon", 3, "Pentagon spokesman Alan Morrow declined to comment.");
    add(v, "whitehouse", 1, "White House spokesman Alan Morrow declined to comment.");
    Result r = run(std::move(v));
    auto found = of_rule(r, "role.conflict");
    // Pairs would give 3 findings per Pentagon article and more; roles give one each for Pentagon and White House.
    ASSERT_EQ(found.size(), 2u);
    for (const Finding* f : found) {
        ASSERT_GE(f->evidence.size(), 2u);
        EXPECT_NE(f->evidence[1].text.find("State Department"), std::string::npos) << f->message;
        if (f->evidence[0].text.find("Pentagon") != std::string::npos) {
            EXPECT_EQ(count_role(*f, "also-in"), 2u) << f->message;
            EXPECT_NE(f->message.find("also in 2 other articles"), std::string::npos) << f->message;
        } else {
            EXPECT_EQ(count_role(*f, "also-in"), 0u) << f->message;
        }
    }
}

TEST(CrossSourceGroups, AlsoInEvidenceIsCappedAndCounted) {
    std::vector<Source> v;
    add(v, "state", 13, "State Department spokesman Alan Morrow declined to comment.");
    add(v, "pentagon", 12, "Pentagon spokesman Alan Morrow declined to comment.");
    Result r = run(std::move(v));
    auto found = of_rule(r, "role.conflict");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(count_role(*found[0], "also-in"), 8u);
    EXPECT_NE(found[0]->message.find("also in 11 other articles, 3 not listed"), std::string::npos) << found[0]->message;
}

TEST(CrossSourceGroups, WordingDriftOneFindingPerWording) {
    std::vector<Source> v;
    add(v, "a", 4, "\"The bridge will cut travel times across the city in half,\" Mayor Helen Carter said.");
    add(v, "b", 3, "\"The bridge will cut journey times across the city by half,\" Mayor Helen Carter said.");
    Result r = run(std::move(v));
    auto found = of_rule(r, "quote.wording-drift");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->evidence[0].source, 0u);
    EXPECT_EQ(found[0]->evidence[1].source, 4u);
    EXPECT_EQ(count_role(*found[0], "also-in"), 2u);
}

TEST(CrossSourceGroups, AttributionConflictOneFindingPerAttribution) {
    std::vector<Source> v;
    add(v, "a", 3, "\"We have waited ten years for this decision and the port will finally grow,\" Mayor Helen Carter said.");
    add(v, "b", 3, "\"We have waited ten years for this decision and the port will finally grow,\" Harbour Master Tom Reyes said.");
    Result r = run(std::move(v));
    auto found = of_rule(r, "attribution.conflict");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(count_role(*found[0], "also-in"), 2u);
}

TEST(CrossSourceGroups, AppositionLinksTitleOnlyMentionToTheNameBeforeIt) {
    std::vector<Source> v;
    v.push_back(make_source("a", "Commission named\n\nState Department spokesman Mark Doyle praised the plan. "
                                 "Daniel Ortiz, previously a State Department spokesman, joined the commission.\n"));
    Result r = run(std::move(v));
    const Extraction& ex = r.corpus.extractions[0];
    bool found = false;
    for (const auto& m : ex.people_mentions)
        if (m.name.empty() && r.corpus.sources[0].slice(m.span) == "a State Department spokesman") {
            found = true;
            ASSERT_GE(m.entity, 0);
            EXPECT_EQ(ex.people[m.entity].name, "Daniel Ortiz");
        }
    EXPECT_TRUE(found);
}

}  // namespace
