// date.impossible: a date that is in no calendar: a day the month does not have ("November 31", "Feb. 30, 2024",
// "31 April") or February 29 of a year that is no leap year ("February 29, 2023"). The date grammar reads the
// phrase and the extractor keeps it, marked impossible, instead of dropping it; the calendar (std::chrono) decides.
#include <fmt/format.h>

#include "checks/check.hpp"
#include "knowledge/calendar.hpp"

namespace crosscheck {

namespace {

using namespace std::chrono;

class DateImpossible : public Check {
public:
    std::string_view id() const override { return "date.impossible"; }
    Severity default_severity() const override { return Severity::error; }
    std::string_view summary() const override {
        return "a date that does not exist (\"November 31\", \"February 29, 2023\")";
    }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s)
            for (const auto& m : ctx.corpus.extractions[s].dates)
                if (m.impossible) report(ctx, s, m, out);
    }

private:
    void report(const CheckContext& ctx, std::size_t s, const DateMention& m, std::vector<Finding>& out) const {
        const month mo{m.month};
        const std::string_view name = calendar::month_name(mo);
        if (name.empty()) return;
        Finding f;
        f.rule = std::string(id());
        f.severity = default_severity();
        f.confidence = 0.9;
        // The last day of the month in the year written (or in a leap year: "February 30" is in none).
        const year y = m.year ? year{m.year} : year{2024};
        const unsigned last = static_cast<unsigned>((y / mo / std::chrono::last).day());
        if (mo == February && m.mday == 29 && m.year)
            f.message = fmt::format("February 29, {} does not exist: {} is not a leap year", m.year, m.year);
        else if (m.year)
            f.message = fmt::format("{} {}, {} does not exist: {} {} has {} days", name, m.mday, m.year, name, m.year, last);
        else
            f.message = fmt::format("{} {} does not exist: {} has {} days", name, m.mday, name, last);
        f.fix = fmt::format("check the date ({} ends on the {}{})", name, last, last == 31 ? "st" : "th");
        f.evidence.push_back(ctx.evidence(s, m.span));
        out.push_back(std::move(f));
    }
};

}  // namespace

std::unique_ptr<Check> make_date_impossible() { return std::make_unique<DateImpossible>(); }

}  // namespace crosscheck
