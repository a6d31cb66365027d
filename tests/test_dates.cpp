// Date grammar, extraction and resolution: every form the grammar reads and the words it must not take for
// dates; publication dates from datelines; relative dates against them; the seeds' golden values.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extract.hpp"
#include "knowledge/calendar.hpp"
#include "resolve/resolve.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;
using namespace std::chrono;

namespace {

struct Dated {
    Source source;
    Extraction ex;
};

Dated run(const std::string& text, std::optional<year_month_day> published = {}) {
    Dated d;
    d.source.id = "t";
    d.source.text = text;
    if (published) {
        d.source.published = published;
        d.source.published_origin = DateOrigin::option;
    }
    segment(d.source);
    extract_dates(d.source, d.ex);
    resolve_dates(d.source, d.ex);
    return d;
}

std::vector<DateMention> dates_in(const std::string& text, std::optional<year_month_day> published = {}) {
    return run(text, published).ex.dates;
}

std::vector<std::string> texts(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& d : dates_in(text)) out.push_back(d.text);
    return out;
}

const DateMention* find(const std::vector<DateMention>& ds, std::string_view text) {
    for (const auto& d : ds)
        if (d.text == text) return &d;
    return nullptr;
}

Dated seed(std::string_view prefix) {
    namespace fs = std::filesystem;
    for (const auto& e : fs::directory_iterator(fs::path(CROSSCHECK_FIXTURES_DIR) / "seeds"))
        if (e.path().filename().string().starts_with(prefix)) {
            std::ifstream in(e.path());
            std::stringstream ss;
            ss << in.rdbuf();
            return run(ss.str());
        }
    ADD_FAILURE() << "no seed " << prefix;
    return {};
}

using Texts = std::vector<std::string>;

// ---- grammar: absolute forms -----------------------------------------------------------------------------------

TEST(DateGrammar, DayMonthYear) {
    auto ds = dates_in("25 July, 2018");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "25 July, 2018");
    EXPECT_EQ(ds[0].value, "2018-07-25");
    EXPECT_EQ(ds[0].granularity, Granularity::day);
    EXPECT_TRUE(ds[0].resolved);
    EXPECT_FALSE(ds[0].relative);
}

TEST(DateGrammar, MonthDayYear) {
    auto ds = dates_in("The deal was signed on July 25, 2018, in Vienna.");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "July 25, 2018");
    EXPECT_EQ(ds[0].value, "2018-07-25");
}

TEST(DateGrammar, WeekdayWithDateKeepsStatedWeekday) {
    auto ds = dates_in("Tuesday, July 24, 2018");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "Tuesday, July 24, 2018");
    EXPECT_EQ(ds[0].value, "2018-07-24");
    ASSERT_TRUE(ds[0].stated_weekday);
    EXPECT_EQ(*ds[0].stated_weekday, Tuesday);
}

TEST(DateGrammar, MonthDayWithoutYearIsRelative) {
    auto ds = dates_in("The ceasefire began on Feb. 27 and the talks on May 25.");
    ASSERT_EQ(ds.size(), 2u);
    EXPECT_EQ(ds[0].text, "Feb. 27");
    EXPECT_EQ(ds[0].month, 2u);
    EXPECT_EQ(ds[0].mday, 27u);
    EXPECT_TRUE(ds[0].relative);
    EXPECT_FALSE(ds[0].resolved);
    EXPECT_EQ(ds[0].value, "");
    EXPECT_EQ(ds[1].text, "May 25");
}

TEST(DateGrammar, Iso) {
    auto ds = dates_in("Filed 2016-05-20 by staff.");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].value, "2016-05-20");
}

TEST(DateGrammar, MonthYear) {
    auto ds = dates_in("In September 2015 Russia intervened.");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "September 2015");
    EXPECT_EQ(ds[0].value, "2015-09");
    EXPECT_EQ(ds[0].granularity, Granularity::month);
}

