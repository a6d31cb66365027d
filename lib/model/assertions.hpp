// Typed assertions extracted from one source. Plain value types: the grammars produce them, the resolver links
// them, the checks read them. Every assertion keeps the exact span of text it came from.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/source.hpp"

namespace crosscheck {

// ---- dates (grammars/dates) ------------------------------------------------------------------------------------
enum class Granularity { day, week, month, year, range, weekday, unknown };
// Where a date stands: in the copy, as the article's dateline, on a reader comment, in a copyright line.
enum class DateContext { body, dateline, comment, copyright };

struct DateMention {
    Span span;
    std::string text;
    bool relative = false;      // "on Tuesday", "last week": depends on the publication date
    bool resolved = false;      // value is known (absolute, or relative with a publication date)
    Granularity granularity = Granularity::unknown;
    std::string value;          // TIMEX3-like: 2018-07-24, 2018-W29, 2021-07, 2015, 2005/2017; empty if unresolved
    std::optional<std::chrono::year_month_day> day;        // set when granularity is day
    std::optional<std::chrono::weekday> stated_weekday;    // "Tuesday, July 24": the weekday the text claims
    std::size_t sentence = 0;
    // What the text states (0: not stated); the resolver completes the rest from the publication date.
    int year = 0;
    unsigned month = 0;
    unsigned mday = 0;
    int shift = 0;              // relative: -1 last/yesterday, 0 this/today, +1 next/tomorrow
    bool shifted = false;       // a shift word was written ("last Tuesday", "next month")
    bool future = false;        // its clause speaks of the future ("will meet on Thursday")
    bool past = false;          // its clause reports a past event ("met on", "began on", "was signed")
    bool time_of_day = false;   // a time follows ("June 5, 2016 at 7:57 am")
    bool impossible = false;    // no such day: "November 31", "February 29, 2023" (year, month, mday as written)
    DateContext context = DateContext::body;
};

// ---- places (grammars/places) ----------------------------------------------------------------------------------
struct PlaceMention {
    Span span;                  // whole mention, e.g. "Helsinki, Moscow"
    std::string name;           // "Helsinki"
    Span name_span;
    std::string parent;         // claimed parent ("Moscow"), empty if none
    Span parent_span;
    bool demonym = false;       // "Russian" -> country Russia
    std::string country_code;   // ISO 3166-1 alpha-2 when known (filled by the resolver)
    std::size_t sentence = 0;
};

// ---- people and organisations (grammars/people) ----------------------------------------------------------------
struct PersonMention {
    Span span;                  // whole mention incl. titles: "US Defence Secretary Jim Mattis"
    std::string name;           // "Jim Mattis" (empty for a title-only mention: "the Pentagon chief")
    Span name_span;
    std::vector<std::string> titles;         // "Defence Secretary", "Navy Captain"
    std::vector<std::string> organisations;  // "Pentagon", "State Department"
    std::string country;        // "US" in "US Defence Secretary" (as written)
    bool pronoun = false;       // "he", "she"
    int entity = -1;            // index into Extraction::people (within source) after resolution
    std::size_t sentence = 0;
};

struct OrganisationMention {
    Span span;
    std::string name;
    std::size_t sentence = 0;
};

// A person within one source: its mentions linked ("Jim Mattis" ... "Mattis" ... "the Pentagon chief").
struct PersonEntity {
    std::string name;                  // fullest name form seen
    std::vector<std::size_t> mentions; // indices into Extraction::people_mentions
    std::vector<std::string> titles;
    std::vector<std::string> organisations;
    std::vector<std::string> countries;  // as written ("US", "Russian")
    int global = -1;                   // cluster index across sources (Corpus::people)
};

// ---- attribution (grammars/attribution) ------------------------------------------------------------------------
struct Quote {
    Span span;                  // including the quote marks
    Span text_span;             // the quoted words only
    std::string text;
    std::string speaker_name;   // as resolved ("Jim Mattis"); empty if unknown
    int speaker_mention = -1;   // index into Extraction::people_mentions
    std::string speaker_organisation;  // for "the Pentagon said"
    Span cue_span;              // "Mattis said", "according to X", "he added"
    std::string verb;           // "said", "told reporters", "added", "according to"
    std::size_t sentence = 0;
};

enum class Polarity { asserts, denies };

// Reported speech: who asserts or denies what.
struct Claim {
    Span span;
    std::string speaker_name;
    int speaker_mention = -1;
    std::string speaker_organisation;
    std::string verb;           // "confirmed", "denied", "rejected", "said"
    Polarity polarity = Polarity::asserts;
    std::string content;        // normalised words of what is claimed
    Span content_span;
    std::vector<std::string> subjects;  // key entities/terms the claim is about ("US", "Russia", "cooperation")
    std::string date_value;     // when it was said, if the sentence dates it (TIMEX3 value)
    std::size_t sentence = 0;
};

// ---- quantities (grammars/quantities) --------------------------------------------------------------------------
struct Quantity {
    Span span;
    std::string text;
    double value = 0;           // 12, 0.333 for one-third; magnitude words ("hundreds") give 100 with approximate
    bool approximate = false;
    std::string unit;           // what is counted, head noun lemma: "month", "troop", "death"
    std::string counted;        // the noun phrase as written: "civilian deaths"
    std::size_t sentence = 0;
    bool increment = false;     // "3,000 more troops", "200 additional police": an addition, not a total
    bool whole = false;         // "151" in "76 of the 151 seats": the total a part is taken from
};

// A person's age as the copy gives it: "Jane Doe, 60,", "the 60-year-old minister", "the 60-year-old said".
struct AgeMention {
    Span span;                  // "60", "60-year-old"; "1941" of "born in 1941"
    int years = 0;              // 0 for a year of birth
    int born = 0;               // the year of birth ("born in 1941", "born on May 3, 1941"), else 0
    unsigned born_month = 0, born_day = 0;  // of a full date of birth ("born on May 3, 1941"), else 0
    std::size_t person = 0;     // index into Extraction::people_mentions of the person it is the age of
    std::size_t sentence = 0;
};

// All that one source asserts.
struct Extraction {
    std::vector<DateMention> dates;
    std::vector<PlaceMention> places;
    std::vector<PersonMention> people_mentions;
    std::vector<OrganisationMention> organisations;
    std::vector<PersonEntity> people;
    std::vector<Quote> quotes;
    std::vector<Claim> claims;
    std::vector<Quantity> quantities;
    std::vector<AgeMention> ages;  // sorted by position
};

}  // namespace crosscheck
