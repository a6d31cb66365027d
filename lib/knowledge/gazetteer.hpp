// Gazetteer: countries, first-level regions and cities from GeoNames-derived data (issue 7 fills this in).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class Containment { yes, no, unknown };

class Gazetteer {
public:
    static Gazetteer load_embedded();
    // Does the place called `parent` contain a place called `child`? Unknown names give unknown, never no.
    Containment contains(std::string_view parent, std::string_view child) const;
    // ISO 3166-1 alpha-2 code of the country a demonym or adjective refers to ("Russian" -> "RU"), or "".
    std::string demonym_country(std::string_view word) const;
    bool empty() const { return true; }
};

}  // namespace crosscheck