TEST(DateGrammar, YearAfterPreposition) {
    auto ds = dates_in("Russia annexed Crimea in 2014. The party, in power since 1963, fell.");
    ASSERT_EQ(ds.size(), 2u);
    EXPECT_EQ(ds[0].text, "2014");
    EXPECT_EQ(ds[0].value, "2014");
    EXPECT_EQ(ds[0].granularity, Granularity::year);
    EXPECT_EQ(ds[1].value, "1963");
}

TEST(DateGrammar, DateWithTimeOfDay) {
    auto ds = dates_in("WESTERN TRUTH June 5, 2016 at 7:57 am");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "June 5, 2016 at 7:57 am");
    EXPECT_EQ(ds[0].value, "2016-06-05");
    EXPECT_TRUE(ds[0].time_of_day);
}

// ---- grammar: weekdays and relative expressions ----------------------------------------------------------------

TEST(DateGrammar, Weekdays) {
    EXPECT_EQ(texts("Mattis made the comments on Tuesday. On Friday, Pompeo spoke."), (Texts{"Tuesday", "Friday"}));
    auto ds = dates_in("He left last Friday.");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "last Friday");
    EXPECT_EQ(ds[0].granularity, Granularity::weekday);
    EXPECT_TRUE(ds[0].relative);
}

TEST(DateGrammar, RelativeExpressions) {
    EXPECT_EQ(texts("They met last week and will meet next month."), (Texts{"last week", "next month"}));
    EXPECT_EQ(texts("Yesterday the rain stopped; today it is dry."), (Texts{"Yesterday", "today"}));
    EXPECT_EQ(texts("Talks began earlier this year, after a vote last year."), (Texts{"earlier this year", "last year"}));
    EXPECT_EQ(texts("Two weeks ago, about a dozen people met."), (Texts{"Two weeks ago"}));
}

TEST(DateGrammar, MonthWithoutYear) {
    auto ds = dates_in("In July, Russia agreed to a compromise.");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "July");
    EXPECT_EQ(ds[0].granularity, Granularity::month);
    EXPECT_TRUE(ds[0].relative);
}

TEST(DateGrammar, Ranges) {
    auto a = dates_in("ASHARQ AL-AWSAT English Archive 2005 -2017");
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].text, "2005 -2017");
    EXPECT_EQ(a[0].value, "2005/2017");
    EXPECT_EQ(a[0].granularity, Granularity::range);
    auto b = dates_in("Archive 2005-2017.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].value, "2005/2017");
    auto c = dates_in("Prices rose between 2011 and 2014.");
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].text, "between 2011 and 2014");
    EXPECT_EQ(c[0].value, "2011/2014");
}

// ---- grammar: what is not a date -------------------------------------------------------------------------------

TEST(DateGrammar, AfterNoBreakSpace) {
    EXPECT_EQ(texts("The US sent troops to Syria\xC2\xA0in 2017 to assist\xC2\xA0" "allies."), (Texts{"2017"}));
    EXPECT_EQ(texts("They met on\xC2\xA0July\xC2\xA0" "25, 2018."), (Texts{"July\xC2\xA0" "25, 2018"}));
}

TEST(DateGrammar, MayAsVerbOrName) {
    EXPECT_TRUE(texts("Prime Minister Theresa May said the talks may resume.").empty());
    EXPECT_TRUE(texts("May I ask a question?").empty());
}

TEST(DateGrammar, MarchAsVerb) {
    EXPECT_TRUE(texts("Protesters march on the capital. They plan to March again.").empty());
}

TEST(DateGrammar, NumbersThatAreNotYears) {
    EXPECT_TRUE(texts("The US has 2,000 troops and 1963 vehicles there.").empty());
    EXPECT_TRUE(texts("The 2000 troops crossed.").empty());
    EXPECT_EQ(texts("The regime, in power since 1963, fell."), (Texts{"1963"}));
}

