// Shared by the grammars: the iterator type every grammar is instantiated for, and the scan loop that tries a
// grammar at each word start of a text (free text is not a language: most positions match nothing).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>
#include <string>
#include <string_view>

#include "util/word_map.hpp"

namespace crosscheck::grammars {

namespace x3 = boost::spirit::x3;

// Grammars parse the source text in place, so iterators are pointers into Source::text and a match maps back
// to byte offsets by subtraction.
using iterator_type = char const*;

inline bool is_ascii_alnum(unsigned char c) {
    return static_cast<unsigned char>(c - '0') < 10 || static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}

inline bool is_word_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// Is the code point before `it` part of a word? Bytes >= 0x80 are word bytes (letters of other scripts), except
// the spaces and punctuation news copy is full of: no-break space and Latin-1 punctuation (U+0080-U+00BF), general
// punctuation (U+2000-U+207F: curly quotes, dashes, thin spaces), CJK punctuation (U+3000-U+303F). Without this,
// "\u201cOn May 25" or "Syria\u00a0in 2017" would never offer the word after the mark to a grammar.
inline bool preceded_by_word(iterator_type begin, iterator_type it) {
    if (it == begin) return false;
    iterator_type p = it - 1;
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) return is_word_byte(*p);
    while (p > begin && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
    auto lead = static_cast<unsigned char>(*p);
    auto second = it - p >= 2 ? static_cast<unsigned char>(p[1]) : 0;
    if (lead == 0xC2 && it - p == 2) return false;
    if (lead == 0xE2 && it - p == 3 && (second == 0x80 || second == 0x81)) return false;
    if (lead == 0xE3 && it - p == 3 && second == 0x80) return false;
    return true;
}

// A word start of a WordStarts index (below).
struct WordStart {
    std::uint32_t pos = 0;      // byte offset in the text
    std::uint32_t hash = 0;     // WordMap<>::hash_of its letters
    std::uint8_t letters = 0;   // ASCII letters from pos, 255 for 255 or more
};

// The words a grammar can start with, to skip the word starts where it cannot match: most words of free text
// start nothing, and a set lookup costs far less than trying every alternative of a grammar. Words are kept
// lower-case and cut at the first byte that is not an ASCII letter ("Sept." -> "sept", "earlier this" ->
// "earlier"); a text word is looked up the same way, so a capitalised sentence start finds its lower-case entry.
class StartSet {
public:
    bool digits = false;      // a digit can start a match
    bool capitals = false;    // any capital (ASCII, or a Latin-1 / Latin Extended-A lead byte) can start a match
    bool non_ascii = false;   // any other non-ASCII letter can start a match
    bool hyphenated = false;  // any word with a hyphen after its first letters can ("co-founder", "al-Assad")
    // With digits, what a number must look like to start a match: bit n set when a run of n digits (n < 8) may
    // (0: a run of any length may); whole_numbers: not when ',', '.' or ':' and a digit follow the run ("2,000",
    // "3.5", "7:57" start no date).
    std::uint8_t digit_runs = 0;
    bool whole_numbers = false;

    void add(std::string_view word) {
        if (auto n = letters(word); n > 0) words_[word.substr(0, n)] = true;
    }

    // A word that starts a match only as the lead-in of another start (a date's "in", "since", "on"): admitted
    // where one space or no-break space and then a start of this set (not another lead) follow it ("in July",
    // "since 1963"; not "in the").
    void add_lead(std::string_view word) {
        if (auto n = letters(word); n > 0) leads_[word.substr(0, n)] = true;
    }

    // A word that may follow a lead besides the starts of this set (a place's "in the", "in northern").
    void add_follow(std::string_view word) {
        if (auto n = letters(word); n > 0) follows_[word.substr(0, n)] = true;
    }

    bool may_start(iterator_type it, iterator_type end) const {
        if (may_start_itself(it, end)) return true;
        if (leads_.size() == 0 || !is_ascii_letter(*it)) return false;
        iterator_type w = it;
        while (it < end && is_ascii_letter(*it)) ++it;
        return leads_.find(std::string_view(w, static_cast<std::size_t>(it - w))) && lead_followed(it, end, Indexed{});
    }

    // The word starts of an index from one on ([start, starts_end)), in a text beginning at `base`.
    struct Indexed {
        const WordStart* start = nullptr;
        const WordStart* starts_end = nullptr;
        iterator_type base = nullptr;
    };

