// text.misspelling: a word written as one of the common misspellings of English ("recieve", "goverment",
// "occured"), from codespell's dictionary less every word Debian's word lists hold (lib/knowledge/misspellings),
// or an unlisted word two swapped neighbouring letters away from exactly one listed word ("pirme", "compnay").
// Only lower-case words, or a capital at a sentence's start: a capitalised word inside a sentence may be a name.
// Not reported: words in a web or mail address, words marked "(sic)", misspellings with more than one likely
// correction (the dictionary's "a, b" entries are not in the table).
#include <fmt/format.h>

#include <cstdint>
#include <vector>

#include "checks/check.hpp"
#include "checks/text_words.hpp"

namespace crosscheck {

namespace {

bool lower_letters(std::string_view w, std::size_t from) {
    for (std::size_t i = from; i < w.size(); ++i)
        if (!((w[i] >= 'a' && w[i] <= 'z') || w[i] == '\'')) return false;
    return true;
}

// Does a sentence start at `begin` (the text's start, or a terminator, quote or bracket before it)?
bool sentence_start(std::string_view text, std::size_t begin) {
    std::size_t i = begin;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '"' || text[i - 1] == '(' || text[i - 1] == '\''))
        --i;
    return i == 0 || text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?' || text[i - 1] == '\n' ||
           text[i - 1] == ':';
}

// Names::common_word for the words of a run, remembered in a small direct-mapped table: a text repeats its
// words, and the embedded word set (megabytes, probed at random) misses the cache on nearly every ask.
class CommonWordCache {
public:
    explicit CommonWordCache(const Names& names) : names_(names), slots_(kSlots) {}

    bool is_common(std::string_view word) {
        if (word.size() > kMaxWord) return names_.common_word(word);
        std::uint64_t h = 14695981039346656037ull;
        for (char c : word) h = (h ^ static_cast<unsigned char>(c | 0x20)) * 1099511628211ull;  // letters only
        Slot& s = slots_[h & (kSlots - 1)];
        if (s.hash == h && s.size == word.size()) return s.common;
        s = Slot{h, static_cast<std::uint8_t>(word.size()), names_.common_word(word)};
        return s.common;
    }

private:
    static constexpr std::size_t kSlots = 8192;  // 128 KB
    static constexpr std::size_t kMaxWord = 32;
    struct Slot {
        std::uint64_t hash = 0;
        std::uint8_t size = 0;
        bool common = false;
    };
    const Names& names_;
    std::vector<Slot> slots_;
};