TEST(DateGrammar, FractionsAndTimes) {
    EXPECT_TRUE(texts("The occupation of one-third of the territory.").empty());
    EXPECT_TRUE(texts("The meeting ended at 7:57 am and resumed at 10.30.").empty());
}

TEST(DateGrammar, NamesAndDurationsAreNotDates) {
    EXPECT_TRUE(texts("The Good Friday Agreement was read on USA Today.").empty());
    EXPECT_TRUE(texts("Prices rose over the past year and in the last month.").empty());
}

TEST(DateGrammar, NewspaperNameIsNoWeekday) {
    auto ds = dates_in("He wrote in The Sun, 24 July 2018, that talks had failed.");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "24 July 2018");
    EXPECT_FALSE(ds[0].stated_weekday);
}

TEST(DateGrammar, InvalidCalendarDateIsKeptMarkedImpossible) {
    // date.impossible reports it; no rule may take it for a day (no value, not resolved, not relative).
    for (const char* text : {"It happened on February 30, 2018.", "It happened on November 31."}) {
        auto ds = dates_in(text);
        ASSERT_EQ(ds.size(), 1u) << text;
        EXPECT_TRUE(ds[0].impossible);
        EXPECT_FALSE(ds[0].day);
        EXPECT_FALSE(ds[0].resolved);
        EXPECT_FALSE(ds[0].relative);
    }
    EXPECT_FALSE(dates_in("It happened on February 28, 2018.")[0].impossible);
    // A number past 31 after a month name was never a day.
    EXPECT_TRUE(texts("Sales in June 45 stores rose.").empty());
}

// ---- resolution ------------------------------------------------------------------------------------------------

TEST(DateResolution, IsoWeek) {
    EXPECT_EQ(calendar::format_iso_week(sys_days{2018y / July / 16}), "2018-W29");
    EXPECT_EQ(calendar::format_iso_week(sys_days{2021y / January / 1}), "2020-W53");
    EXPECT_EQ(calendar::format_iso_week(sys_days{2018y / December / 31}), "2019-W01");
}

TEST(DateResolution, DatelineGivesPublicationDate) {
    auto d = run("Headline\n\n3 min read\n25 July, 2018\nBody copy on Tuesday said.\n");
    ASSERT_TRUE(d.source.published);
    EXPECT_EQ(*d.source.published, 2018y / July / 25);
    EXPECT_EQ(d.source.published_origin, DateOrigin::dateline);
}

TEST(DateResolution, BritishDateline) {
    auto d = run("Ministers approve rail plan\n\nTue 24 Jul 2018 18.05 BST\n\nMinisters approved the plan.\n");
    ASSERT_TRUE(d.source.published);
    EXPECT_EQ(*d.source.published, 2018y / July / 24);
    ASSERT_FALSE(d.ex.dates.empty());
    EXPECT_EQ(d.ex.dates[0].text, "Tue 24 Jul 2018 18.05");
    EXPECT_EQ(d.ex.dates[0].context, DateContext::dateline);
}

TEST(DateResolution, WireDatelineOpeningTheCopy) {
    auto d = run("Pentagon says talks went well\n\nWASHINGTON, July 25, 2018 (Reuters) - US Defense Secretary Jim "
                 "Mattis said on Tuesday that the talks went well.\n");
    ASSERT_TRUE(d.source.published);
    EXPECT_EQ(*d.source.published, 2018y / July / 25);
    ASSERT_GE(d.ex.dates.size(), 2u);
    EXPECT_EQ(d.ex.dates[0].context, DateContext::dateline);
    EXPECT_EQ(d.ex.dates[1].value, "2018-07-24");  // "on Tuesday", the day before
    auto em = run("Headline\n\nLONDON, 3 March 2015 \xE2\x80\x94 Shares fell sharply in early trading today.\n");
    ASSERT_TRUE(em.source.published);
    EXPECT_EQ(*em.source.published, 2015y / March / 3);
}

