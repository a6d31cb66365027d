// What the attribution rules share: who a quote or claim is attributed to (after people resolution), whether
// two attributions can be the same speaker, normalised quote words, claim keys and dates.
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "knowledge/knowledge.hpp"
#include "model/corpus.hpp"

namespace crosscheck::attribution {

struct SpeakerRef {
    std::string name;                   // for messages: "Jim Mattis", "Pentagon"
    std::string organisation;           // canonical key when the speaker is an organisation ("pentagon")
    std::set<std::string> affiliations; // canonical organisations a person speaks for (titles, organisations)
    std::string affiliation;            // the first of them as written, for messages ("State Department")
    int global = -1;                    // Corpus::people index when resolved
    std::string given, surname;         // normalised, for people not linked across sources
    bool vague = false;                 // a title only ("the diplomat") that resolution did not link
    bool spokesperson = false;          // speaks for a body by office: spokesman, press secretary, official
    bool known() const { return !name.empty() || !organisation.empty(); }
};

SpeakerRef speaker_of(const Corpus&, std::size_t source, int mention, const std::string& name,
                      const std::string& organisation);

// What speaker_of() works out from the words of names, titles and organisations, kept per word for a run over many
// quotes or claims (a newswire quotes the same people, offices and bodies thousands of times).
struct SpeakerWords {
    struct Title {
        bool former = false, spokesperson = false;
        std::string org;  // roles::implied_org
    };
    std::unordered_map<std::string, std::pair<std::string, std::string>> names;  // name -> (given, surname) keys
    std::unordered_map<std::string, Title> titles;
    std::unordered_map<std::string, std::string> orgs;                           // as written -> canonical
};
// speaker_of() with its word work kept in `words`: the same result.
SpeakerRef speaker_of(const Corpus&, std::size_t source, int mention, const std::string& name,
                      const std::string& organisation, SpeakerWords& words);
inline SpeakerRef speaker_of(const Corpus& c, std::size_t s, const Quote& q, SpeakerWords& w) {
    return speaker_of(c, s, q.speaker_mention, q.speaker_name, q.speaker_organisation, w);
}
inline SpeakerRef speaker_of(const Corpus& c, std::size_t s, const Claim& cl, SpeakerWords& w) {
    return speaker_of(c, s, cl.speaker_mention, cl.speaker_name, cl.speaker_organisation, w);
}
inline SpeakerRef speaker_of(const Corpus& c, std::size_t s, const Quote& q) {
    return speaker_of(c, s, q.speaker_mention, q.speaker_name, q.speaker_organisation);
}
inline SpeakerRef speaker_of(const Corpus& c, std::size_t s, const Claim& cl) {
    return speaker_of(c, s, cl.speaker_mention, cl.speaker_name, cl.speaker_organisation);
}

// A key equal for two references to one speaker as resolved (one person across sources, one organisation, or one
// name as written): for grouping identical quotes, not for deciding compatibility.
std::string identity_key(const SpeakerRef&);

// The same person under any name form (Jim / James Mattis, "Mattis"), or the same organisation.
bool same_speaker(const SpeakerRef&, const SpeakerRef&, const Names&);
// Could both attributions be right? Same speaker, a person speaking for the organisation, or too vague to tell.
bool compatible(const SpeakerRef&, const SpeakerRef&, const Names&);

// Words of a quote for matching: lower case, punctuation, quote marks and editorial brackets dropped, "U.S." as
// "us". With knowledge, house style is folded too: one spelling of American/British variants (defense/defence)
// and no hyphens inside words (de-conflicting/deconflicting).
std::vector<std::string> quote_words(std::string_view text);
std::vector<std::string> quote_words(std::string_view text, const Knowledge&);

// A quote by where it is: Corpus::extractions[source].quotes[quote].
struct QuoteRef {
    std::size_t source = 0, quote = 0;
};
// Candidate pairs (indices into refs, first < second, sorted) of similar quotes, from the scoring stage's TF-IDF
// alignment: blocked on rare terms, so not every pair is compared.
std::vector<std::pair<std::size_t, std::size_t>> similar_quotes(const Corpus&, const std::vector<QuoteRef>& refs,
                                                                double threshold, bool within_source);

// Keys a claim is matched on: content lemmas and entity keys (countries folded: "Russians" ~ "Russia").
struct ClaimKeys {
    std::set<std::string> content;
    std::set<std::string> entities;
    // A denial's predicate: the first content lemmas its negation governs ("no cooperation with ..." ->
    // cooperate; "did not expect the removal to ..." -> expect, removal), or that a denying verb governs ("denied
    // that the programme had been effective" -> programme, effective). Empty for an assertion.
    std::set<std::string> governed;
};
ClaimKeys claim_keys(const Claim&, const Knowledge&);
// The same, for a run over many claims: each entity word's key is worked out once (a newswire names the same
// countries and companies in thousands of claims) and kept in `entity_keys` (word -> key); and `governed` left
// empty, for governed_keys() to fill when a pair of claims needs it.
ClaimKeys claim_keys(const Claim&, const Knowledge&, std::unordered_map<std::string, std::string>& entity_keys);
// The same keys as they come, repeats included, without building sets (for a run that only needs most claims'
// keys as integers): pointers to the claim's words and to entity_keys' values, valid while both live.
struct ClaimKeyWords {
    std::vector<const std::string*> content, entities;
};
void claim_key_words(const Claim&, const Knowledge&, std::unordered_map<std::string, std::string>& entity_keys,
                     ClaimKeyWords& out);
// ClaimKeys::governed of a claim whose other keys are `keys`.
std::set<std::string> governed_keys(const Claim&, const ClaimKeys& keys);

// Can a claim be held against this speaker? Not when the "speaker" is a news agency credited with the story, or
// a word the extractor cut from a longer name or took for one: a company form ("Inc", "Corp", "SA"), an
// organisation's generic head on its own ("Group", "Agency", "House"), an ordinary English word ("Similarly"),
// a roman numeral ("Mark IV") or a party-and-state tag ("R-Mich").
bool names_speaker(const SpeakerRef&, const Knowledge&);

// When a claim was made: a resolved date in its sentence outside the claimed words ("said on Tuesday"), else its
// own date, else the source's publication date.
std::string claim_date(const Corpus&, std::size_t source, const Claim&);

}  // namespace crosscheck::attribution