    // may_start(it, end) for the word start at.start of a WordStarts index, whose letters and hash it holds; the
    // index's next word start is where a lead's follower is read from when it is the word after the lead.
    // Inlined into scan's loop: it is asked of every word start, and most are settled by its first tests.
    [[gnu::always_inline]] bool may_start(iterator_type it, iterator_type end, Indexed at) const {
        const std::size_t letters = at.start->letters;
        const std::uint32_t hash = at.start->hash;
        auto c = static_cast<unsigned char>(*it);
        if (c >= '0' && c <= '9') return digits && number_may_start(it, end);
        if (c >= 0x80) return capitals && c >= 0xC3 && c <= 0xC5 ? true : non_ascii;
        if (capitals && c >= 'A' && c <= 'Z') return true;
        // A word the range cuts, or one that reaches its end, is read as may_start reads it; so is a long one.
        if (static_cast<std::size_t>(end - it) <= letters || letters >= 255) return may_start(it, end);
        if (hyphenated && letters > 0 && it[letters] == '-') return true;
        std::string_view word(it, letters);
        if (words_.may_hold(hash) && words_.find(word, hash)) return true;
        return leads_.size() > 0 && leads_.may_hold(hash) && leads_.find(word, hash) &&
               lead_followed(it + letters, end, {at.start + 1, at.starts_end, at.base});
    }

private:
    static bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    static std::size_t letters(std::string_view word) {
        std::size_t n = 0;
        while (n < word.size() && is_ascii_letter(word[n])) ++n;
        return n;
    }

    // Does a start of this set follow one space or no-break space at `it` (the end of a lead word)? When
    // `next.start` is the index's word start there and the word ends before `end`, its letters are not read and
    // hashed again.
    bool lead_followed(iterator_type it, iterator_type end, Indexed next) const {
        if (it < end && *it == ' ') ++it;
        else if (end - it >= 2 && it[0] == '\xC2' && it[1] == '\xA0') it += 2;
        else return false;
        if (it >= end) return false;
        if (next.start && next.start < next.starts_end && next.base + next.start->pos == it &&
            next.start->letters < 255 && static_cast<std::size_t>(end - it) > next.start->letters) {
            auto c = static_cast<unsigned char>(*it);
            const std::size_t letters = next.start->letters;
            const std::uint32_t hash = next.start->hash;
            std::string_view word(it, letters);
            // may_start_itself, then the follows, for a word whose letters end before `end`.
            if (c >= '0' && c <= '9') {
                if (digits && number_may_start(it, end)) return true;
            } else if (c >= 0x80) {
                if (capitals && c >= 0xC3 && c <= 0xC5 ? true : non_ascii) return true;
            } else if (capitals && c >= 'A' && c <= 'Z') {
                return true;
            } else if (hyphenated && letters > 0 && it[letters] == '-') {
                return true;
            } else if (letters > 0 && words_.find(word, hash)) {
                return true;
            }
            return follows_.size() > 0 && letters > 0 && follows_.find(word, hash);
        }
        if (may_start_itself(it, end)) return true;
        if (follows_.size() == 0) return false;
        iterator_type w = it;
        while (it < end && is_ascii_letter(*it)) ++it;
        return it > w && follows_.find(std::string_view(w, static_cast<std::size_t>(it - w)));
    }

    static bool is_digit(char c) { return c >= '0' && c <= '9'; }

    // Does the number at `it` look as digit_runs and whole_numbers ask?
    bool number_may_start(iterator_type it, iterator_type end) const {
        if (digit_runs == 0 && !whole_numbers) return true;
        iterator_type e = it;
        while (e < end && is_digit(*e)) ++e;
        auto run = static_cast<std::size_t>(e - it);
        if (digit_runs != 0 && (run >= 8 || !(digit_runs >> run & 1))) return false;
        return !(whole_numbers && end - e >= 2 && (*e == ',' || *e == '.' || *e == ':') && is_digit(e[1]));
    }

    // may_start without the leads.
    bool may_start_itself(iterator_type it, iterator_type end) const {
        auto c = static_cast<unsigned char>(*it);
        if (c >= '0' && c <= '9') return digits && number_may_start(it, end);
        if (c >= 0x80) return capitals && c >= 0xC3 && c <= 0xC5 ? true : non_ascii;
        if (capitals && c >= 'A' && c <= 'Z') return true;
        iterator_type w = it;
        while (it < end && ((*it >= 'a' && *it <= 'z') || (*it >= 'A' && *it <= 'Z'))) ++it;
        if (hyphenated && it > w && it < end && *it == '-') return true;
        return words_.find(std::string_view(w, static_cast<std::size_t>(it - w))) != nullptr;
    }

    WordMap<bool> words_;
    WordMap<bool> leads_;
    WordMap<bool> follows_;
};

// The word starts of a whole text (a word byte not preceded by a word), each with the count and WordMap hash of
// its leading ASCII letters: found once per source and shared by every grammar's scan, which otherwise walked
// the text byte by byte and hashed its words again for each grammar. Points into the text it was built from.
class WordStarts {
public:
    using Start = WordStart;

