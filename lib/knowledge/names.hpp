// Name knowledge: nicknames (Jim = James), known given names and surnames, normalisation and similarity.
#pragma once

#include <string>
#include <string_view>

namespace crosscheck {

class Names {
public:
    static Names load_embedded();
    // True when a and b are the same given name or one is a nickname of the other (Jim / James).
    bool same_given_name(std::string_view a, std::string_view b) const;
};

}  // namespace crosscheck
