// The places grammar's one translation unit: defines and instantiates its rule for iterator_type.
#include "grammars/places_def.hpp"

#include <algorithm>
#include <array>

namespace crosscheck::grammars::places {

using context_type = x3::unused_type;
BOOST_SPIRIT_INSTANTIATE(mention_type, iterator_type, context_type)

mention_type const& mention() { return mention_rule; }

namespace {
template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

// "in northern Syria", "in war-torn Aleppo": words between a preposition and a place's name.
constexpr std::array<std::string_view, 32> direction_words = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western", "south-eastern",
    "south-western", "war-torn", "rebel-held", "government-held", "neighbouring", "neighboring", "downtown",
    "occupied"};

constexpr std::array<std::string_view, 18> locative_prepositions = {
    "in", "at", "from", "to", "near", "into", "across", "outside", "inside", "throughout", "toward", "towards",
    "via", "around", "within", "through", "over", "of"};

}  // namespace

bool is_locative_preposition(std::string_view word) {
    // Compared in place with the first letter folded ("In", "in"): asked of the word before many capitalised
    // runs, where a lower-cased copy cost more than the comparisons.
    if (word.empty()) return false;
    char first = word[0] >= 'A' && word[0] <= 'Z' ? static_cast<char>(word[0] - 'A' + 'a') : word[0];
    return std::any_of(locative_prepositions.begin(), locative_prepositions.end(), [&](std::string_view p) {
        return p.size() == word.size() && p[0] == first && p.substr(1) == word.substr(1);
    });
}

StartSet const& mention_starts() {
    // A mention starts with its name, which starts with a capital, or with its locative preposition where the
    // rest of mention_rule_def's lead can follow it: "the", a direction word or a capital ("in the Netherlands",
    // "in northern Syria", "in Helsinki"; not "in a", "to be").
    static const StartSet starts = [] {
        StartSet s;
        s.capitals = true;
        for (auto w : locative_prepositions) s.add_lead(w);
        s.add_follow("the");
        for (auto w : direction_words) s.add_follow(w);
        s.add_lead("the");  // "the Russian city of Kharkiv" (capitalised "The" is a capital start already)
        return s;
    }();
    return starts;
}

bool is_direction_word(std::string_view w) { return in(direction_words, w); }

bool is_connector(std::string_view w) {
    static constexpr std::array<std::string_view, 30> words = {
        "of", "of the", "and", "de", "del", "de la", "de las", "de los", "da", "do", "dos", "das", "du", "des",
        "el", "al", "es", "upon", "sur", "am", "an der", "im", "y", "di", "della", "en", "la", "le", "les", "on the"};
    return in(words, w);
}

bool is_place_kind(std::string_view w) {
    static constexpr std::array<std::string_view, 16> words = {
        "city", "town", "village", "port", "capital", "region", "province", "state", "district", "island",
        "county", "municipality", "enclave", "oblast", "resort", "suburb"};
    return in(words, w);
}

bool is_state_abbreviation(std::string_view w) {
    static constexpr std::array<std::string_view, 34> words = {
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
        "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.",
        "Ore.", "Pa.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "Wis.", "Wyo.", "Ont."};
    return in(words, w);
}

}  // namespace crosscheck::grammars::places
