// The people rules on the seeds and on small texts: name.variant-spelling and role.conflict.
#include <gtest/gtest.h>

#include "tests/test_support.hpp"

#include <algorithm>
#include <filesystem>

#include "pipeline.hpp"

namespace fs = std::filesystem;
using namespace crosscheck;

namespace {

using test_support::knowledge;
using test_support::make_source;

std::vector<const Finding*> of_rule(const Result& r, std::string_view rule) {
    std::vector<const Finding*> out;
    for (const auto& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

const Result& seeds() {
    static const Result r = [] {
        std::vector<std::string> paths;
        for (const auto& e : fs::directory_iterator(fs::path(CROSSCHECK_FIXTURES_DIR) / "seeds"))
            if (e.path().extension() == ".txt" && e.path().filename() != "expect.spec") paths.push_back(e.path().string());
        std::sort(paths.begin(), paths.end());
        return run_pipeline(paths, PipelineOptions{}, knowledge());
    }();
    return r;
}

TEST(NameVariantSpelling, SeedCaptionMisspellingIsFoundWithTheMajorityFix) {
    auto found = of_rule(seeds(), "name.variant-spelling");
    auto it = std::find_if(found.begin(), found.end(), [](const Finding* f) { return f->evidence[0].text == "Anatolov"; });
    ASSERT_NE(it, found.end());
    EXPECT_EQ((*it)->fix, "Antonov");
    EXPECT_EQ((*it)->severity, Severity::error);
    ASSERT_GE((*it)->evidence.size(), 2u);
    EXPECT_NE((*it)->evidence[1].text.find("Antonov"), std::string::npos);
}

TEST(NameVariantSpelling, SeedNicknamesAndCaseVariantsAreNotFlagged) {
    for (const Finding* f : of_rule(seeds(), "name.variant-spelling"))
        for (const auto& e : f->evidence) {
            EXPECT_EQ(e.text.find("Mattis"), std::string::npos) << f->message;
            EXPECT_EQ(e.text.find("Assad"), std::string::npos) << f->message;
        }
}

TEST(RoleConflict, SeedsHaveNoRoleConflict) {
    // Defence Secretary / Pentagon chief / former Marine general (Mattis) and Russian / unqualified President
    // (Putin) are compatible.
    for (const Finding* f : of_rule(seeds(), "role.conflict")) ADD_FAILURE() << f->message;
}

TEST(RoleConflict, NationalityConflictAcrossArticles) {
    std::vector<Source> v;
    v.push_back(make_source("a", "Ukrainian Ambassador Olena Marchuk presented her credentials on Monday."));
    v.push_back(make_source("b", "Polish Ambassador Olena Marchuk said the embassy would reopen."));
    Result r = run_pipeline_on_sources(std::move(v), PipelineOptions{}, knowledge());
    auto found = of_rule(r, "role.conflict");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->evidence[0].text, "Polish Ambassador Olena Marchuk");
}

TEST(RoleConflict, ImpliedOfficeConflictsWithAnotherDepartment) {
    std::vector<Source> v;
    v.push_back(make_source("a", "Defense Secretary Alan Morrow visited the base. Morrow praised the troops."));
    v.push_back(make_source("b", "State Department spokesman Alan Morrow declined to comment."));
    Result r = run_pipeline_on_sources(std::move(v), PipelineOptions{}, knowledge());
    EXPECT_EQ(of_rule(r, "role.conflict").size(), 1u);
}

TEST(NameVariantSpelling, DifferentPeopleWithCloseSurnamesAreNotFlagged) {
    std::vector<Source> v;
    v.push_back(make_source("a", "Health Minister Jonas Lindqvist opened the hospital."));
    v.push_back(make_source("b", "Striker Erik Lindquist scored twice."));
    Result r = run_pipeline_on_sources(std::move(v), PipelineOptions{}, knowledge());
    EXPECT_TRUE(of_rule(r, "name.variant-spelling").empty());
}

}  // namespace
