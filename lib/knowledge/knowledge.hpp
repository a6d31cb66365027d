// Reference knowledge the resolver and the checks consult: places, names, spelling variants, misspellings.
// Loaded once per run and passed by const reference: no globals.
#pragma once

#include "knowledge/gazetteer.hpp"
#include "knowledge/names.hpp"
#include "knowledge/misspellings.hpp"
#include "knowledge/spelling.hpp"

namespace crosscheck {

struct Knowledge {
    Gazetteer gazetteer;
    Names names;
    SpellingVariants spelling;
    Misspellings misspellings;  // common misspellings ("recieve"), for text.misspelling

    // The embedded reference data (data/); cheap enough to call once per process.
    static Knowledge load();
};

}  // namespace crosscheck
