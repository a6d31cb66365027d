// General English for reported speech: word tokens of quoted text, a light lemmatiser, negation and stop words.
// Used by the attribution extractor (claim subjects, polarity) and by the attribution rules (quote matching).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::speech {

struct Word {
    std::string lower;        // lower-case ASCII form; curly apostrophes as '
    std::size_t begin = 0;    // byte offsets into the text given to words()
    std::size_t end = 0;
    bool capitalised = false; // first letter upper case as written
};

// Words of a text; punctuation, quote marks and dashes separate words, apostrophes and hyphens inside a word
// stay ("don't", "military-to-military").
std::vector<Word> words(std::string_view text);

// The end of the word that starts at `begin` (a word byte after a separator), as words() would end it.
std::size_t word_end(std::string_view text, std::size_t begin);
// words(text).size(), without building the words.
std::size_t word_count(std::string_view text);
// The object of a denying verb before the statement it denies: "claims that ", "the reports that " (its length),
// or 0.
std::size_t denied_statement_prefix(std::string_view object);
// Is the object of a denying verb a plan turned down ("a proposal to build ...", "the offer"), not a statement
// denied? "the suggestion that ..." is a statement.
bool turned_down_plan(std::string_view object);
// The lower-case form of the first word of the text, or "" when it has none.
std::string first_word(std::string_view text);

// A crude suffix-stripping stem, the same for every inflection of a word ("strikes", "strike" -> "strik"), with
// near-synonyms of working together folded into one ("cooperation", "collaborate" -> "cooperate").
std::string lemma(std::string_view lower);

bool is_negation(std::string_view lower);   // no, not, never, n't forms, none, nothing, neither, nor
bool is_stopword(std::string_view lower);   // function words, auxiliaries, speech verbs, vague words (lower case)

// Does the first clause of the text negate what it says ("there would be no cooperation")?
bool negated(std::string_view text);
// The same for a text already tokenised: ws == words(text), each offset moved by `offset` (words of a larger
// text, offsets into that text, with `text` starting at `offset` in it).
bool negated(std::string_view text, std::span<const Word> ws, std::size_t offset = 0);

}  // namespace crosscheck::speech
