// date.weekday-mismatch: a weekday stated with a full date that falls on another weekday ("Tuesday, July 25,
// 2018" - a Wednesday), also when the weekday and the date are written as neighbours ("on Tuesday (July 25)").
// The calendar decides; a year the text leaves out is taken from the publication date (lower confidence).
#include <fmt/format.h>

#include "checks/check.hpp"
#include "knowledge/calendar.hpp"

namespace crosscheck {

namespace {

using namespace std::chrono;

// Bytes between a weekday and a date that make them one phrase: "Tuesday (July 25)", "Tuesday - July 25".
bool joins(std::string_view gap) {
    if (gap.size() > 4) return false;
    for (char c : gap)
        if (c != ' ' && c != '(' && c != ',' && c != '-') return false;
    return true;
}

class DateWeekdayMismatch : public Check {
public:
    std::string_view id() const override { return "date.weekday-mismatch"; }
    Severity default_severity() const override { return Severity::error; }
    std::string_view summary() const override { return "a weekday is given with a date that falls on another weekday"; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const auto& src = ctx.corpus.sources[s];
            const auto& dates = ctx.corpus.extractions[s].dates;
            for (std::size_t i = 0; i < dates.size(); ++i) {
                const auto& m = dates[i];
                if (m.stated_weekday && m.month && m.day) {
                    report(ctx, s, m.span, *m.stated_weekday, m, out);
                } else if (m.stated_weekday && !m.month && i + 1 < dates.size()) {
                    const auto& next = dates[i + 1];
                    if (next.month && next.mday && next.day && !next.stated_weekday && next.span.begin >= m.span.end &&
                        joins(src.slice({m.span.end, next.span.begin})))
                    {
                        std::size_t end = next.span.end;  // "Tuesday (July 25)": the closing parenthesis too
                        if (end < src.text.size() && src.text[end] == ')') ++end;
                        report(ctx, s, {m.span.begin, end}, *m.stated_weekday, next, out);
                    }
                }
            }
        }
    }

private:
    void report(const CheckContext& ctx, std::size_t s, Span span, weekday stated, const DateMention& date,
                std::vector<Finding>& out) const {
        weekday actual{sys_days{*date.day}};
        if (actual == stated) return;
        Finding f;
        f.rule = std::string(id());
        f.severity = default_severity();
        // A year the text states is sure; one taken from the publication date could be another year.
        f.confidence = date.year ? 0.95 : 0.7;
        f.message = fmt::format("{} falls on a {}, not a {}", calendar::format_day(*date.day),
                                calendar::weekday_name(actual), calendar::weekday_name(stated));
        f.fix = fmt::format("{} (or correct the date)", calendar::weekday_name(actual));
        f.evidence.push_back(ctx.evidence(s, span));
        out.push_back(std::move(f));
    }
};

}  // namespace

std::unique_ptr<Check> make_date_weekday_mismatch() { return std::make_unique<DateWeekdayMismatch>(); }

}  // namespace crosscheck
