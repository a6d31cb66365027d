// Grammar for attribution: direct quotes and the speech cues around them.
// Quotes: “curly”, "straight", ‘single’, and the mismatched marks real copy has (”opened with a closing mark,
// "straight open, curly close”); a quote that reaches the end of its paragraph unclosed is kept as open-ended
// (it continues in the next paragraph). Cues: a speech verb from a general lexicon ("said", "told", "insisted",
// "denied", "according to", "saying") with its usual complement ("told reporters", "said in a statement").
//
// The grammar finds the shapes; lib/extract/attribution.cpp pairs each quote with its cue and the cue with its
// speaker (a PersonMention or organisation from the people grammar), and turns reported speech into claims.
#pragma once

#include <boost/optional.hpp>
#include <boost/range/iterator_range.hpp>
#include <string_view>

#include "grammars/scan.hpp"

namespace crosscheck::grammars::attribution {

// What a speech verb says about its complement (bit flags).
enum CueFlags : int {
    cue_say = 0,             // said, told, added, stated, confirmed...
    cue_deny = 1,            // denied, rejected, dismissed: the complement is denied
    cue_participle = 2,      // saying, adding, dismissing: the subject is the clause's
    cue_speaker_after = 4,   // "according to X": the speaker always follows
    cue_claim = 8,           // takes a clause or object as a claim (said that..., confirmed..., denied...)
};

namespace ast {

using Range = boost::iterator_range<iterator_type>;

struct Quote {
    Range open;          // the opening mark
    Range body;          // the quoted words
    bool closed = false; // false: ran to the end of the paragraph
};

struct Cue {
    Range verb;                  // "said", "according to"
    Range tail;                  // " reporters", " in a statement"; empty when none
};

}  // namespace ast

using double_quote_type = x3::rule<class double_quote_class, ast::Quote>;
using single_quote_type = x3::rule<class single_quote_class, ast::Quote>;
using cue_type = x3::rule<class cue_class, ast::Cue>;
BOOST_SPIRIT_DECLARE(double_quote_type, single_quote_type, cue_type)

double_quote_type const& double_quote();
single_quote_type const& single_quote();
cue_type const& cue();
// The words a cue can start with (the speech verbs' first words): the scan tries the cue rule only there.
StartSet const& cue_starts();
// The CueFlags of a speech verb as the cue rule matched it ("said" -> cue_claim), 0 if unknown.
int cue_flags(std::string_view verb);
// Whether a lower-case word is one of the cue rule's speech verbs ("said", "told", "denied").
bool is_speech_verb(std::string_view verb);

}  // namespace crosscheck::grammars::attribution