    // An index of no word starts when the text is too long for 32-bit offsets: scan then reads the bytes.
    explicit WordStarts(std::string_view text) : text_(text.data()) {
        iterator_type begin = text.data(), end = begin + text.size(), it = begin;
        usable_ = text.size() < (std::size_t(1) << 32);
        if (!usable_) return;
        starts_.reserve(text.size() / 6);
        // Byte classes by table: this loop reads every byte of every source.
        static constexpr auto cls = [] {
            std::array<std::uint8_t, 256> t{};
            for (int c = '0'; c <= '9'; ++c) t[c] = alnum;
            for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = alnum | letter;
            for (int c = 0x80; c < 0x100; ++c) t[c] = high;
            return t;
        }();
        auto of = [](char c) { return cls[static_cast<unsigned char>(c)]; };
        while (it < end) {
            std::uint8_t k = of(*it);
            if (k == 0) {
                ++it;
                continue;
            }
            iterator_type next = it + 1;
            if (!preceded_by_word(begin, it)) {
                iterator_type w = it;
                std::uint64_t h = WordMap<bool>::hash_seed;
                // hash_step's fold of an ASCII letter is its lower case, c | 0x20.
                while (w < end && (of(*w) & letter)) h = (h ^ static_cast<unsigned char>(*w++ | 0x20)) * 1099511628211ull;
                starts_.push_back({static_cast<std::uint32_t>(it - begin), WordMap<bool>::hash_final(h),
                                   static_cast<std::uint8_t>(std::min<std::ptrdiff_t>(w - it, 255))});
                if (w > it) next = w;  // the letters just read start no word
            }
            it = next;
            // The rest of an ASCII word: each of its letters and digits follows a word byte, so none starts a word.
            if (k & alnum)
                while (it < end && (of(*it) & alnum)) ++it;
        }
    }

    iterator_type text() const { return text_; }
    bool usable() const { return usable_; }
    const std::vector<Start>& starts() const { return starts_; }

private:
    enum : std::uint8_t { alnum = 1, letter = 2, high = 4 };  // byte classes of the constructor's table
    iterator_type text_;
    bool usable_ = false;
    std::vector<Start> starts_;
};

// Sets an attribute to what a fresh Attr{} holds, before scan tries the grammar again. An AST with vectors
// overloads it (found by argument-dependent lookup) to clear them instead, keeping their capacity: most tries
// fail, and a fresh attribute cost an allocation per try.
template <class Attr>
void reset_attribute(Attr& a) {
    a = Attr{};
}

// Calls on_match(attr, first, last) for each leftmost-longest match of `parser` starting at a word start of
// [begin, end), resuming after the match. Attr must be default-constructible. With `starts`, only the word starts
// it admits are tried.
// With `words` (the word starts of the text that [begin, end) lies in), the same positions are tried, read from
// the index instead of the bytes.
template <class Attr, class Parser, class OnMatch>
void scan(iterator_type begin, iterator_type end, Parser const& parser, OnMatch&& on_match,
          StartSet const* starts = nullptr, WordStarts const* words = nullptr) {
    if (words && !words->usable()) words = nullptr;
    iterator_type it = begin;
    Attr attr{};  // reset before each try
    // A range's first bytes are read byte by byte: whether a word starts there depends on where the range
    // begins, not only on the text before it. From the fourth byte on (past any UTF-8 sequence that began
    // before the range) the range's word starts are the text's.
    iterator_type bytes_end = words ? std::min(end, begin + 4) : end;
    // A range that begins at a code point after no word (a paragraph) has the text's word starts from its
    // first byte on: preceded_by_word looks back one code point, which lies before the range or inside it in
    // both readings.
    if (words && begin < end && (static_cast<unsigned char>(*begin) & 0xC0) != 0x80 &&
        !preceded_by_word(words->text(), begin))
        bytes_end = begin;
    while (it < bytes_end) {
        auto c = static_cast<unsigned char>(*it);
        bool ascii_word = is_ascii_alnum(c);
        if (c < 0x80 && !ascii_word) {
            ++it;
            continue;
        }
        if (!preceded_by_word(begin, it) && (!starts || starts->may_start(it, end))) {
            reset_attribute(attr);
            iterator_type first = it;
            if (x3::parse(first, end, parser, attr) && first > it) {
                on_match(attr, it, first);
                it = first;
                continue;
            }
        }
        ++it;
        // The rest of an ASCII word: each of its letters and digits follows a word byte, so none starts a word.
        if (ascii_word)
            while (it < end && is_ascii_alnum(static_cast<unsigned char>(*it))) ++it;
    }
    if (!words || it >= end) return;
    const auto& ws = words->starts();
    iterator_type base = words->text();
    auto k = static_cast<std::size_t>(
        std::partition_point(ws.begin(), ws.end(), [&](const WordStarts::Start& s) { return base + s.pos < it; }) - ws.begin());
    for (; k < ws.size(); ++k) {
        iterator_type p = base + ws[k].pos;
        if (p >= end) break;
        if (p < it) continue;  // inside the last match
        if (starts && !starts->may_start(p, end, {ws.data() + k, ws.data() + ws.size(), base})) continue;
        reset_attribute(attr);
        iterator_type first = p;
        if (x3::parse(first, end, parser, attr) && first > p) {
            on_match(attr, p, first);
            it = first;
        }
    }
}

}  // namespace crosscheck::grammars
