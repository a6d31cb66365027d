// Calendar knowledge for dates: TIMEX3-style values, ISO weeks and weekday names (std::chrono arithmetic).
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>

namespace crosscheck::calendar {

std::string format_day(const std::chrono::year_month_day&);   // 2018-07-24
std::pair<int, unsigned> iso_week(std::chrono::sys_days);      // (ISO year, week 1..53)
std::string format_iso_week(std::chrono::sys_days);            // 2018-W29
std::string_view weekday_name(std::chrono::weekday);           // "Tuesday"
std::string_view month_name(std::chrono::month);               // "February"; empty if not a month

}  // namespace crosscheck::calendar
