// Dates: runs grammars/dates over each paragraph and turns its matches into DateMention with a TIMEX3-like
// value when the text alone fixes it ("July 25, 2018" -> 2018-07-25, "September 2015" -> 2015-09, "2005-2017" ->
// 2005/2017). What depends on the publication date ("on Tuesday", "last week", "May 25") is left to
// lib/resolve/dates.cpp; this file records what the text states and the tense of its clause.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <fmt/format.h>
#include <string>
#include <string_view>

#include "extract/extract.hpp"
#include "grammars/dates.hpp"
#include "util/ascii.hpp"
#include "util/word_map.hpp"

namespace crosscheck {

namespace {

namespace ast = grammars::dates::ast;
using namespace std::chrono;

constexpr auto& lower = ascii_lower;

// Words (letters, digits, apostrophes) of text[begin, end), with their offsets.
struct Token {
    std::size_t begin;
    std::string word;  // lower case
    bool capital;
};

bool is_word_char(char ch) {
    auto c = static_cast<unsigned char>(ch);
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c >= 0x80;
}

std::vector<Token> tokens(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> out;
    std::size_t i = begin;
    auto is_word = [&](std::size_t k) { return is_word_char(text[k]); };
    while (i < end) {
        if (!is_word(i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < end && is_word(j)) ++j;
        out.push_back({i, lower(text.substr(i, j - i)), text[i] >= 'A' && text[i] <= 'Z'});
        i = j;
    }
    return out;
}

// A lexicon as a hash table: the markers are asked about every word read around a date (w is lower case).
template <std::size_t N>
WordMap<bool> word_table(const std::array<std::string_view, N>& words) {
    WordMap<bool> m;
    for (auto w : words) m[w] = true;
    return m;
}

bool future_marker(const std::string& w) {
    static const WordMap<bool> words = word_table(std::array<std::string_view, 14>{
        "will", "would", "shall", "won't", "going", "due", "scheduled", "expected", "plans", "plan", "planned",
        "intends", "upcoming", "later"});
    if (w.size() > 3 && w.ends_with("'ll")) return true;
    return words.find(w) != nullptr;
}

// Verbs whose infinitive names what is still to come: "hoped to", "wants to", "vowed to", "is ready to".
bool intention_verb(const std::string& w) {
    static constexpr std::array<std::string_view, 9> stems = {"hope", "want", "intend", "aim", "promis", "vow",
                                                              "pledg", "prepar", "seek"};
    if (w == "sought" || w == "ready" || w == "likely" || w == "set") return true;
    return std::any_of(stems.begin(), stems.end(), [&](std::string_view stem) {
        return w.starts_with(stem) && w.size() <= stem.size() + 3;  // hope, hopes, hoped, hoping; vowed
    });
}

bool past_marker(const std::string& w, const std::string& before) {
    static const WordMap<bool> irregular = word_table(std::array<std::string_view, 52>{
        "was", "were", "had", "did", "said", "told", "met", "began", "came", "went", "took", "made", "held",
        "gave", "saw", "left", "found", "sent", "spoke", "broke", "fell", "won", "lost", "struck", "fought",
        "flew", "ran", "got", "thought", "brought", "stood", "wrote", "led", "paid", "sold", "shot", "became",
        "fled", "drove", "rose", "chose", "withdrew", "knew", "ago", "hit", "began", "ended", "took", "arrived",
        "signed", "killed", "died"});
    // Not present or future passives: "is scheduled", "will be held".
    std::string_view b = before;  // compared by length first, not by a call to compare() each
    if (b == "is" || b == "are" || b == "be" || b == "being" || b == "am") return false;
    if (irregular.find(w)) return true;
    // Regular past forms, but not a few -ed words that are no verbs.
    static constexpr std::array<std::string_view, 8> not_past = {"need", "feed", "speed", "red", "bed", "shed",
                                                                 "seed", "indeed"};
    return w.size() > 4 && w.ends_with("ed") && std::find(not_past.begin(), not_past.end(), w) == not_past.end();
}

// The tense of the clause around a date: the nearest tense marker before it in its sentence, else the nearest
// after it. Returns -1 past, +1 future, 0 unknown. The words are the tokens() of [lo, hi), read outward from the
// date only as far as the nearest marker: most dates have one next to them.
int clause_tense(std::string_view t, std::size_t lo, std::size_t hi, std::size_t date_begin, std::size_t date_end) {
    // The last token starting before pos (a run of word characters, cut at lo and hi), or an empty span.
    auto token_before = [&](std::size_t pos) -> Span {
        std::size_t e = pos;
        if (e > lo && is_word_char(t[e - 1])) {
            while (e < hi && is_word_char(t[e])) ++e;  // the run holding pos - 1 may go on past pos
        } else {
            while (e > lo && !is_word_char(t[e - 1])) --e;
        }
        std::size_t b = std::min(e, pos);
        while (b > lo && is_word_char(t[b - 1])) --b;
        return b < e ? Span{b, e} : Span{pos, pos};
    };
    // Lower-cased into buffers kept across the tokens: a copy of each word read allocated for the longer ones.
    std::string w, before;
    auto lower_into = [&](Span tok, std::string& out) {
        out.assign(t.substr(tok.begin, tok.size()));
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    };
    auto marker = [&](Span tok) {
        lower_into(tok, w);
        if (future_marker(w)) return 1;
        Span prev = token_before(tok.begin);
        lower_into(prev, before);
        // "hoped to meet on Monday": an infinitive after a verb of intention looks forward, whatever its tense.
        if (w == "to" && intention_verb(before)) return 1;
        // "is set for Saturday", "has been set for", "are to be released", "is to meet": arranged, still to come.
        if (w == "set" && (before == "is" || before == "are" || before == "been" || before == "now")) return 1;
        if (w == "to" && (before == "is" || before == "are")) return 1;
        if (past_marker(w, before)) return -1;
        return 0;
    };
    for (Span tok = token_before(date_begin); !tok.empty(); tok = token_before(tok.begin))
        if (int tense = marker(tok)) return tense;
    // Tokens starting at or after the date's end; a run the date ends inside is not one.
    std::size_t i = date_end;
    if (i > lo && i < hi && is_word_char(t[i - 1]))
        while (i < hi && is_word_char(t[i])) ++i;
    while (i < hi) {
        if (!is_word_char(t[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < hi && is_word_char(t[j])) ++j;
        if (int tense = marker(Span{i, j})) return tense;
        i = j;
    }
    return 0;
}

// A line that heads readers' comments: "1 Comment", "12 Comments", "Comments", "Leave a Reply".
bool comment_heading(std::string_view line) {
    auto toks = tokens(line, 0, line.size());
    if (toks.empty() || toks.size() > 3) return false;
    std::size_t i = 0;
    if (std::all_of(toks[0].word.begin(), toks[0].word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        ++i;
    if (i == toks.size()) return false;
    const std::string& w = toks[i].word;
    if (toks.size() - i == 1) return w == "comment" || w == "comments" || w == "responses" || w == "replies";
    return (w == "leave" || w == "add" || w == "post") &&
           (toks.back().word == "comment" || toks.back().word == "reply");
}

class DateExtractor {
public:
    DateExtractor(const Source& src, const grammars::WordStarts& words, Extraction& ex) : src_(src), words_(words), ex_(ex) {}

    void run() {
        find_comment_region();
        if (src_.paragraphs.empty()) {
            scan_range(0, src_.text.size());
            return;
        }
        // Paragraph by paragraph: a segmenter may end a sentence after "Feb." in "Feb. 27".
        for (const auto& p : src_.paragraphs) scan_range(p.span.begin, p.span.end);
    }

private:
    const Source& src_;
    const grammars::WordStarts& words_;
    Extraction& ex_;
    std::size_t comments_from_ = std::string::npos;  // offset where readers' comments begin

    // Comments follow the article: a heading among its first three lines is navigation ("Comments" in a menu).
    void find_comment_region() {
        constexpr int navigation_lines = 3;
        const std::string& t = src_.text;
        std::size_t pos = 0;
        int text_lines = 0;
        while (pos <= t.size()) {
            std::size_t nl = t.find('\n', pos);
            if (nl == std::string::npos) nl = t.size();
            std::string_view line = std::string_view(t).substr(pos, nl - pos);
            if (std::any_of(line.begin(), line.end(), [](char c) { return is_word_char(c); })) ++text_lines;
            // A heading has at most three words: long lines are not worth tokenising.
            constexpr std::size_t heading_bytes = 64;
            if (text_lines > navigation_lines && line.size() <= heading_bytes && comment_heading(line))
                comments_from_ = std::min(comments_from_, nl);
            pos = nl + 1;
        }
    }

    Span sentence_span(std::size_t offset) const {
        if (src_.sentences.empty()) return {0, src_.text.size()};
        Span s = src_.sentences[src_.sentence_index(offset)].span;
        if (!(s.begin <= offset && offset < s.end)) return {offset, offset};
        return s;
    }

    // The text between the start of the line and offset, at most the 200 bytes before offset: enough for a
    // copyright line, and a long line no longer costs its length per date.
    std::string_view line_before(std::size_t offset) const {
        constexpr std::size_t reach = 200;
        std::string_view before = std::string_view(src_.text).substr(0, offset);
        if (before.size() > reach) before.remove_prefix(before.size() - reach);
        if (auto nl = before.rfind('\n'); nl != std::string_view::npos) before.remove_prefix(nl + 1);
        return before;
    }

    void scan_range(std::size_t begin, std::size_t end) {
        const char* base = src_.text.data();
        grammars::scan<ast::Date>(
            base + begin, base + end, grammars::dates::date(),
            [&](const ast::Date& d, const char*, const char*) { on_match(d); }, &grammars::dates::date_starts(), &words_);
    }

    // The word before the date (lower case) and whether it is capitalised; empty at a sentence start.
    std::pair<std::string, bool> previous_word(std::size_t offset) const {
        Span s = sentence_span(offset);
        std::size_t end = offset;
        while (end > s.begin && !is_word_char(src_.text[end - 1])) --end;
        std::size_t begin = end;
        while (begin > s.begin && is_word_char(src_.text[begin - 1])) --begin;
        if (begin == end) return {"", false};
        return {lower(std::string_view(src_.text).substr(begin, end - begin)),
                src_.text[begin] >= 'A' && src_.text[begin] <= 'Z'};
    }

    void on_match(const ast::Date& d) {
        const char* base = src_.text.data();
        Span span{static_cast<std::size_t>(d.core.begin() - base), static_cast<std::size_t>(d.core.end() - base)};
        bool bare = d.lead.empty() && d.year == 0 && d.month == 0 && d.year_end == 0;
        if (bare) {
            auto [prev, capital] = previous_word(span.begin);
            // "Good Friday", "USA Today": a capitalised word before a bare weekday or "today" makes it a name.
            bool nameable = (d.weekday >= 0 && !d.shifted) || d.unit == ast::Unit::day;
            if (capital && nameable) return;
            // "the last year", "over the past week": durations, not calendar units.
            if (d.unit != ast::Unit::none && d.unit != ast::Unit::day && (prev == "the" || prev == "past")) return;
        }

        DateMention m;
        m.span = span;
        m.text = std::string(src_.slice(span));
        m.sentence = src_.sentence_index(span.begin);
        m.year = static_cast<int>(d.year);
        m.month = d.month;
        m.mday = d.day;
        m.shift = d.shift;
        m.shifted = d.shifted;
        m.time_of_day = d.time;
        if (d.weekday >= 0) m.stated_weekday = weekday{static_cast<unsigned>(d.weekday)};

        Span sent = sentence_span(span.begin);
        // The clause around the date decides its tense; a window keeps run-on "sentences" (no full stops in
        // kilobytes of text) from costing a whole sentence per date.
        constexpr std::size_t kWindow = 400;
        sent.begin = std::max(sent.begin, span.begin > kWindow ? span.begin - kWindow : 0);
        sent.end = std::min(std::max(sent.end, span.end), span.end + kWindow);
        int tense = clause_tense(src_.text, sent.begin, std::max(sent.end, span.end), span.begin, span.end);
        // "since May": a time before the copy was written, whatever the verb.
        if (lower(std::string_view(d.lead.begin(), d.lead.size())) == "since") tense = -1;
        m.future = tense > 0;
        m.past = tense < 0;

        if (d.year_end) {
            m.granularity = Granularity::range;
            m.value = fmt::format("{}/{}", d.year, d.year_end);
            m.resolved = true;
        } else if (d.day && d.month) {
            m.granularity = Granularity::day;
            if (d.year) {
                year_month_day ymd{year{static_cast<int>(d.year)}, std::chrono::month{d.month}, std::chrono::day{d.day}};
                if (ymd.ok()) {
                    m.day = ymd;
                    m.value = fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
                    m.resolved = true;
                } else {
                    // "Feb. 30, 2018", "February 29, 2023": a day the month does not have is a slip worth
                    // reporting (date.impossible); a number past 31 was never meant as a day.
                    if (d.day == 0 || d.day > 31) return;
                    m.impossible = true;
                }
            } else {
                // "Feb. 27": the year comes from the publication date. "November 31" is in no year.
                if ((std::chrono::month{d.month} / std::chrono::day{d.day}).ok()) {
                    m.relative = true;
                } else {
                    if (d.day == 0 || d.day > 31) return;
                    m.impossible = true;
                }
            }
        } else if (d.month) {
            m.granularity = Granularity::month;
            if (d.year) {
                m.value = fmt::format("{:04}-{:02}", d.year, d.month);
                m.resolved = true;
            } else {
                m.relative = true;  // "in July", "last March"
            }
        } else if (d.year) {
            m.granularity = Granularity::year;
            m.value = fmt::format("{}", d.year);
            m.resolved = true;
        } else if (d.weekday >= 0) {
            m.granularity = Granularity::weekday;
            m.relative = true;
        } else if (d.unit != ast::Unit::none) {
            m.relative = true;
            switch (d.unit) {
                case ast::Unit::day: m.granularity = Granularity::day; break;
                case ast::Unit::week: m.granularity = Granularity::week; break;
                case ast::Unit::month: m.granularity = Granularity::month; break;
                default: m.granularity = Granularity::year; break;
            }
        } else {
            return;
        }

        auto line = lower(line_before(span.begin));
        if (line.find("copyright") != std::string::npos || line.find("\xC2\xA9") != std::string::npos ||
            line.find("(c)") != std::string::npos)
            m.context = DateContext::copyright;
        else if (span.begin >= comments_from_)
            m.context = DateContext::comment;
        ex_.dates.push_back(std::move(m));
    }
};

}  // namespace

void extract_dates(const Source& source, const grammars::WordStarts& words, Extraction& ex) {
    DateExtractor(source, words, ex).run();
}

void extract_dates(const Source& source, Extraction& ex) { extract_dates(source, grammars::WordStarts(source.text), ex); }

}  // namespace crosscheck
