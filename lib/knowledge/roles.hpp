// Lexicons of general English for people's roles: title words, organisation words, function words, and the
// small tables that say when two organisations are one (Pentagon = Department of Defense) and which office a
// title implies (Defence Secretary -> Pentagon). Nothing here names a particular person.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/gazetteer.hpp"
#include "knowledge/names.hpp"

namespace crosscheck::roles {

// All take a word as written and compare case-insensitively.
bool is_title_head(std::string_view word);      // President, Minister, spokesman, Ambassador, General, chief
bool is_title_modifier(std::string_view word);  // Defence, Foreign, Prime, Deputy, former, top, Navy
bool is_title_word(std::string_view word);      // a title head or modifier
// The sex a title states of the person it is given to, if any ("Mrs.", "Queen", "spokeswoman" / "Mr", "King",
// "congressman"), for agreement with "he" and "she". Titles that copy gives to anyone ("chairman") state none.
Sex title_sex(std::string_view title);
Sex pronoun_sex(std::string_view pronoun);      // "he" / "He": male, "she" / "She": female          // any word of a title ("Former Congresswoman")
std::vector<std::string> title_words();          // every word is_title_word accepts, lower case
std::vector<std::string> function_words();       // every word is_function_word accepts, lower case
// An abbreviated title with its dot: "Sen.", "Dr.", "Gen.", "Lt.", "Gov.".
bool is_title_abbreviation(std::string_view word);
bool is_org_word(std::string_view word);        // an organisation on its own: Pentagon, Kremlin, Congress
bool is_org_head(std::string_view word);        // ends an organisation's name: Department, Ministry, Party
bool is_function_word(std::string_view word);   // The, He, However, In...: never part of a name
bool is_calendar_word(std::string_view word);   // months and weekdays
bool is_connector(std::string_view word);       // of, for, to, the: inside "Secretary of State"
bool is_country_abbreviation(std::string_view word);  // US, U.S., UK, USA, UAE
bool is_former(std::string_view title);
// Can this capitalised word be part of a name chain? Not a function word ("The", "He", "However"), unless it is
// also a title, an organisation or a country abbreviation ("US", "WHO"). One look-up: the people grammar asks it
// of every capitalised word.
bool can_be_name_word(std::string_view word);         // "former Marine general", "ex-minister"

// Every answer above about one word, from one look-up: the people extractor asks most of them of each word of a
// name chain.
// UK copy drops the dot: "Det Ch Insp", "Sgt", "Cllr", "DCI". Exact case, and only a title before a name (the
// caller decides): "PC", "DC" and "Gen" are plain words too, so `ambiguous` says they need a two-word name after.
bool is_bare_title_abbreviation(std::string_view w, bool& ambiguous);
// Honours and offices written after a name ("Richard Carville KC", "Jo Smith MP"): not an organisation.
bool is_postnominal(std::string_view w);

struct WordRoles {
    bool title_head = false, title_modifier = false, title_word = false, org_word = false, org_head = false,
         function_word = false, calendar_word = false, connector = false, country_abbreviation = false;
};
WordRoles word_roles(std::string_view word);

// Canonical key of an organisation: aliases map to one key ("Department of Defense", "Defense Department",
// "Pentagon", "DoD" -> "pentagon"); unknown names give their normalised words.
std::string canonical_org(std::string_view org);
// The organisation a title implies, as a canonical key, or "" ("Defence Secretary" -> "pentagon").
std::string implied_org(std::string_view title);
// The head word of a title, lower-case ("Defence Secretary" -> "secretary", "Secretary of State" -> "secretary").
std::string title_head(std::string_view title);
// Does a person described as `description` (the head of a title-only mention: "diplomat", "chief",
// "ambassador") fit a person with the title `title`?
bool description_fits(std::string_view description, std::string_view title);

// The bodies a person is said to work for: the canonical keys of the organisations written with the person and
// of the offices their current (not "former") titles imply.
std::set<std::string> role_orgs(const std::vector<std::string>& titles, const std::vector<std::string>& orgs);
// Country key of a country word or nationality adjective as written ("U.S.", "American" -> "us"; "Russian" ->
// "RU" from the gazetteer, or "russia" by stem when the gazetteer does not know it).
std::string country_key(std::string_view word, const Gazetteer& gazetteer);

// Words of an organisation key (canonical_org) for comparing two names of one body: connectors and company
// suffixes dropped, plural -s and -isation folded.
std::vector<std::string> org_words(const std::string& key);
// Can two organisation keys name one body? Equal, the words of one among the other's ("Committee" / "Senate
// Banking Committee"), or an acronym of the other ("UAW" / "United Auto Workers").
bool same_body(const std::string& a, const std::string& b);
// A news agency or broadcaster (canonical key): in wire copy "told Reuters" names whom a person spoke to.
bool is_news_agency(std::string_view org_key);

}  // namespace crosscheck::roles
