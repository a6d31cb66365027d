// Definition of the attribution grammar (see attribution.hpp). Included by attribution.cpp only.
#pragma once

#include "grammars/attribution.hpp"
#include "grammars/attribution_ast_adapted.hpp"

namespace crosscheck::grammars::attribution {

namespace parser {

using x3::char_;
using x3::lit;
using x3::matches;
using x3::raw;

// ---- marks -----------------------------------------------------------------------------------------------------
// Double marks pair with any double mark: copy mixes straight and curly quotes and sometimes opens with ” (U+201D).
auto const double_mark = lit('"') | lit("\xE2\x80\x9C") | lit("\xE2\x80\x9D") | lit("\xE2\x80\x9E") | lit("\xC2\xAB") |
                         lit("\xC2\xBB");
auto const single_open = lit('\'') | lit("\xE2\x80\x98");
auto const single_close = lit('\'') | lit("\xE2\x80\x99");
auto const blank = lit(' ') | '\t' | '\r' | '\n' | lit("\xC2\xA0");
auto const word_char = char_('a', 'z') | char_('A', 'Z') | char_('0', '9') | char_('\x80', '\xFF');
auto const lower = char_('a', 'z');
auto const sp = lit(' ') | lit("\xC2\xA0");

// ---- quotes ----------------------------------------------------------------------------------------------------
// A quote stays within its paragraph (one line of the source); one left open at the line's end is open-ended.
auto const double_body = raw[*(char_ - double_mark - '\n')];
// A curly quotation closed by its curly mark in the paragraph runs to that mark: straight marks inside it are a
// quote within the quote ("“... and Ramon "Bong" Salcedo will be governor,” he said").
auto const curly_open = lit("\xE2\x80\x9C");
auto const curly_close = lit("\xE2\x80\x9D");
auto const curly_body = raw[*(char_ - curly_open - curly_close - '\n')];
auto const double_quote_def_ = (raw[curly_open] >> !blank >> curly_body >> &curly_close >> matches[curly_close]) |
                               (raw[double_mark] >> !blank >> double_body >> matches[double_mark]);
// A single mark followed by a letter is an apostrophe ("don’t", "Russians’ planes"), not a closing mark.
auto const single_end = single_close >> !word_char;
auto const single_body = raw[+(char_ - single_end - '\n' - double_mark)];
auto const single_quote_def_ = raw[single_open] >> !blank >> single_body >> matches[single_end];

// ---- speech cues -----------------------------------------------------------------------------------------------
// General English speech verbs. The flags say how the verb relates speaker and complement.
struct speech_verbs : x3::symbols<int> {
    speech_verbs() {
        const int claim = cue_claim, deny = cue_deny | cue_claim, part = cue_participle | cue_claim;
        for (const char* v : {"said", "says", "say", "stated", "states", "confirmed", "confirms", "insisted", "insists",
                              "noted", "notes", "acknowledged", "acknowledges", "warned", "warns", "argued", "argues",
                              "claimed", "claims", "asserted", "asserts", "stressed", "stresses", "emphasised",
                              "emphasized", "maintained", "maintains", "admitted", "admits", "conceded", "concedes",
                              "announced", "announces", "declared", "declares", "explained", "explains", "added",
                              "adds", "clarified", "clarifies", "cautioned", "reiterated", "reaffirmed"})
            add(v, claim);
        // These name who was addressed or how, but rarely introduce a clause of their own.
        for (const char* v : {"told", "tells", "replied", "responded", "remarked", "commented", "wrote", "writes",
                              "recalled", "continued", "observed", "asked", "agreed", "agrees"})
            add(v, cue_say);
        for (const char* v : {"denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted",
                              "disputed", "ruled out", "declined"})
            add(v, deny);
        for (const char* v : {"saying", "adding", "noting", "insisting", "confirming", "acknowledging", "warning",
                              "stressing", "arguing", "claiming", "explaining", "stating", "telling"})
            add(v, part);
        for (const char* v : {"denying", "rejecting", "dismissing"}) add(v, part | cue_deny);
        add("according to", cue_speaker_after);
        add("According to", cue_speaker_after);
    }
};
speech_verbs const verbs;

// "told reporters", "said in a statement", "said in an interview with ...".
auto const audience = lit("reporters") | "journalists" | "the press" | "lawmakers" | "the media";
auto const medium = lit("in ") >> (lit("an") | "a") >> sp >> +lower;
// "declined to comment" is no denial.
auto const cue_def_ = raw[verbs >> !word_char] >> !(sp >> "to ") >> raw[-(sp >> (audience | medium))];

}  // namespace parser

double_quote_type const double_quote_rule = "double_quote";
single_quote_type const single_quote_rule = "single_quote";
cue_type const cue_rule = "cue";

auto const double_quote_rule_def = parser::double_quote_def_;
auto const single_quote_rule_def = parser::single_quote_def_;
auto const cue_rule_def = parser::cue_def_;

BOOST_SPIRIT_DEFINE(double_quote_rule, single_quote_rule, cue_rule)

}  // namespace crosscheck::grammars::attribution
