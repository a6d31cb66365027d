// The date and number rules on short articles run through the whole pipeline: what each finds, its message and
// fix, what it must leave alone, and that the seed articles' correct dates and counts are never flagged.
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline.hpp"

using namespace crosscheck;
using namespace std::chrono;

namespace {

const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

Source source(std::string id, std::string text, std::optional<year_month_day> published = {}) {
    Source s;
    s.id = std::move(id);
    s.path = s.id + ".txt";
    s.text = std::move(text);
    if (published) {
        s.published = published;
        s.published_origin = DateOrigin::option;
    }
    return s;
}

std::vector<Finding> findings(std::vector<Source> sources, std::string_view rule) {
    Result r = run_pipeline_on_sources(std::move(sources), PipelineOptions{}, knowledge());
    std::vector<Finding> out;
    for (auto& f : r.findings)
        if (f.rule == rule) out.push_back(std::move(f));
    return out;
}

std::vector<std::string> primaries(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.evidence.empty() ? "" : f.evidence[0].text);
    return out;
}

using Texts = std::vector<std::string>;

// ---- date.weekday-mismatch -------------------------------------------------------------------------------------

TEST(WeekdayMismatch, WrongWeekdayWithFullDate) {
    auto fs = findings({source("a", "The board met on Tuesday, July 25, 2018, in Oslo.")}, "date.weekday-mismatch");
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].evidence[0].text, "Tuesday, July 25, 2018");
    EXPECT_EQ(fs[0].severity, Severity::error);
    EXPECT_NE(fs[0].message.find("Wednesday"), std::string::npos) << fs[0].message;
    EXPECT_NE(fs[0].fix.find("Wednesday"), std::string::npos) << fs[0].fix;
}

TEST(WeekdayMismatch, RightWeekdayIsQuiet) {
    EXPECT_TRUE(findings({source("a", "The board met on Wednesday, July 25, 2018, and on Friday, 27 July 2018.")},
                         "date.weekday-mismatch")
                    .empty());
}

TEST(WeekdayMismatch, YearFromPublicationDate) {
    // 2019-03-07 is a Thursday; the year comes from the publication date.
    auto fs = findings({source("a", "Talks resumed on Wednesday, March 7, after a pause.", 2019y / March / 20)},
                       "date.weekday-mismatch");
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_LT(fs[0].confidence, 0.9);
    // A weekday that fits the date in a year near publication picks that year: 2018-12-28 was a Friday.
    EXPECT_TRUE(findings({source("a", "Talks resumed on Friday, Dec. 28, after a pause.", 2019y / January / 4)},
                         "date.weekday-mismatch")
                    .empty());
    // Without a publication date the year is unknown: nothing is reported.
    EXPECT_TRUE(findings({source("a", "Talks resumed on Wednesday, March 7, after a pause.")}, "date.weekday-mismatch")
                    .empty());
}

TEST(WeekdayMismatch, WeekdayNextToDate) {
    auto fs = findings({source("a", "The vote on Monday (March 19, 2019) was close.")}, "date.weekday-mismatch");
    ASSERT_EQ(fs.size(), 1u);  // 2019-03-19 is a Tuesday
    EXPECT_EQ(fs[0].evidence[0].text, "Monday (March 19, 2019)");
}

// ---- date.anachronism ------------------------------------------------------------------------------------------

TEST(Anachronism, PastEventAfterPublication) {
    auto fs = findings({source("a", "Headline\n\n25 July, 2018\n\nThe envoys met on 2018-08-02 in Rome.\n")},
                       "date.anachronism");
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].evidence[0].text, "2018-08-02");
}

TEST(Anachronism, FutureEventAfterPublicationIsFine) {
    EXPECT_TRUE(findings({source("a", "Headline\n\n25 July, 2018\n\nThe envoys will meet on 2018-08-02 in Rome.\n")},
                         "date.anachronism")
                    .empty());
}

TEST(Anachronism, NoPublicationDateNoFinding) {
    EXPECT_TRUE(findings({source("a", "The envoys met on Aug. 2, 2018, in Rome.")}, "date.anachronism").empty());
}

TEST(Anachronism, CommentBeforeArticle) {
    std::string text =
        "Headline\n\nMay 20, 2016\n\nThe council voted on the plan.\n\n2 Comments\n\nANNA May 18, 2016 at 9:00 am\n\n"
        "Good.\n\nBEN May 21, 2016 at 10:00 am\n\nBad.\n\nCopyright \xC2\xA9 2021 Example\n";
    auto fs = findings({source("a", text)}, "date.anachronism");
    EXPECT_EQ(primaries(fs), (Texts{"May 18, 2016 at 9:00 am"}));
}

// ---- date.conflict ---------------------------------------------------------------------------------------------

TEST(DateConflict, SameEventDifferentDaysAcrossSources) {
    auto fs = findings({source("a", "The strike began on May 3 at the Gdansk shipyard, union leaders said."),
                        source("b", "Union leaders in Gdansk said the strike began on May 4.")},
                       "date.conflict");
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].evidence[0].text, "May 4");
    EXPECT_EQ(fs[0].evidence[1].text, "May 3");
    EXPECT_EQ(fs[0].evidence[1].role, "conflicts-with");
}

TEST(DateConflict, NoSharedParticipantNoConflict) {
    EXPECT_TRUE(findings({source("a", "The strike began on May 3 at the Gdansk shipyard."),
                          source("b", "In Lyon, the strike began on May 4.")},
                         "date.conflict")
                    .empty());
}

TEST(DateConflict, DifferentPhasesDoNotConflict) {
    EXPECT_TRUE(findings({source("a", "In Gdansk the strike began on May 3. In Gdansk the strike ended on May 9.")},
                         "date.conflict")
                    .empty());
}

// ---- number.conflict -------------------------------------------------------------------------------------------

TEST(NumberConflict, SameCountTwoValues) {
    auto fs = findings({source("a", "Britain keeps 750 soldiers in Estonia."),
                        source("b", "Britain keeps 850 soldiers in Estonia.")},
                       "number.conflict");
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].evidence[0].text, "850 soldiers");
}

TEST(NumberConflict, ApproximateDoesNotConflictWithExact) {
    EXPECT_TRUE(findings({source("a", "Britain keeps 750 soldiers in Estonia."),
                          source("b", "Britain keeps about 800 soldiers in Estonia.")},
                         "number.conflict")
                    .empty());
}

TEST(NumberConflict, ArticlesMonthsApartMayDiffer) {
    EXPECT_TRUE(findings({source("a", "Britain keeps 750 soldiers in Estonia.", 2018y / March / 1),
                          source("b", "Britain keeps 850 soldiers in Estonia.", 2019y / March / 1)},
                         "number.conflict")
                    .empty());
}

// ---- seeds -----------------------------------------------------------------------------------------------------

TEST(DateRulesOnSeeds, NoDateOrNumberFindings) {
    PipelineOptions options;
    Result r = run_pipeline({std::string(CROSSCHECK_FIXTURES_DIR) + "/seeds"}, options, knowledge());
    ASSERT_EQ(r.corpus.sources.size(), 5u);
    for (const auto& f : r.findings) {
        bool mine = f.rule.starts_with("date.") || f.rule == "number.conflict";
        EXPECT_FALSE(mine) << f.rule << " on '" << (f.evidence.empty() ? "" : f.evidence[0].text) << "': " << f.message;
    }
}

}  // namespace
