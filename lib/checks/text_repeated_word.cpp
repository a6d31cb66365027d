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

// Case-blind equality: ASCII compared in place (asked of every pair of neighbouring words whose lengths agree),
// the rest by ICU's case folding (which agrees with the ASCII comparison on ASCII letters, digits and apostrophes).
bool same_word(std::string_view a, std::string_view b, bool ascii) {
    if (ascii)
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return (x | 0x20) == (y | 0x20);  // letters, digits and apostrophes only, where | 0x20 folds case
               });
    return icu::UnicodeString::fromUTF8(a).caseCompare(icu::UnicodeString::fromUTF8(b), U_FOLD_CASE_DEFAULT) == 0;
}

bool ascii_bytes(std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
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
        for (std::size_t si = 0; si < ctx.corpus.sources.size(); ++si) {
            const Source& src = ctx.corpus.sources[si];
            for (const auto& para : src.paragraphs) {
                // Each word with the one before it (and that one's predecessor): no list of the paragraph's words.
                const bool ascii = text_words::all_ascii(src.text, para.span);
                Span a{}, before_a{};
                std::size_t count = 0;  // words met so far
                bool skip = false;      // the pair before was reported: "the the the" is one slip, reported once
                const char* t = src.text.data();
                text_words::for_each_word(src.text, para.span, ascii, [&](Span b) __attribute__((always_inline)) {
                    // ASCII words of other lengths or first letters are no repeat: most pairs end here, in line (the
                    // splitter calls this from three places, and a call per word cost more than the test).
                    bool maybe = count > 0 && !skip &&
                                 (!ascii || (b.size() == a.size() && (t[a.begin] | 0x20) == (t[b.begin] | 0x20)));
                    skip = maybe && repeated(ctx, si, count >= 2 ? &before_a : nullptr, a, b, ascii, out);
                    before_a = a;
                    a = b;
                    ++count;
                });
            }
        }
    }

private:
    // Reports a and b, neighbouring words (`before` the word before a, if any), if they are the same word repeated.
    bool repeated(const CheckContext& ctx, std::size_t si, const Span* before, Span a, Span b, bool ascii,
                  std::vector<Finding>& out) const {
        const Source& src = ctx.corpus.sources[si];
        std::string_view x = src.slice(a), y = src.slice(b);
        if (!same_word(x, y, ascii || (ascii_bytes(x) && ascii_bytes(y)))) return false;
        if (!text_words::space_only(src.text, {a.end, b.begin}) || text_words::has_digit(src.text, a) ||
            text_words::has_digit(src.text, b))
            return false;
        std::string lower = lower_ascii(x);
        if (legitimate_double(lower)) return false;
        // Part of a hyphenated word: "non-bank bank", "long-term term loans", "one one-hundredth".
        if ((a.begin > 0 && src.text[a.begin - 1] == '-') || (b.end < src.text.size() && src.text[b.end] == '-'))
            return false;
        // Columns of a table, set apart by runs of spaces ("nil     nil", "week         week").
        if (b.begin - a.end > 2) return false;
        // A name begins with the second: "its new New York Stock Exchange ticker".
        if (!capitalised(x) && capitalised(y)) return false;
        // A name ends with the first: "the Liberal Party party room", "the Labour Party party conference" (a
        // capitalised word before it, and the second in lower case).
        if (capitalised(x) && !capitalised(y) && !function_word(lower) && before && before->end + 1 == a.begin &&
            capitalised(src.slice(*before)))
            return false;
        bool name_like = capitalised(x) && capitalised(y) && !function_word(lower);
        bool initials = x.size() == 1 && capitalised(x);  // "J J Abrams"
        if (name_like || initials) return false;
        Finding f;
        f.rule = std::string(id());
        f.severity = default_severity();
        f.message = fmt::format("repeated word \"{}\"", y);
        f.fix = fmt::format("delete one \"{}\"", y);
        f.evidence.push_back(ctx.evidence(si, {a.begin, b.end}));
        out.push_back(std::move(f));
        return true;
    }
};

}  // namespace

std::unique_ptr<Check> make_text_repeated_word() { return std::make_unique<TextRepeatedWord>(); }

}  // namespace crosscheck
