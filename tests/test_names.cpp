// Name knowledge (knowledge/names) and role lexicons (knowledge/roles).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "data/word_set_format.hpp"
#include "knowledge/knowledge.hpp"
#include "knowledge/names.hpp"
#include "knowledge/roles.hpp"

using namespace crosscheck;

namespace {

const Names& names() {
    static const Names n = Names::load_embedded();
    return n;
}

TEST(Names, NicknamesAreTheSameGivenName) {
    EXPECT_TRUE(names().same_given_name("Jim", "James"));
    EXPECT_TRUE(names().same_given_name("James", "Jimmy"));  // through the shared full form
    EXPECT_TRUE(names().same_given_name("Mike", "Michael"));
    EXPECT_TRUE(names().same_given_name("Joe", "Joseph"));
    EXPECT_TRUE(names().same_given_name("Bill", "William"));
    EXPECT_TRUE(names().same_given_name("bob", "ROBERT"));
    EXPECT_TRUE(names().nickname_of("Jim", "James"));
    EXPECT_FALSE(names().nickname_of("James", "James"));
    EXPECT_FALSE(names().same_given_name("James", "John"));
    EXPECT_FALSE(names().same_given_name("Jim", "John"));
    EXPECT_FALSE(names().same_given_name("Mark", "Maria"));
}

TEST(Names, InitialMatchesItsLetterOnly) {
    EXPECT_TRUE(names().same_given_name("J.", "James"));
    EXPECT_FALSE(names().same_given_name("K.", "James"));
}

TEST(Names, PersonNameListAndDictionary) {
    ASSERT_TRUE(names().has_name_list()) << "humannames missing: run scripts/fetch-data.sh and rebuild";
    EXPECT_TRUE(names().known_name("Antonov"));
    EXPECT_TRUE(names().known_name("Mattis"));
    EXPECT_TRUE(names().known_name("Trump's"));
    EXPECT_FALSE(names().known_name("Anatolov"));
    EXPECT_FALSE(names().known_name("Bergstorm"));
    EXPECT_TRUE(names().common_word("Live"));
    EXPECT_TRUE(names().common_word("story"));
    EXPECT_FALSE(names().common_word("Mattis"));
}

// The build-time sets (data/word_set_format.hpp) as gen_names fills them: a full little table, so probes wrap
// around and meet other keys, and keys that differ only in length or in one byte.
TEST(WordSets, ProbesFindEveryKeyAndNoOther) {
    const std::vector<std::string> keys = {"al", "alan", "alana", "b", "bob", "zz", "alan-x", "mo"};
    std::string pool;
    std::vector<std::uint64_t> slots(16, 0);
    for (const auto& k : keys) {
        std::uint64_t h = data::word_set_hash(k);
        std::size_t i = h & 15;
        while (slots[i] != 0) i = (i + 1) & 15;
        slots[i] = data::word_set_slot(h, static_cast<std::uint32_t>(pool.size()), k.size());
        pool += k;
    }
    for (const auto& k : keys) EXPECT_TRUE(data::word_set_contains(slots.data(), 16, pool.data(), k)) << k;
    for (std::string_view k : {"", "a", "ala", "alanx", "bo", "z", "zzz", "Bob", "alan-"})
        EXPECT_FALSE(data::word_set_contains(slots.data(), 16, pool.data(), k)) << k;
    EXPECT_FALSE(data::word_set_contains(nullptr, 0, nullptr, "al"));  // an empty list
}

// English given names by sex (Moby Word II lists); a name listed for both, or for neither, says nothing.
TEST(Names, GivenNameSex) {
    EXPECT_EQ(names().given_name_sex("Mary"), Sex::female);
    EXPECT_EQ(names().given_name_sex("John"), Sex::male);
    EXPECT_EQ(names().given_name_sex("MARGARET"), Sex::female);
    EXPECT_EQ(names().given_name_sex("Jordan"), Sex::unknown);
    EXPECT_EQ(names().given_name_sex("Quezzarimo"), Sex::unknown);
}

TEST(Names, Normalisation) {
    EXPECT_EQ(normalise_name("Al-Assad's"), "al-assad");
    EXPECT_EQ(normalise_name("Al-Assad\u2019s"), "al-assad");
    EXPECT_EQ(normalise_name("\u0141ukasz M\u00fcller"), "lukasz muller");
    EXPECT_EQ(normalise_name("O'Brien"), "obrien");
    EXPECT_EQ(normalise_name("\u0410\u043d\u0442\u043e\u043d\u043e\u0432"), "antonov");  // Cyrillic
    EXPECT_EQ(strip_possessive("Putin's"), "Putin");
    EXPECT_EQ(strip_possessive("s"), "s");
}

TEST(Names, SplitAndSurnameKey) {
    NameParts p = split_name("Bashar al-Assad");
    EXPECT_EQ(p.given, "Bashar");
    EXPECT_EQ(p.surname, "al-Assad");
    p = split_name("Ursula von der Leyen");
    EXPECT_EQ(p.given, "Ursula");
    EXPECT_EQ(p.surname, "von der Leyen");
    p = split_name("J. Robert Oppenheimer");
    EXPECT_EQ(p.given, "J.");
    ASSERT_EQ(p.middle.size(), 1u);
    EXPECT_EQ(p.surname, "Oppenheimer");
    p = split_name("Mattis");
    EXPECT_EQ(p.given, "");
    EXPECT_EQ(p.surname, "Mattis");
    // A generational suffix is no surname.
    p = split_name("Ferdinand Marcos Jr.");
    EXPECT_EQ(p.given, "Ferdinand");
    EXPECT_EQ(p.surname, "Marcos");
    EXPECT_EQ(split_name("Martin Luther King III").surname, "King");
    EXPECT_EQ(split_name("Marcos Jr").surname, "Marcos");
    // Regnal numerals too, upper case only: a single-name monarch has no given name.
    p = split_name("Benedict XVI");
    EXPECT_EQ(p.given, "");
    EXPECT_EQ(p.surname, "Benedict");
    EXPECT_EQ(split_name("Pope John XXIII").surname, "John");
}

TEST(Names, GenerationalSuffixes) {
    for (const char* w : {"Jr", "Jr.", "jr", "Sr.", "II", "III", "IV", "IX", "XIV", "XVI", "XXIII", "XXXIX"})
        EXPECT_TRUE(is_generational_suffix(w)) << w;
    for (const char* w : {"I", "V", "X", "XL", "IIII", "VX", "Iv", "iii", "Mix", "XXXX", "IC", "Jrs", ""})
        EXPECT_FALSE(is_generational_suffix(w)) << w;
    EXPECT_EQ(surname_key("al-Assad"), "assad");
    EXPECT_EQ(surname_key("Al-Assad"), "assad");
    EXPECT_EQ(surname_key("von der Leyen"), "leyen");
}

TEST(Names, Similarity) {
    EXPECT_EQ(osa_distance("Anatolov", "Antonov"), 2u);
    EXPECT_EQ(osa_distance("ca", "ac"), 1u);  // one transposition
    EXPECT_EQ(osa_distance("Bergstrom", "Bergstorm"), 1u);
    EXPECT_EQ(osa_distance("", "abc"), 3u);
    EXPECT_EQ(osa_distance("same", "same"), 0u);
    // Slips of the keys: neighbours swapped, a doubled letter moved; not a letter changed or added.
    EXPECT_TRUE(typing_slip("Johnson", "Jonhson"));
    EXPECT_TRUE(typing_slip("Donnarumma", "Donnarruma"));
    EXPECT_TRUE(typing_slip("Icahn", "ichan"));
    EXPECT_FALSE(typing_slip("Abernathy", "Abernethy"));
    EXPECT_FALSE(typing_slip("Johnson", "Johnston"));
    EXPECT_FALSE(typing_slip("Smith", "Smith"));
    EXPECT_NEAR(jaro_winkler("MARTHA", "MARHTA"), 0.961, 0.001);
    EXPECT_NEAR(jaro_winkler("DIXON", "DICKSONX"), 0.813, 0.001);
    EXPECT_DOUBLE_EQ(jaro_winkler("abc", "abc"), 1.0);
    EXPECT_DOUBLE_EQ(jaro_winkler("abc", "xyz"), 0.0);
}

// osa_distance keeps three rows of the table (on the stack up to 63 bytes of b): the whole table, as defined,
// must give the same distance, for short and long words, transpositions and empty strings.
TEST(Names, OsaDistanceMatchesTheFullTable) {
    auto full_table = [](std::string_view a, std::string_view b) {
        std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
        for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
        for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
        for (std::size_t i = 1; i <= a.size(); ++i)
            for (std::size_t j = 1; j <= b.size(); ++j) {
                d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        return d[a.size()][b.size()];
    };
    std::uint32_t seed = 12345;
    auto word = [&](std::size_t max_len) {
        seed = seed * 1664525u + 1013904223u;
        std::string w(seed % (max_len + 1), 'a');
        for (char& c : w) {
            seed = seed * 1664525u + 1013904223u;
            c = static_cast<char>('a' + (seed >> 16) % 4);  // four letters: many matches and transpositions
        }
        return w;
    };
    for (int k = 0; k < 400; ++k) {
        std::size_t max_len = k % 4 == 0 ? 90 : 9;  // every fourth pair may pass the stack rows
        std::string a = word(max_len), b = word(max_len);
        EXPECT_EQ(osa_distance(a, b), full_table(a, b)) << a << " / " << b;
    }
}

TEST(Names, TransliterationKey) {
    EXPECT_EQ(transliteration_key("Zelensky"), transliteration_key("Zelenskyy"));
    EXPECT_EQ(transliteration_key("Mohammed"), transliteration_key("Muhammad"));
    EXPECT_EQ(transliteration_key("Al-Assad"), transliteration_key("al-Assad"));
    EXPECT_EQ(transliteration_key("Gaddafi"), transliteration_key("Qaddafi"));
    EXPECT_EQ(transliteration_key("Kadhafi"), transliteration_key("Gaddafi"));
    EXPECT_EQ(transliteration_key("Sergei"), transliteration_key("Sergey"));
    EXPECT_NE(transliteration_key("Antonov"), transliteration_key("Anatolov"));
    EXPECT_NE(transliteration_key("Bergstrom"), transliteration_key("Bergstorm"));
}

TEST(Roles, Lexicons) {
    EXPECT_TRUE(roles::is_title_head("Ambassador"));
    EXPECT_TRUE(roles::is_title_head("spokesman"));
    EXPECT_TRUE(roles::is_title_modifier("Defence"));
    EXPECT_FALSE(roles::is_title_word("Mattis"));
    EXPECT_TRUE(roles::is_org_word("Pentagon"));
    EXPECT_TRUE(roles::is_org_head("Ministry"));
    EXPECT_TRUE(roles::is_function_word("However"));
    EXPECT_TRUE(roles::is_country_abbreviation("U.S."));
    EXPECT_FALSE(roles::is_country_abbreviation("us"));  // the pronoun
    EXPECT_TRUE(roles::is_former("former Marine general"));
    EXPECT_FALSE(roles::is_former("Marine general"));
}

TEST(Roles, OrganisationAliasesAndImpliedOffices) {
    EXPECT_EQ(roles::canonical_org("Department of Defense"), roles::canonical_org("Pentagon"));
    EXPECT_EQ(roles::canonical_org("Defence Department"), "pentagon");
    EXPECT_EQ(roles::canonical_org("U.S. State Department"), roles::canonical_org("Department of State"));
    EXPECT_NE(roles::canonical_org("State Department"), roles::canonical_org("Pentagon"));
    EXPECT_EQ(roles::implied_org("Defence Secretary"), "pentagon");
    EXPECT_EQ(roles::implied_org("Secretary of State"), "state department");
    EXPECT_EQ(roles::implied_org("former Defence Secretary"), "");
    EXPECT_EQ(roles::title_head("Secretary of State"), "secretary");
    EXPECT_EQ(roles::title_head("Navy Captain"), "captain");
    EXPECT_TRUE(roles::description_fits("diplomat", "Ambassador to the US"));
    EXPECT_TRUE(roles::description_fits("chief", "Defence Secretary"));
    EXPECT_FALSE(roles::description_fits("diplomat", "General"));
}

TEST(Roles, CountryKeys) {
    Gazetteer g = Gazetteer::load_embedded();
    EXPECT_EQ(roles::country_key("US", g), roles::country_key("U.S.", g));
    EXPECT_EQ(roles::country_key("Russian", g), roles::country_key("Russia", g));
    EXPECT_NE(roles::country_key("Russian", g), roles::country_key("US", g));
}

}  // namespace