TEST(DateResolution, SentenceWithDateAndDashIsNoDateline) {
    // Lower-case words before the date: a sentence of the story, not a place.
    auto d = run("Headline\n\nThe ministers met on July 25, 2018 - and agreed on a plan for the border crossings.\n");
    EXPECT_FALSE(d.source.published);
}

TEST(DateResolution, BodyDateIsNoDateline) {
    auto d = run("Headline\n\nThe treaty was signed on 25 July, 2018, in Vienna by both governments after talks.\n");
    EXPECT_FALSE(d.source.published);
}

TEST(DateResolution, LateDateIsNoDateline) {
    std::string text = "Headline\n";
    for (int i = 0; i < 14; ++i) text += "A line of copy about the talks.\n";
    text += "June 5, 2016\n";
    EXPECT_FALSE(run(text).source.published);
}

TEST(DateResolution, CommentsInNavigationAreNoCommentSection) {
    auto d = run("Home | News | Comments\nComments\n25 July, 2018\nBody copy.\n");
    ASSERT_TRUE(d.source.published);
    EXPECT_EQ(*d.source.published, 2018y / July / 25);
}

TEST(DateResolution, MetadataWins) {
    auto d = run("Headline\n25 July, 2018\nText.\n", 2019y / March / 1);
    EXPECT_EQ(*d.source.published, 2019y / March / 1);
    EXPECT_EQ(d.source.published_origin, DateOrigin::option);
}

TEST(DateResolution, PastWeekdayIsMostRecent) {
    auto ds = dates_in("Mattis made the comments on Tuesday.", 2018y / July / 25);  // a Wednesday
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].value, "2018-07-24");
    EXPECT_EQ(ds[0].granularity, Granularity::day);
    auto same = dates_in("He spoke on Wednesday.", 2018y / July / 25);
    EXPECT_EQ(same[0].value, "2018-07-25");
}

TEST(DateResolution, FutureWeekdayIsNext) {
    auto ds = dates_in("The ministers will meet on Thursday.", 2018y / July / 25);
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].value, "2018-07-26");
    auto next = dates_in("They meet next Wednesday.", 2018y / July / 25);
    EXPECT_EQ(next[0].value, "2018-08-01");
    auto last = dates_in("They met last Wednesday.", 2018y / July / 25);
    EXPECT_EQ(last[0].value, "2018-07-18");
}

// The publication's own weekday is today in future copy too; only "next" moves it a week on.
TEST(DateResolution, FutureOnThePublicationsWeekdayIsThatDay) {
    auto pub = 2022y / May / 10;  // a Tuesday
    EXPECT_EQ(dates_in("Officials will start counting the votes on Tuesday.", pub)[0].value, "2022-05-10");
    EXPECT_EQ(dates_in("Officials will start counting the votes next Tuesday.", pub)[0].value, "2022-05-17");
    EXPECT_EQ(dates_in("Officials will meet on Wednesday.", pub)[0].value, "2022-05-11");
    EXPECT_EQ(dates_in("Officials met on Tuesday.", pub)[0].value, "2022-05-10");
}

// An infinitive after a verb of intention looks forward though the verb is past: the meeting is still to come.
TEST(DateResolution, IntendedEventIsAhead) {
    auto pub = 2014y / August / 17;  // a Sunday
    EXPECT_EQ(dates_in("He said he hoped to meet on Monday.", pub)[0].value, "2014-08-18");
    EXPECT_EQ(dates_in("The rebels vowed to attack on Tuesday.", pub)[0].value, "2014-08-19");
    EXPECT_EQ(dates_in("The talks are set to resume on Friday.", pub)[0].value, "2014-08-22");
    // Not an intention: the past verb keeps the day behind.
    EXPECT_EQ(dates_in("He flew to Kyiv to meet on Monday.", pub)[0].value, "2014-08-11");
}

