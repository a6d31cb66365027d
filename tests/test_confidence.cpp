// Finding confidences from truth discovery (scoring/confidence): conflicts across sources are weighed by what every
// source says of the fact; findings judged against a reference keep their rule's confidence.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "checks/engine.hpp"
#include "pipeline.hpp"
#include "report/report.hpp"
#include "scoring/confidence.hpp"
#include "test_support.hpp"

using namespace crosscheck;
using test_support::knowledge;
using test_support::make_source;

namespace {

// Sentences that report the same count of troops, worded a little differently, as several outlets would.
std::string troops(int i, const std::string& count) {
    static const char* frames[] = {
        "The Pentagon keeps {} troops in Syria, officials said.",
        "Officials said the Pentagon keeps {} troops in Syria.",
        "According to officials, the Pentagon keeps {} troops in Syria.",
        "The Pentagon keeps {} troops in Syria, officials told reporters.",
        "Officials say the Pentagon keeps {} troops in Syria.",
    };
    std::string s = frames[i % 5];
    return "Deployment update\n\n" + s.replace(s.find("{}"), 2, count) + "\n";
}

Result run(std::vector<Source> sources) {
    return run_pipeline_on_sources(std::move(sources), PipelineOptions{}, knowledge());
}

std::vector<const Finding*> of_rule(const Result& r, std::string_view rule) {
    std::vector<const Finding*> out;
    for (const auto& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

// The confidence each rule gave before weighing: the engine's findings for the same corpus.
double rule_confidence(const Result& r, const Finding& f) {
    for (const auto& g : run_checks(r.corpus, knowledge(), {}))
        if (g.fingerprint == f.fingerprint) return g.confidence;
    ADD_FAILURE() << "finding not found again: " << f.message;
    return -1;
}

const FindingValue* value(const Finding& f, std::string_view text) {
    for (const auto& v : f.values)
        if (v.text == text) return &v;
    return nullptr;
}

}  // namespace

// Hand-worked: 4 sources say 300, one says 3,000. Each source asserts one value of one fact, so t(w) = s(its value).
// With imp = -0.5 between the two values (rho = 0.5, gamma = 0.3), tau = -ln(1 - t):
//   sigma*(300) = 4 tau_a - 0.25 tau_b,  sigma*(3000) = tau_b - 0.25 * 4 tau_a = tau_b - tau_a.
// From t = 0.9 the majority's trust rises towards 1 and the lone source's falls; at the fixed point
// odds(300) / odds(3000) = e^(gamma (sigma*(300) - sigma*(3000))) is large, so P(3,000 is the true count) is small
// and the finding, which flags 3,000, is right with probability 1 - P(3,000).
TEST(Confidence, FourAgainstOneNamesTheMinorityValueConfidently) {
    for (std::size_t lone : {std::size_t{4}, std::size_t{0}}) {  // the odd one out last, then first
        std::vector<Source> v;
        for (std::size_t i = 0; i < 5; ++i)
            v.push_back(make_source("s" + std::to_string(i), troops(static_cast<int>(i), i == lone ? "3,000" : "300")));
        Result r = run(std::move(v));
        auto found = of_rule(r, "number.conflict");
        ASSERT_EQ(found.size(), 1u) << "lone source " << lone;
        const Finding& f = *found[0];
        ASSERT_EQ(f.values.size(), 2u);
        const FindingValue* minority = value(f, "3,000 troops");
        const FindingValue* majority = value(f, "300 troops");
        ASSERT_TRUE(minority && majority);
        EXPECT_EQ(minority->sources, std::vector<std::size_t>{lone});
        EXPECT_EQ(majority->sources.size(), 4u);  // three of them found by their sentences, not by the rule
        EXPECT_EQ(&f.values.front(), majority);   // most confident first
        EXPECT_NEAR(minority->confidence + majority->confidence, 1.0, 1e-9);
        EXPECT_LT(minority->confidence, 0.1);
        // The rule's 0.65 (the two statements are one fact) times the chance that 3,000 is the wrong value.
        double rule = rule_confidence(r, f);
        EXPECT_NEAR(f.confidence, rule * (1 - minority->confidence), 1e-9);
        EXPECT_GT(f.confidence, 0.55);
    }
}

TEST(Confidence, OneAgainstOneStaysUncertain) {
    std::vector<Source> v{make_source("a", troops(0, "300")), make_source("b", troops(1, "3,000"))};
    Result r = run(std::move(v));
    auto found = of_rule(r, "number.conflict");
    ASSERT_EQ(found.size(), 1u);
    const Finding& f = *found[0];
    ASSERT_EQ(f.values.size(), 2u);
    // Symmetric: neither source has anything else to its credit, each value has even odds.
    EXPECT_NEAR(f.values[0].confidence, 0.5, 1e-9);
    EXPECT_NEAR(f.values[1].confidence, 0.5, 1e-9);
    EXPECT_NEAR(f.confidence, rule_confidence(r, f) * 0.5, 1e-9);

    // Lower than the same conflict with four sources on one side.
    std::vector<Source> w;
    for (int i = 0; i < 5; ++i) w.push_back(make_source("s" + std::to_string(i), troops(i, i == 4 ? "3,000" : "300")));
    Result four = run(std::move(w));
    ASSERT_EQ(of_rule(four, "number.conflict").size(), 1u);
    EXPECT_LT(f.confidence, of_rule(four, "number.conflict")[0]->confidence);
}

TEST(Confidence, TwoAgainstOneLiesBetween) {
    std::vector<Source> v{make_source("a", troops(0, "300")), make_source("b", troops(1, "300")),
                          make_source("c", troops(2, "3,000"))};
    Result r = run(std::move(v));
    auto found = of_rule(r, "number.conflict");
    ASSERT_EQ(found.size(), 1u);
    const FindingValue* minority = value(*found[0], "3,000 troops");
    ASSERT_TRUE(minority);
    EXPECT_GT(minority->confidence, 0.1);
    EXPECT_LT(minority->confidence, 0.5);
}

TEST(Confidence, ReferenceJudgedAndSingleSourceFindingsKeepTheRuleConfidence) {
    std::vector<Source> v;
    v.push_back(make_source("a", "Talks in Helsinki, Moscow\n\nThe leaders met in Helsinki, Moscow on Monday.\n\n" +
                                     troops(0, "300").substr(19) +
                                     "\nLater the ministry said the Pentagon keeps 3,000 troops in Syria.\n"));
    v.push_back(make_source("b", "Flood toll\n\nFloods in Kerala killed 37 people, officials said.\n\n"
                                 "Officials said the floods in Kerala killed 73 people.\n"));
    Result r = run(std::move(v));
    ASSERT_FALSE(of_rule(r, "location.parent-mismatch").empty());
    std::size_t conflicts = 0;
    for (const auto& f : r.findings) {
        EXPECT_TRUE(f.values.empty()) << f.rule << ": " << f.message;
        EXPECT_DOUBLE_EQ(f.confidence, rule_confidence(r, f)) << f.rule;
        conflicts += f.rule == "number.conflict";
    }
    EXPECT_GE(conflicts, 1u);  // within one article: nothing to weigh but the rule's own judgement
}

TEST(Confidence, OtherSourcesBreakAWithinArticleTie) {
    // One article gives both counts; two others give 300: the article's 3,000 is the likely slip.
    std::vector<Source> v;
    v.push_back(make_source("a", troops(0, "300") + "\nOfficials said the Pentagon keeps 3,000 troops in Syria.\n"));
    v.push_back(make_source("b", troops(1, "300")));
    v.push_back(make_source("c", troops(2, "300")));
    Result r = run(std::move(v));
    auto found = of_rule(r, "number.conflict");
    ASSERT_FALSE(found.empty());
    for (const Finding* f : found) {
        const FindingValue* minority = value(*f, "3,000 troops");
        ASSERT_TRUE(minority) << f->message;
        EXPECT_EQ(minority->sources, std::vector<std::size_t>{0});
        EXPECT_LT(minority->confidence, 0.5);
    }
}

TEST(Confidence, RoleConflictWeighsEveryMentionOfThePerson) {
    std::vector<Source> v;
    for (const char* id : {"a", "b", "c"})
        v.push_back(make_source(id, "Briefing\n\nState Department spokesman Alan Morrow declined to comment.\n"));
    v.push_back(make_source("d", "Briefing\n\nPentagon spokesman Alan Morrow declined to comment.\n"));
    Result r = run(std::move(v));
    auto found = of_rule(r, "role.conflict");
    ASSERT_EQ(found.size(), 1u);
    const Finding& f = *found[0];
    ASSERT_EQ(f.values.size(), 2u);
    EXPECT_EQ(f.values.back().sources, std::vector<std::size_t>{3});  // the Pentagon is the least confident
    EXPECT_EQ(f.values.front().sources.size(), 3u);
    EXPECT_GT(f.confidence, 0.5 * rule_confidence(r, f));
}

TEST(Confidence, ConfidencesStayInTheUnitInterval) {
    // Many sources, several facts, some sources on the minority side of more than one.
    std::vector<Source> v;
    for (int i = 0; i < 9; ++i) {
        std::string text = troops(i, i % 4 == 0 ? "3,000" : "300");
        text += i % 3 == 0 ? "\nState Department spokesman Alan Morrow declined to comment.\n"
                           : "\nPentagon spokesman Alan Morrow declined to comment.\n";
        v.push_back(make_source("s" + std::to_string(i), text));
    }
    Result r = run(std::move(v));
    std::size_t weighed = 0;
    for (const auto& f : r.findings) {
        EXPECT_GE(f.confidence, 0.0);
        EXPECT_LE(f.confidence, 1.0);
        double sum = 0;
        for (const auto& v : f.values) {
            EXPECT_GE(v.confidence, 0.0);
            EXPECT_LE(v.confidence, 1.0);
            sum += v.confidence;
        }
        if (!f.values.empty()) {
            ++weighed;
            EXPECT_LE(sum, 1.0 + 1e-9);  // a finding lists its own values and the fact's likeliest, not all
            EXPECT_TRUE(std::is_sorted(f.values.begin(), f.values.end(),
                                       [](const FindingValue& a, const FindingValue& b) { return a.confidence > b.confidence; }));
        }
    }
    EXPECT_GE(weighed, 2u);
}

TEST(Confidence, SameResultForAnyNumberOfJobs) {
    auto sources = [] {
        std::vector<Source> v;
        for (int i = 0; i < 6; ++i) v.push_back(make_source("s" + std::to_string(i), troops(i, i == 2 ? "3,000" : "300")));
        return v;
    };
    PipelineOptions one, many;
    many.jobs = 4;
    Result a = run_pipeline_on_sources(sources(), one, knowledge());
    Result b = run_pipeline_on_sources(sources(), many, knowledge());
    ASSERT_EQ(a.findings.size(), b.findings.size());
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        EXPECT_EQ(a.findings[i].confidence, b.findings[i].confidence);
        ASSERT_EQ(a.findings[i].values.size(), b.findings[i].values.size());
        for (std::size_t k = 0; k < a.findings[i].values.size(); ++k) {
            EXPECT_EQ(a.findings[i].values[k].text, b.findings[i].values[k].text);
            EXPECT_EQ(a.findings[i].values[k].confidence, b.findings[i].values[k].confidence);
        }
    }
}

TEST(Confidence, ValuesInTheJsonReportFollowTheSchema) {
    std::vector<Source> v;
    for (int i = 0; i < 5; ++i) v.push_back(make_source("s" + std::to_string(i), troops(i, i == 4 ? "3,000" : "300")));
    Result r = run(std::move(v));
    ReportContext ctx;
    ctx.rules = rule_catalog();
    std::ostringstream out;
    write_report(out, Format::json, r, ctx);
    auto j = nlohmann::json::parse(out.str());
    const nlohmann::json* conflict = nullptr;
    for (const auto& f : j["findings"])
        if (f["rule"] == "number.conflict") conflict = &f;
    ASSERT_TRUE(conflict);
    ASSERT_EQ((*conflict)["values"].size(), 2u);
    EXPECT_EQ((*conflict)["values"][1]["text"], "3,000 troops");
    EXPECT_EQ((*conflict)["values"][1]["sources"], nlohmann::json::array({"s4"}));

    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("crosscheck-test-confidence-" + std::to_string(getpid()));
    fs::create_directories(dir);
    auto validate = [&](const nlohmann::json& doc) {
        std::ofstream(dir / "r.json") << doc.dump();
        std::string cmd = "python3 " + std::string(CROSSCHECK_SOURCE_DIR) + "/tests/tools/validate_json.py '" +
                          CROSSCHECK_SOURCE_DIR + "/docs/report-schema.json' '" + (dir / "r.json").string() + "'";
        return std::system(cmd.c_str());
    };
    EXPECT_EQ(validate(j), 0);
    for (auto& f : j["findings"])  // a value without its sources is rejected: the schema does check values
        if (f.contains("values")) f["values"][0].erase("sources");
    EXPECT_NE(validate(j), 0);
    fs::remove_all(dir);

    std::ostringstream html;
    write_report(html, Format::html, r, ctx);
    EXPECT_NE(html.str().find("values: “300 troops” 4 sources 100%; “3,000 troops” 1 source 0%"), std::string::npos);
}

TEST(Confidence, DatesOfTheSameEventInOtherSourcesAreCounted) {
    auto article = [](const std::string& day) {
        return "Truce holds\n\nMonitors in Idlib said the truce began on " + day + " and has largely held since.\n";
    };
    std::vector<Source> v{make_source("a", article("March 3")), make_source("b", article("March 3")),
                          make_source("c", article("March 3")), make_source("d", article("March 5"))};
    // The same day for another event, in another place, is no support.
    v.push_back(make_source("e", "Market day\n\nThe new market in Hama opened on March 5, traders said.\n"));
    Result r = run(std::move(v));
    auto found = of_rule(r, "date.conflict");
    ASSERT_EQ(found.size(), 1u);
    const FindingValue* late = value(*found[0], "March 5");
    const FindingValue* early = value(*found[0], "March 3");
    ASSERT_TRUE(late && early);
    EXPECT_EQ(late->sources, std::vector<std::size_t>{3});
    EXPECT_EQ(early->sources, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_GT(found[0]->confidence, 0.5 * rule_confidence(r, *found[0]));
}

TEST(Confidence, ACountOfAnotherPlaceIsNoSupport) {
    std::vector<Source> v{make_source("a", troops(0, "300")), make_source("b", troops(1, "3,000")),
                          make_source("c", "Deployment update\n\nThe Pentagon keeps 300 troops in Iraq, officials said.\n")};
    Result r = run(std::move(v));
    auto found = of_rule(r, "number.conflict");
    ASSERT_EQ(found.size(), 1u);
    const FindingValue* majority = value(*found[0], "300 troops");
    ASSERT_TRUE(majority);
    EXPECT_EQ(majority->sources, std::vector<std::size_t>{0});
    EXPECT_NEAR(majority->confidence, 0.5, 1e-9);
}

TEST(Confidence, QuoteWordingAndSpeakerCountEverySourceThatCarriesTheQuote) {
    const std::string quote = "\"We have waited ten years for this decision and the port will finally grow,\" ";
    auto article = [&](const std::string& words_and_speaker) {
        return "Harbour expansion approved\n\nThe council voted on Monday to approve the harbour plan.\n\n" +
               words_and_speaker + "\n";
    };
    std::vector<Source> v;
    for (const char* id : {"a", "b", "c"})
        v.push_back(make_source(id, article(quote + "Mayor Helen Carter said after the vote.")));
    v.push_back(make_source("d", article(quote + "Deputy Mayor Robert Finch said.")));
    Result r = run(std::move(v));
    auto found = of_rule(r, "attribution.conflict");
    ASSERT_FALSE(found.empty());
    for (const Finding* f : found) {
        ASSERT_GE(f->values.size(), 2u) << f->message;
        EXPECT_EQ(f->values.front().sources.size(), 3u) << f->values.front().text;  // Carter, by three sources
        EXPECT_EQ(f->values.back().sources, std::vector<std::size_t>{3});             // Finch, by one
    }

    std::vector<Source> w;
    const std::string said = " Transport Minister Daniel Okafor said at the opening ceremony.";
    for (const char* id : {"a", "b", "c"})
        w.push_back(make_source(id, "Bridge opens\n\n\"The bridge will carry more than twenty thousand cars a day and "
                                    "cut travel times across the city in half,\"" + said + "\n"));
    w.push_back(make_source("d", "Bridge opens\n\n\"The bridge will carry more than twenty thousand cars a day and "
                                 "cut journey times across the city by half,\"" + said + "\n"));
    Result r2 = run(std::move(w));
    auto drift = of_rule(r2, "quote.wording-drift");
    ASSERT_FALSE(drift.empty());
    for (const Finding* f : drift) {
        ASSERT_EQ(f->values.size(), 2u) << f->message;
        EXPECT_EQ(f->values.front().sources.size(), 3u);
        EXPECT_EQ(f->values.back().sources, std::vector<std::size_t>{3});
        EXPECT_NE(f->values.back().text.find("journey"), std::string::npos);
        EXPECT_GT(f->confidence, 0.5 * rule_confidence(r2, *f));
    }
}
