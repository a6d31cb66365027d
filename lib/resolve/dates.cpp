// Dates against the publication date. When metadata gave none, the publication date is taken from a dateline:
// a full date standing (nearly) alone on one of the first lines. Then every date that depends on it is resolved:
// "on Tuesday" (the most recent Tuesday in past-tense copy, the next one in future tense), "last week" (an ISO
// week), "May 25" (the year that puts it nearest the publication, the tense breaking ties), "in July".
// Without a publication date these stay unresolved: nothing is guessed.
#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <string_view>

#include "knowledge/calendar.hpp"
#include "resolve/resolve.hpp"

namespace crosscheck {

namespace {

using namespace std::chrono;

// A dateline is on one of the first lines of the article that hold text.
constexpr int dateline_lines = 12;
// Words besides the date a dateline's line may hold ("Published", "Updated:", "| Reuters").
constexpr int dateline_other_words = 4;
// A year-less date is put in the year nearest the publication date; the tense of its clause wins within this.
constexpr int tense_window_days = 183;

int words_in(std::string_view s) {
    int n = 0;
    bool in_word = false;
    for (char c : s) {
        bool w = std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
        if (w && !in_word) ++n;
        in_word = w;
    }
    return n;
}

// The line [begin, end) holding offset.
Span line_of(const std::string& text, std::size_t offset) {
    std::size_t b = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    b = (b == std::string::npos || offset == 0) ? 0 : b + 1;
    std::size_t e = text.find('\n', offset);
    if (e == std::string::npos) e = text.size();
    return {b, e};
}

// Index (0-based) of the line holding offset among lines that hold text.
int text_line_index(const std::string& text, std::size_t offset) {
    int index = 0;
    std::size_t pos = 0;
    while (pos < offset) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos || nl >= offset) break;
        if (words_in(std::string_view(text).substr(pos, nl - pos)) > 0) ++index;
        pos = nl + 1;
    }
    return index;
}

// A wire dateline opening the copy's first paragraph: an upper-case place, a comma, the date, an optional credit
// in brackets and a dash ("WASHINGTON, July 25, 2018 (Reuters) - US Defense Secretary ..."). The line goes on with
// the story, so the word count that recognises a dateline standing alone does not apply.
bool wire_dateline(std::string_view before, std::string_view after) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.empty() || before.back() != ',' || before.size() > 48) return false;
    before.remove_suffix(1);
    int capitals = 0;
    for (char c : before) {
        if (c >= 'a' && c <= 'z') return false;  // "The talks ended on July 25, 2018 -": a sentence, no place
        capitals += c >= 'A' && c <= 'Z';
    }
    if (capitals < 2) return false;
    auto skip_blanks = [&] {
        while (!after.empty() && (after.front() == ' ' || after.front() == ',')) after.remove_prefix(1);
    };
    skip_blanks();
    if (after.starts_with("(")) {
        auto close = after.find(')');
        if (close == std::string_view::npos || close > 40) return false;
        after.remove_prefix(close + 1);
        skip_blanks();
    }
    return after.starts_with("-") || after.starts_with("\xE2\x80\x93") || after.starts_with("\xE2\x80\x94");
}

void find_dateline(Source& src, Extraction& ex) {
    for (auto& m : ex.dates) {
        if (!m.day || m.year == 0 || m.context != DateContext::body) continue;
        if (text_line_index(src.text, m.span.begin) >= dateline_lines) break;
        Span line = line_of(src.text, m.span.begin);
        std::string_view before = std::string_view(src.text).substr(line.begin, m.span.begin - line.begin);
        std::string_view after = std::string_view(src.text).substr(m.span.end, line.end - m.span.end);
        if (words_in(before) + words_in(after) > dateline_other_words && !wire_dateline(before, after)) continue;
        m.context = DateContext::dateline;
        if (!src.published) {
            src.published = *m.day;
            src.published_origin = DateOrigin::dateline;
        }
        return;
    }
}

void set_day(DateMention& m, sys_days d) {
    year_month_day ymd{d};
    m.day = ymd;
    m.granularity = Granularity::day;
    m.value = calendar::format_day(ymd);
    m.resolved = true;
}

