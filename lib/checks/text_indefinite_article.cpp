// text.indefinite-article: "a" before a word that opens with a vowel sound, or "an" before one that opens with a
// consonant ("a increase", "an strategy", "an that"): a slip of editing as common as a doubled word. Only the
// spellings that settle the sound are judged: "a" before a lower-case word opening with a, e, i or o (not "one",
// "once", "eu...", "ewe": "a one-off", "a euro"), "an" before a lower-case word opening with a consonant other
// than h and x ("an historic", "an x-ray" are English). Words opening with u ("a union", "an uprising"),
// capitals and acronyms ("a European", "an MP"), letters after a slash or digit ("y/a", "section 1a") and German
// "an der" are never judged.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "checks/check.hpp"
#include "checks/text_words.hpp"

namespace crosscheck {

namespace {

bool lower_word(std::string_view w) {
    for (char c : w)
        if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'')) return false;
    return !w.empty();
}

// The article a lower-case word takes, when its spelling settles it: 'a' (consonant sound), 'n' (vowel sound),
// or 0.
char article_for(std::string_view w) {
    const char c = w[0];
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o') {
        for (std::string_view p : {"one", "once", "eu", "ewe"})
            if (w.starts_with(p)) return 0;
        return 'n';
    }
    if (c == 'u' || c == 'h' || c == 'x' || c == 'y') return 0;
    return 'a';
}

class TextIndefiniteArticle : public Check {
public:
    std::string_view id() const override { return "text.indefinite-article"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override {
        return "\"a\" before a vowel sound or \"an\" before a consonant (\"a increase\", \"an strategy\")";
    }
    bool contradiction() const override { return false; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        for (std::size_t si = 0; si < ctx.corpus.sources.size(); ++si) {
            const Source& src = ctx.corpus.sources[si];
            const std::string_view text = src.text;
            for (const auto& para : src.paragraphs) {
                const bool ascii = text_words::all_ascii(text, para.span);
                Span prev{};
                bool have = false;
                text_words::for_each_word(text, para.span, ascii, [&](Span w) {
                    Span article = prev;
                    bool had = have;
                    prev = w;
                    have = true;
                    if (!had || article.size() > 2) return;
                    std::string_view a = text.substr(article.begin, article.size());
                    if (a != "a" && a != "an") return;
                    if (!text_words::space_only(text, {article.end, w.begin}) || w.begin - article.end != 1) return;
                    if (article.begin > 0) {
                        char before = text[article.begin - 1];
                        if (before == '/' || before == '-' || before == '.' || (before >= '0' && before <= '9') ||
                            (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z'))
                            return;
                    }
                    // The word as a whole: letters, hyphens and apostrophes up to the next space or punctuation.
                    std::size_t end = w.end;
                    while (end < para.span.end && (text[end] == '-' || text[end] == '\'' ||
                                                   (text[end] >= 'a' && text[end] <= 'z')))
                        ++end;
                    std::string_view word = text.substr(w.begin, end - w.begin);
                    if (!lower_word(word) || word == "a" || word == "an") return;  // "a a": text.repeated-word's
                    if (end < text.size() && (text[end] == '.' || text[end] == '/') && end + 1 < text.size() &&
                        text[end + 1] != ' ' && text[end + 1] != '\n')
                        return;  // "a e.g.", "an i/o"
                    static constexpr std::array<std::string_view, 5> german = {"der", "die", "das", "den", "dem"};
                    if (a == "an" && std::find(german.begin(), german.end(), word) != german.end()) return;
                    char want = article_for(word);
                    if (want == 0 || (want == 'n') == (a == "an")) return;
                    std::string right = want == 'n' ? "an" : "a";
                    Finding f;
                    f.rule = std::string(id());
                    f.severity = default_severity();
                    f.confidence = 0.7;
                    f.message = fmt::format("\"{} {}\": \"{}\" takes \"{}\", not \"{}\"", a, word, word, right, a);
                    f.fix = fmt::format("write \"{} {}\"", right, word);
                    f.evidence.push_back(ctx.evidence(si, {article.begin, w.end}));
                    out.push_back(std::move(f));
                });
            }
        }
    }
};

}  // namespace

std::unique_ptr<Check> make_text_indefinite_article() { return std::make_unique<TextIndefiniteArticle>(); }

}  // namespace crosscheck