// An arranged event ("is set for", "are to be", "is to") is still to come; a past "set" is not.
TEST(DateResolution, ArrangedEventIsAhead) {
    auto pub = 2025y / January / 20;  // a Monday
    EXPECT_EQ(dates_in("The next exchange is set for Saturday, when four more hostages are to be released.", pub)[0].value,
              "2025-01-25");
    EXPECT_EQ(dates_in("Four more hostages are to be released on Saturday.", pub)[0].value, "2025-01-25");
    EXPECT_EQ(dates_in("The minister is to visit Kyiv on Thursday.", pub)[0].value, "2025-01-23");
    EXPECT_EQ(dates_in("He set a record on Saturday.", pub)[0].value, "2025-01-18");
}

TEST(DateResolution, RelativeUnits) {
    auto pub = 2018y / July / 25;
    EXPECT_EQ(dates_in("They met last week.", pub)[0].value, "2018-W29");
    EXPECT_EQ(dates_in("They met yesterday.", pub)[0].value, "2018-07-24");
    EXPECT_EQ(dates_in("They meet next month.", pub)[0].value, "2018-08");
    EXPECT_EQ(dates_in("They met last year.", pub)[0].value, "2017");
    EXPECT_EQ(dates_in("Prices rose earlier this year.", pub)[0].value, "2018");
    EXPECT_EQ(dates_in("They met two weeks ago.", pub)[0].value, "2018-W28");
    EXPECT_EQ(dates_in("They met 3 days ago.", pub)[0].value, "2018-07-22");
    EXPECT_EQ(dates_in("A year ago, they met.", pub)[0].value, "2017");
}

TEST(DateResolution, MonthDayTakesNearestYear) {
    EXPECT_EQ(dates_in("The ceasefire began on Feb. 27.", 2016y / May / 20)[0].value, "2016-02-27");
    // Published in late December: "Jan. 3" ahead is nearer than last January.
    EXPECT_EQ(dates_in("Talks start on Jan. 3.", 2021y / December / 20)[0].value, "2022-01-03");
    // Published in early January, past tense: last December.
    EXPECT_EQ(dates_in("The strike began on Dec. 28.", 2022y / January / 4)[0].value, "2021-12-28");
}

TEST(DateResolution, MonthWithoutYearFollowsTense) {
    EXPECT_EQ(dates_in("In July, Russia agreed to a compromise.", 2021y / December / 20)[0].value, "2021-07");
    EXPECT_EQ(dates_in("The vote will be held in March.", 2021y / December / 20)[0].value, "2022-03");
    EXPECT_EQ(dates_in("Since May, its shares have fallen 15%.", 2019y / March / 6)[0].value, "2018-05");
}

TEST(DateResolution, NoPublicationDateStaysUnresolved) {
    auto ds = dates_in("Mattis said on Thursday that talks began last week.");
    ASSERT_EQ(ds.size(), 2u);
    for (const auto& d : ds) {
        EXPECT_FALSE(d.resolved) << d.text;
        EXPECT_EQ(d.value, "") << d.text;
    }
}

TEST(DateResolution, CommentAndCopyrightContexts) {
    std::string body;
    for (int i = 0; i < 3; ++i) body += "Body text.\n\n";
    auto ds = dates_in(body + "1 Comment\n\nREADER June 5, 2016 at 7:57 am\n\nCopyright \xC2\xA9 2021 Site\n");
    // "2021" after "©" is not a year preposition's object, so only the comment date is found.
    ASSERT_GE(ds.size(), 1u);
    EXPECT_EQ(ds[0].context, DateContext::comment);
    auto c = dates_in("Copyright since 2010 by the site.");
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].context, DateContext::copyright);
}

// ---- seeds (golden) ----------------------------------------------------------------------------------------------