class TextMisspelling : public Check {
public:
    std::string_view id() const override { return "text.misspelling"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override {
        return "a common misspelling of an English word (\"recieve\", \"goverment\")";
    }
    bool contradiction() const override { return false; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        const Misspellings& table = ctx.knowledge.misspellings;
        const Names& names = ctx.knowledge.names;
        if (table.empty()) return;
        CommonWordCache common(names);
        for (std::size_t si = 0; si < ctx.corpus.sources.size(); ++si) {
            const Source& src = ctx.corpus.sources[si];
            const std::string_view text = src.text;
            for (const auto& para : src.paragraphs) {
                const bool ascii = text_words::all_ascii(text, para.span);
                text_words::for_each_word(text, para.span, ascii, [&](Span w) {
                    if (w.size() < 4) return;
                    std::string_view word = text.substr(w.begin, w.size());
                    bool lower = word[0] >= 'a' && word[0] <= 'z';
                    if (!lower && !(word[0] >= 'A' && word[0] <= 'Z')) return;
                    if (!lower_letters(word, 1)) return;
                    if (!lower && !sentence_start(text, w.begin)) return;  // a name, most likely: asked of no list
                    // Nearly every word is a listed one, which no misspelling or slip is: asked first, of the
                    // embedded word set.
                    if (common.is_common(word)) return;
                    std::string slip;
                    std::string_view fix = table.correction(word);
                    // A slip only in a lower-case word standing alone: a capital may open a company's name
                    // ("Ramada", "Selas"), a hyphen a compound's part ("electro-optical").
                    if (fix.empty() && lower && (w.begin == 0 || text[w.begin - 1] != '-') &&
                        (w.end >= text.size() || text[w.end] != '-')) {
                        slip = typing_slip_of(ctx.knowledge, word);
                        fix = slip;
                    }
                    if (fix.empty()) return;
                    if (in_address(text, w) || marked_sic(text, w.end)) return;
                    std::string right(fix);
                    if (!lower) right[0] = static_cast<char>(right[0] - 'a' + 'A');
                    Finding f;
                    f.rule = std::string(id());
                    f.severity = default_severity();
                    f.confidence = 0.8;
                    f.message = slip.empty() ? fmt::format("\"{}\" is a common misspelling of \"{}\"", word, right)
                                             : fmt::format("\"{}\" is no word; two letters of \"{}\" swapped", word, right);
                    if (!slip.empty()) f.confidence = 0.6;
                    f.fix = fmt::format("write \"{}\"", right);
                    f.evidence.push_back(ctx.evidence(si, w));
                    out.push_back(std::move(f));
                });
            }
        }
    }

private:
    // A word no word list holds that two neighbouring letters swapped make one word of the American list, and
    // only one ("pirme" -> "prime", "compnay" -> "company", "sahres" -> "shares"): the commonest slip of the
    // keys, which no list of misspellings can hold every instance of. Five letters or more, in lower case; not a
    // British spelling the variant table knows ("centre" is no slip of "center"), no -ise form ("securitise"), not
    // two listed words run together ("yearend"). "" when none.
    static std::string typing_slip_of(const Knowledge& k, std::string_view word) {
        if (word.size() < 5 || word.size() > 30) return {};
        std::string w(word);
        w[0] = static_cast<char>(w[0] | 0x20);
        if (!lower_letters(w, 0) || w.find('\'') != std::string::npos) return {};
        const Names& names = k.names;
        if (names.common_word(w) || k.spelling.pair_of(w) || names.known_name(word)) return {};
        // British -ise forms of words the American list lacks ("securitise").
        for (std::string_view end : {"ise", "ised", "ises", "ising", "isation", "isations"})
            if (w.ends_with(end)) return {};
        for (std::size_t cut = 2; cut + 2 <= w.size(); ++cut)
            if (names.common_word(std::string_view(w).substr(0, cut)) && names.common_word(std::string_view(w).substr(cut)))
                return {};
        std::string found;
        for (std::size_t i = 0; i + 1 < w.size(); ++i) {
            if (w[i] == w[i + 1]) continue;
            std::string s = w;
            std::swap(s[i], s[i + 1]);
            if (!names.common_word(s)) continue;
            if (!found.empty() && found != s) return {};  // two words a swap away: which one is meant is unknown
            found = s;
        }
        return found;
    }

    // Part of a web or mail address: "www.goverment.org", "info@recieve.com".
    static bool in_address(std::string_view text, Span w) {
        auto address_mark = [](char c) { return c == '.' || c == '@' || c == '/' || c == '_'; };
        bool before = w.begin > 0 && address_mark(text[w.begin - 1]) && w.begin > 1 && text[w.begin - 2] != ' ';
        bool after = w.end + 1 < text.size() && address_mark(text[w.end]) && text[w.end + 1] != ' ' && text[w.end + 1] != '\n';
        return before || after;
    }

    // "recieve (sic)", "recieve [sic]": quoted as written on purpose.
    static bool marked_sic(std::string_view text, std::size_t end) {
        std::string_view rest = text.substr(end, 8);
        return rest.starts_with(" (sic)") || rest.starts_with(" [sic]");
    }
};

}  // namespace

std::unique_ptr<Check> make_text_misspelling() { return std::make_unique<TextMisspelling>(); }

}  // namespace crosscheck
