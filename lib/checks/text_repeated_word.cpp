// text.repeated-word: the same word twice in a row with only whitespace between ("would be be no"), the
// commonest slip of quick editing. Not reported: words English doubles on purpose ("that that", "had had"),
// reduplications ("bye bye", "no no"), two capitalised words that are a name ("Bora Bora", "Sirhan Sirhan"),
// numbers, and repeats across punctuation or a line break ("no, no"; "bye-bye").
#include <fmt/format.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "checks/check.hpp"
#include "checks/text_words.hpp"
#include "util/ascii.hpp"

namespace crosscheck {

namespace {

constexpr auto& lower_ascii = ascii_lower;

bool same_word(std::string_view a, std::string_view b, bool ascii) {
    if (ascii)  // asked of nearly every pair of neighbouring words: compare in place
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return (x | 0x20) == (y | 0x20);  // letters and digits only, where | 0x20 folds case
               });
    return icu::UnicodeString::fromUTF8(a).caseCompare(icu::UnicodeString::fromUTF8(b), U_FOLD_CASE_DEFAULT) == 0;
}

// Doubles that are correct English: grammatical ("that that", "had had") and reduplications used for effect.
bool legitimate_double(std::string_view lower) {
    // Also compass points ("two km south south east") and "plus plus" (a credit rating "A plus plus").
    static constexpr std::array<std::string_view, 41> list = {
        "that", "had",   "bye",  "no",    "so",    "very",  "really", "many",  "much",  "far",   "ha",   "haha",
        "ho",   "hee",   "tut",  "yeah",  "blah",  "chop",  "knock",  "well",  "there", "now",   "pooh", "hush",
        "night", "never", "bang", "boo",   "choo",  "go",    "yes",    "beep",  "bling", "cha",   "tom",  "aye",
        "plus", "north", "south", "east", "west"};
    return std::find(list.begin(), list.end(), lower) != list.end();
}

// Small words whose doubling is a slip even when both are capitalised ("The The talks" in a headline).
bool function_word(std::string_view lower) {
    static constexpr std::array<std::string_view, 40> list = {
        "the", "a",    "an",   "and",  "or",   "but",  "of",   "to",   "in",   "on",   "at",    "for",   "with",  "by",
        "from", "as",  "is",   "was",  "are",  "were", "be",   "been", "it",   "he",   "she",   "they",  "we",    "you",
        "his", "her",  "its",  "their", "this", "will", "would", "has", "have", "not"};
    return std::find(list.begin(), list.end(), lower) != list.end();
}

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

class TextRepeatedWord : public Check {
public:
    std::string_view id() const override { return "text.repeated-word"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override { return "the same word twice in a row (\"would be be no\")"; }
    bool contradiction() const override { return false; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        std::vector<text_words::Word> ws;  // one paragraph's words, the buffer reused
        for (std::size_t si = 0; si < ctx.corpus.sources.size(); ++si) {
            const Source& src = ctx.corpus.sources[si];
            for (const auto& para : src.paragraphs) {
                text_words::words(src.text, para.span, ws);
                for (std::size_t i = 1; i < ws.size(); ++i) {
                    const auto& a = ws[i - 1];
                    const auto& b = ws[i];
                    if (!b.after_space_only || a.has_digit || b.has_digit) continue;
                    std::string_view x = src.slice(a.span), y = src.slice(b.span);
                    if (!same_word(x, y, a.ascii && b.ascii)) continue;
                    std::string lower = lower_ascii(x);
                    if (legitimate_double(lower)) continue;
                    // Part of a hyphenated word: "non-bank bank", "long-term term loans", "one one-hundredth".
                    if ((a.span.begin > 0 && src.text[a.span.begin - 1] == '-') ||
                        (b.span.end < src.text.size() && src.text[b.span.end] == '-'))
                        continue;
                    // Columns of a table, set apart by runs of spaces ("nil     nil", "week         week").
                    if (b.span.begin - a.span.end > 2) continue;
                    // A name begins with the second: "its new New York Stock Exchange ticker".
                    if (!capitalised(x) && capitalised(y)) continue;
                    // A name ends with the first: "the Liberal Party party room", "the Labour Party party
                    // conference" (a capitalised word before it, and the second in lower case).
                    if (capitalised(x) && !capitalised(y) && !function_word(lower) && i >= 2 &&
                        ws[i - 2].span.end + 1 == a.span.begin && capitalised(src.slice(ws[i - 2].span)))
                        continue;
                    bool name_like = capitalised(x) && capitalised(y) && !function_word(lower);
                    bool initials = x.size() == 1 && capitalised(x);  // "J J Abrams"
                    if (name_like || initials) continue;
                    Finding f;
                    f.rule = std::string(id());
                    f.severity = default_severity();
                    f.message = fmt::format("repeated word \"{}\"", y);
                    f.fix = fmt::format("delete one \"{}\"", y);
                    f.evidence.push_back(ctx.evidence(si, {a.span.begin, b.span.end}));
                    out.push_back(std::move(f));
                    ++i;  // "the the the" is one slip, reported once
                }
            }
        }
    }
};

}  // namespace

std::unique_ptr<Check> make_text_repeated_word() { return std::make_unique<TextRepeatedWord>(); }

}  // namespace crosscheck
