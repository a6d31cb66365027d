// Name knowledge: nicknames (Jim = James), known given names and surnames, ordinary English words, name
// normalisation and similarity. Tables come from public data (data/) and one reviewed nickname table.
#pragma once

#include <memory>
#include <string>
#include <span>
#include <string_view>
#include <vector>

namespace crosscheck {

namespace detail {
struct NamesData;
}

// A person's name split into parts: "Bashar al-Assad" -> given "Bashar", surname "al-Assad".
struct NameParts {
    std::string given;                // first word ("" when only a surname was written)
    std::vector<std::string> middle;  // words between, initials included ("J.")
    std::string surname;              // last word with its particles ("al-Assad", "van der Leyen")
};

// A person's sex as names and titles state it, for agreement with "he" and "she".
enum class Sex { unknown, male, female };

class Names {
public:
    static Names load_embedded();

    // True when a and b are the same given name or one is a nickname of the other (Jim / James), after
    // normalisation. An initial ("J.") matches any name with that first letter.
    bool same_given_name(std::string_view a, std::string_view b) const;
    // True when one given name is a hypocorism of the other (Jim / James), not merely equal.
    bool nickname_of(std::string_view a, std::string_view b) const;
    // The word is in the person-name list (given names and surnames of many languages).
    bool known_name(std::string_view word) const;
    // The word, lower-cased, is an ordinary English word ("live", "story", "may").
    bool common_word(std::string_view word) const;
    bool has_name_list() const;
    // The sex an English given name is listed for (Moby Word II lists); unknown when unlisted or listed for both
    // ("Jordan", "Leslie").
    Sex given_name_sex(std::string_view given) const;

private:
    std::shared_ptr<const detail::NamesData> data_;
};

// Lower-case ASCII form for comparison: diacritics removed (ICU "Any-Latin; Latin-ASCII"), possessive "'s"
// dropped, hyphens and apostrophes kept only as plain ASCII. "Al-Assad's" -> "al-assad".
std::string normalise_name(std::string_view name);
// Drops a trailing possessive: "Putin's" -> "Putin", "Reuters’" stays.
std::string_view strip_possessive(std::string_view word);
// Particles that belong to the surname: al-, el-, bin, ibn, van, von, de, da, di, du, der, den, la, le, dos.
bool is_name_particle(std::string_view word);
std::span<const std::string_view> name_particles();  // al, bin, van, von, de ...
// A generational or regnal suffix after a name: Jr, Jr., Sr, Sr. (any case), II to XXXIX (upper case). It is no
// surname.
bool is_generational_suffix(std::string_view word);
NameParts split_name(std::string_view name);
// Surname for blocking and comparison: normalised, particles removed ("al-Assad" -> "assad").
std::string surname_key(std::string_view surname);

// A key that is equal for spellings that differ only as transliterations do (Zelensky / Zelenskyy, Mohammed /
// Muhammad, Gaddafi / Qaddafi / Kadhafi): case and diacritics dropped, y = j = i, q = c = g = k, ph = f, kh = h,
// dh = d, th = t, gh = g, w = v, o = ou = u, e = a, doubled letters single.
std::string transliteration_key(std::string_view name);

// Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions, no substring edits).
std::size_t osa_distance(std::string_view a, std::string_view b);
// Two spellings a slip of the keys apart, which no house style or transliteration explains: two neighbouring
// letters swapped ("Jonhson" / "Johnson") or a doubled letter moved ("Donnarruma" / "Donnarumma"). Case-blind.
bool typing_slip(std::string_view a, std::string_view b);
// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4).
double jaro_winkler(std::string_view a, std::string_view b);

}  // namespace crosscheck
