#include "knowledge/calendar.hpp"

#include <array>
#include <fmt/format.h>

namespace crosscheck::calendar {

using namespace std::chrono;

std::string format_day(const year_month_day& d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

// ISO 8601: weeks start on Monday and belong to the year that holds their Thursday.
std::pair<int, unsigned> iso_week(sys_days d) {
    sys_days thursday = d + days{4 - static_cast<int>(weekday{d}.iso_encoding())};
    year y = year_month_day{thursday}.year();
    auto ordinal = (thursday - sys_days{y / January / 1}).count();
    return {static_cast<int>(y), static_cast<unsigned>(ordinal / 7 + 1)};
}

std::string format_iso_week(sys_days d) {
    auto [y, w] = iso_week(d);
    return fmt::format("{:04}-W{:02}", y, w);
}

std::string_view weekday_name(weekday wd) {
    static constexpr std::array<std::string_view, 7> names = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                                              "Thursday", "Friday", "Saturday"};
    return names[wd.c_encoding() % 7];
}

std::string_view month_name(month m) {
    static constexpr std::array<std::string_view, 12> names = {"January", "February", "March",     "April",
                                                               "May",     "June",     "July",      "August",
                                                               "September", "October", "November", "December"};
    return m.ok() ? names[static_cast<unsigned>(m) - 1] : std::string_view{};
}

}  // namespace crosscheck::calendar
