#include "knowledge/knowledge.hpp"

namespace crosscheck {

Knowledge Knowledge::load() {
    Knowledge k;
    k.gazetteer = Gazetteer::load_embedded();
    k.names = Names::load_embedded();
    k.spelling = SpellingVariants::load_embedded();
    k.misspellings = Misspellings::load_embedded();
    return k;
}

}  // namespace crosscheck