TEST(DateSeeds, Seed000) {
    auto d = seed("000_");
    ASSERT_TRUE(d.source.published);
    EXPECT_EQ(*d.source.published, 2018y / July / 25);
    EXPECT_EQ(d.source.published_origin, DateOrigin::dateline);
    auto tuesday = find(d.ex.dates, "Tuesday");
    ASSERT_TRUE(tuesday);
    EXPECT_EQ(tuesday->value, "2018-07-24");
    auto week = find(d.ex.dates, "last week");
    ASSERT_TRUE(week);
    EXPECT_EQ(week->value, "2018-W29");
    auto y1963 = find(d.ex.dates, "1963");
    ASSERT_TRUE(y1963);
    EXPECT_EQ(y1963->context, DateContext::body);
    EXPECT_TRUE(find(d.ex.dates, "2014"));
    EXPECT_TRUE(find(d.ex.dates, "2015"));
    EXPECT_EQ(find(d.ex.dates, "On Friday") , nullptr);  // the lead is not part of the date
    auto friday = find(d.ex.dates, "Friday");
    ASSERT_TRUE(friday);
    EXPECT_EQ(friday->value, "2018-07-20");
}

TEST(DateSeeds, Seed001) {
    auto d = seed("001_");
    ASSERT_TRUE(d.source.published);
    EXPECT_EQ(*d.source.published, 2021y / December / 20);
    auto july = find(d.ex.dates, "July");
    ASSERT_TRUE(july);
    EXPECT_EQ(july->value, "2021-07");
    auto sep = find(d.ex.dates, "September 2015");
    ASSERT_TRUE(sep);
    EXPECT_EQ(sep->value, "2015-09");
    auto y2017 = find(d.ex.dates, "2017");  // after a no-break space
    ASSERT_TRUE(y2017);
    EXPECT_EQ(y2017->value, "2017");
}

TEST(DateSeeds, Seed002CommentDateIsNoDateline) {
    auto d = seed("002_");
    EXPECT_FALSE(d.source.published);
    auto comment = find(d.ex.dates, "June 5, 2016 at 7:57 am");
    ASSERT_TRUE(comment);
    EXPECT_EQ(comment->context, DateContext::comment);
}

TEST(DateSeeds, Seed004StaysUnresolved) {
    auto d = seed("004_");
    EXPECT_FALSE(d.source.published);
    auto thursday = find(d.ex.dates, "Thursday");
    ASSERT_TRUE(thursday);
    EXPECT_FALSE(thursday->resolved);
    EXPECT_EQ(thursday->value, "");
}

}  // namespace

// A month abbreviation without its dot before a capitalised word is a given name ("Editing by Jan Harvey"); the
// same abbreviation before a lower-case word or a day stays a month.
TEST(DateGrammar, AbbreviatedMonthBeforeANameIsAName) {
    EXPECT_TRUE(dates_in("Reporting by Emma Farge; Editing by Jan Harvey").empty());
    EXPECT_TRUE(dates_in("Writing by Dec Hogan in London").empty());
    auto ds = dates_in("Prices have risen since Jan and are still rising.");
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].text, "Jan");
    ASSERT_EQ(dates_in("The talks end by Jan 5, officials said.").size(), 1u);
    ASSERT_EQ(dates_in("The deal is due by March, the company said.").size(), 1u);
}

// A day followed by "last year" is last year's day, however near the publication date it falls.
TEST(DateResolution, DayFollowedByLastYear) {
    auto ds = dates_in("The previous run-off was held on March 17 last year.", year_month_day{year{2024}, month{3}, day{10}});
    ASSERT_EQ(ds.size(), 2u);
    EXPECT_EQ(ds[0].value, "2023-03-17");
    auto near = dates_in("The run-off was held on March 17.", year_month_day{year{2024}, month{3}, day{10}});
    ASSERT_EQ(near.size(), 1u);
    EXPECT_EQ(near[0].value, "2024-03-17");
}