void set_month(DateMention& m, year_month ym) {
    m.granularity = Granularity::month;
    m.value = fmt::format("{:04}-{:02}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
    m.resolved = true;
}

// "Feb. 27" -> the year that puts it nearest the publication date; the clause's tense decides when the date it
// points to lies within tense_window_days; a stated weekday ("Tuesday, July 24") picks the year it fits.
void resolve_month_day(DateMention& m, sys_days pub) {
    year_month_day p{pub};
    std::vector<sys_days> candidates;
    for (int dy : {-1, 0, 1}) {
        year_month_day c{p.year() + years{dy}, month{m.month}, day{m.mday}};
        if (c.ok()) candidates.push_back(sys_days{c});
    }
    if (candidates.empty()) return;  // Feb. 29 with no leap year near
    auto distance = [&](sys_days d) { return std::abs((d - pub).count()); };
    if (m.stated_weekday) {
        std::vector<sys_days> fitting;
        for (auto c : candidates)
            if (weekday{c} == *m.stated_weekday && distance(c) <= tense_window_days) fitting.push_back(c);
        if (fitting.size() == 1) return set_day(m, fitting[0]);
    }
    sys_days best = *std::min_element(candidates.begin(), candidates.end(),
                                      [&](sys_days a, sys_days b) { return distance(a) < distance(b); });
    for (auto c : candidates) {
        if (distance(c) > tense_window_days) continue;
        if (m.past && c <= pub) best = c;
        if (m.future && c >= pub) best = c;
    }
    set_day(m, best);
}

// "in July": the most recent July in past-tense copy, the next in future tense, else the nearest.
void resolve_month(DateMention& m, sys_days pub) {
    year_month_day p{pub};
    year_month now{p.year(), p.month()};
    year_month before{p.year(), month{m.month}};
    if (before > now) before -= years{1};
    year_month after{p.year(), month{m.month}};
    if (after < now) after += years{1};
    if (m.shifted && m.shift < 0) {  // "last July": never this month
        if (before == now) before -= years{1};
        return set_month(m, before);
    }
    if (m.shifted && m.shift > 0) {
        if (after == now) after += years{1};
        return set_month(m, after);
    }
    if (m.past) return set_month(m, before);
    if (m.future) return set_month(m, after);
    auto months_between = [](year_month a, year_month b) { return std::abs((a - b).count()); };
    set_month(m, months_between(before, now) <= months_between(after, now) ? before : after);
}

// "on Tuesday": on or before the publication date in past-tense copy, on or after it in future tense; "last
// Tuesday" strictly before, "next Tuesday" strictly after. The publication's own weekday is that day in any tense:
// wire style writes the weekday for "today" ("will start counting on Tuesday" in Tuesday's copy), and a week
// ahead is written "next Tuesday".
void resolve_weekday(DateMention& m, sys_days pub) {
    weekday wd = *m.stated_weekday;
    sys_days on_or_before = pub - (weekday{pub} - wd);
    sys_days on_or_after = pub + (wd - weekday{pub});
    if (m.shifted && m.shift < 0) {
        if (on_or_before == pub) on_or_before -= days{7};
        return set_day(m, on_or_before);
    }
    if (m.shifted && m.shift > 0) {
        if (on_or_after == pub) on_or_after += days{7};
        return set_day(m, on_or_after);
    }
    set_day(m, m.future ? on_or_after : on_or_before);
}

void resolve_relative(DateMention& m, sys_days pub) {
    year_month_day p{pub};
    if (m.month && m.mday) return resolve_month_day(m, pub);
    if (m.month) return resolve_month(m, pub);
    if (m.stated_weekday) return resolve_weekday(m, pub);
    switch (m.granularity) {
        case Granularity::day: return set_day(m, pub + days{m.shift});
        case Granularity::week:
            m.value = calendar::format_iso_week(pub + days{7 * m.shift});
            m.resolved = true;
            return;
        case Granularity::month: return set_month(m, year_month{p.year(), p.month()} + months{m.shift});
        case Granularity::year:
            m.value = fmt::format("{}", static_cast<int>(p.year() + years{m.shift}));
            m.resolved = true;
            return;
        default: return;
    }
}

}  // namespace

void resolve_dates(Source& source, Extraction& ex) {
    find_dateline(source, ex);
    if (!source.published || !source.published->ok()) return;
    sys_days pub{*source.published};
    for (std::size_t i = 0; i < ex.dates.size(); ++i) {
        auto& m = ex.dates[i];
        if (!m.relative || m.resolved) continue;
        // "held on March 17 last year", "on March 17 of last year": the year written after the day is its year.
        if (m.month && m.mday && !m.year && i + 1 < ex.dates.size()) {
            const auto& next = ex.dates[i + 1];
            std::string_view gap = std::string_view(source.text).substr(m.span.end, next.span.begin - std::min(next.span.begin, m.span.end));
            if (next.span.begin >= m.span.end && (gap == " " || gap == ", " || gap == " of ") && next.shifted &&
                next.granularity == Granularity::year) {
                year_month_day d{year_month_day{pub}.year() + years{next.shift}, month{m.month}, day{m.mday}};
                if (d.ok()) {
                    set_day(m, sys_days{d});
                    continue;
                }
            }
        }
        resolve_relative(m, pub);
    }
}

}  // namespace crosscheck
