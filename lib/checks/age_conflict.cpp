// age.conflict: one person's age given two ways ("Jane Doe, 60," here, "Jane Doe, 62," there). Within an article
// any two ages of one person conflict. Across articles the calendar decides: between two publication dates d days
// apart an age grows by d/366 to d/365 years, rounded down and up, and anything else cannot both be right (a
// birthday between two reports is no error). Articles of unknown date are compared only on a gap of two years or
// more; articles more than max_days_apart apart not at all (namesakes grow likelier than slips). An age also
// conflicts with a year of birth given for the person ("born in 1941" and 84 in 2024).
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "checks/check.hpp"
#include "knowledge/calendar.hpp"

namespace crosscheck {

namespace {

using namespace std::chrono;

constexpr int max_days_apart = 31;

struct Stated {
    std::size_t source, index;  // index into Extraction::ages
    int age;
};

class AgeConflict : public Check {
public:
    std::string_view id() const override { return "age.conflict"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override { return "one person's age is given two different ways"; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        const Corpus& c = ctx.corpus;
        // Each source's ages by the entity of the person they describe.
        std::vector<std::map<int, std::vector<std::size_t>>> by_entity(c.sources.size());
        for (std::size_t s = 0; s < c.sources.size(); ++s) {
            const auto& ex = c.extractions[s];
            for (std::size_t i = 0; i < ex.ages.size(); ++i)
                if (int e = ex.people_mentions[ex.ages[i].person].entity; e >= 0) by_entity[s][e].push_back(i);
        }
        for (const auto& person : c.people) {
            std::vector<Stated> stated, births;
            for (auto [s, e] : person.members)
                if (auto it = by_entity[s].find(static_cast<int>(e)); it != by_entity[s].end())
                    for (std::size_t i : it->second) {
                        const AgeMention& a = c.extractions[s].ages[i];
                        if (a.born && ambiguous_surname(c.extractions[s], c.extractions[s].people_mentions[a.person]))
                            continue;
                        (a.born ? births : stated).push_back({s, i, a.born ? a.born : a.years});
                    }
            check_births(ctx, person.name, stated, births, out);
            if (stated.size() < 2) continue;
            std::sort(stated.begin(), stated.end(), [](const Stated& a, const Stated& b) {
                return a.source != b.source ? a.source < b.source : a.index < b.index;
            });
            // The age most often given is the reference (the first of them on a tie); each other age that cannot
            // be right beside it is reported once.
            std::map<int, int> count;
            for (const auto& st : stated) ++count[st.age];
            const Stated* ref = &stated.front();
            for (const auto& st : stated)
                if (count[st.age] > count[ref->age]) ref = &st;
            std::set<std::pair<std::size_t, int>> reported;  // (source, age)
            for (const auto& st : stated) {
                if (st.age == ref->age) continue;
                auto confidence = conflict(c, *ref, st);
                if (!confidence || !reported.emplace(st.source, st.age).second) continue;
                out.push_back(finding(ctx, person.name, *ref, st, *confidence));
            }
        }
    }

private:
    // "Harlow was born in 1941" in an article naming John and Mary Harlow: a surname alone that two people share
    // may stand for either, whatever the resolver chose.
    static bool ambiguous_surname(const Extraction& ex, const PersonMention& m) {
        if (m.name.find(' ') != std::string::npos) return false;
        std::size_t bearers = 0;
        for (const auto& pe : ex.people)
            if (pe.name.size() > m.name.size() && pe.name.ends_with(m.name) && pe.name[pe.name.size() - m.name.size() - 1] == ' ')
                ++bearers;
        return bearers > 1;
    }

    // An age against a year of birth: on its article's publication day, someone born in year B is Y - B or, before
    // the birthday, Y - B - 1. Ages of undated articles are not compared; each age is reported once, against the
    // first year of birth given.
    void check_births(const CheckContext& ctx, const std::string& name, const std::vector<Stated>& stated,
                      const std::vector<Stated>& births, std::vector<Finding>& out) const {
        if (births.empty()) return;
        const Corpus& c = ctx.corpus;
        const Stated& birth = *std::min_element(births.begin(), births.end(), [](const Stated& a, const Stated& b) {
            return a.source != b.source ? a.source < b.source : a.index < b.index;
        });
        for (const auto& st : stated) {
            const auto& published = c.sources[st.source].published;
            if (!published || !published->ok()) continue;
            int year = static_cast<int>(published->year());
            int oldest = year - birth.age, youngest = oldest - 1;
            const auto& m = c.extractions[st.source].ages[st.index];
            const auto& b = c.extractions[birth.source].ages[birth.index];
            // A full date of birth leaves one age: before the birthday, the younger one.
            if (b.born_month && b.born_day) {
                unsigned pm = static_cast<unsigned>(published->month()), pd = static_cast<unsigned>(published->day());
                bool before = pm < b.born_month || (pm == b.born_month && pd < b.born_day);
                oldest = youngest = before ? year - birth.age - 1 : year - birth.age;
            }
            if (st.age == oldest || st.age == youngest) continue;
            const std::string& who = name.empty() ? c.extractions[st.source].people_mentions[m.person].name : name;
            Finding f;
            f.rule = std::string(id());
            f.severity = default_severity();
            f.confidence = st.source == birth.source ? 0.85 : 0.7;
            std::string source = st.source == birth.source ? "" : fmt::format(" ({})", c.sources[birth.source].id);
            if (b.born_month && b.born_day)
                f.message = fmt::format("{} is {} here but was born on {:04}-{:02}-{:02}{}: {} on {}", who, st.age,
                                        birth.age, b.born_month, b.born_day, source, oldest,
                                        calendar::format_day(*published));
            else
                f.message = fmt::format("{} is {} here but was born in {}{}: {} or {} in {}", who, st.age, birth.age,
                                        source, youngest, oldest, year);
            f.fix = fmt::format("check {}'s age or year of birth", who);
            f.evidence.push_back(ctx.evidence(st.source, m.span));
            f.evidence.push_back(ctx.evidence(birth.source, b.span, "conflicts-with"));
            out.push_back(std::move(f));
        }
    }

    // The confidence that ages a (the reference) and b cannot both be right, or none when they can.
    static std::optional<double> conflict(const Corpus& c, const Stated& a, const Stated& b) {
        if (a.source == b.source) return 0.9;
        const auto& pa = c.sources[a.source].published;
        const auto& pb = c.sources[b.source].published;
        int gap = b.age - a.age;
        if (!pa || !pb || !pa->ok() || !pb->ok()) {
            if (std::abs(gap) < 2) return std::nullopt;
            return 0.5;
        }
        int days = (sys_days{*pb} - sys_days{*pa}).count();
        if (std::abs(days) > max_days_apart) return std::nullopt;
        if (days < 0) days = -days, gap = -gap;  // from the earlier report to the later
        int least = days / 366, most = (days + 364) / 365;
        if (gap >= least && gap <= most) return std::nullopt;
        return 0.8;
    }

    // ", published the same day" / ", published 3 days earlier": why the calendar allows no other age.
    static std::string apart(const Corpus& c, const Stated& ref, const Stated& st) {
        const auto& pr = c.sources[ref.source].published;
        const auto& ps = c.sources[st.source].published;
        if (!pr || !ps || !pr->ok() || !ps->ok()) return "";
        int days = (sys_days{*pr} - sys_days{*ps}).count();
        if (days == 0) return ", published the same day";
        return fmt::format(", published {} day{} {}", std::abs(days), std::abs(days) == 1 ? "" : "s",
                           days < 0 ? "earlier" : "later");
    }

    Finding finding(const CheckContext& ctx, const std::string& name, const Stated& ref, const Stated& st,
                    double confidence) const {
        const Corpus& c = ctx.corpus;
        const auto& m = c.extractions[st.source].ages[st.index];
        const auto& r = c.extractions[ref.source].ages[ref.index];
        Finding f;
        f.rule = std::string(id());
        f.severity = default_severity();
        f.confidence = confidence;
        std::string where = st.source == ref.source ? "elsewhere in this article"
                                                    : fmt::format("in {}{}", c.sources[ref.source].id, apart(c, ref, st));
        const std::string& who = name.empty() ? c.extractions[st.source].people_mentions[m.person].name : name;
        f.message = fmt::format("{} is {} here but {} {}", who, st.age, ref.age, where);
        f.fix = fmt::format("check {}'s age ({} {})", who, ref.age, where);
        f.evidence.push_back(ctx.evidence(st.source, m.span));
        f.evidence.push_back(ctx.evidence(ref.source, r.span, "conflicts-with"));
        return f;
    }
};

}  // namespace

std::unique_ptr<Check> make_age_conflict() { return std::make_unique<AgeConflict>(); }

}  // namespace crosscheck
