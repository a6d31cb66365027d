// text.spelling-variant: one source mixes American and British spellings of the same word ("Defense" and
// "Defence"), or different words of one spelling system ("organise" ... "prioritize"). Not a contradiction, only
// house style: info. One finding per word per source, its evidence the
// first use of each spelling, the less used one first; the fix suggests the majority spelling. The word pairs
// come from the Debian word lists (lib/knowledge/spelling.hpp); singular and plural count as one word.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>

#include "checks/check.hpp"
#include "checks/text_words.hpp"
#include "util/ascii.hpp"

namespace crosscheck {

namespace {

// A first test of whether a word may be in the spelling table, by its shape: its first, last and last-but-one
// bytes (case folded: | 0x20 keeps apart whatever the table's ASCII folding does) and its length, hashed to one
// bit of 65,536. Asked of every word of every article; the table's 2,800 words set few bits.
class Shapes {
public:
    explicit Shapes(const SpellingVariants& sv) {
        for (const SpellingPair& p : sv.pairs())
            for (const std::string* w : {&p.american, &p.british})
                if (!w->empty()) bits_[slot(*w) / 64] |= std::uint64_t(1) << (slot(*w) % 64);
    }
    // False when the table holds no word of this shape (w not empty).
    bool may_hold(std::string_view w) const { return bits_[slot(w) / 64] >> (slot(w) % 64) & 1; }

private:
    static std::uint32_t slot(std::string_view w) {
        auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i]) | 0x20); };
        const std::size_t n = w.size();
        std::uint32_t key = byte(0) | byte(n - 1) << 8 | (n > 1 ? byte(n - 2) : 0u) << 16 |
                            static_cast<std::uint32_t>(std::min<std::size_t>(n, 255)) << 24;
        return (key * 2654435761u) >> 16;  // Fibonacci hashing: the top 16 bits
    }
    std::array<std::uint64_t, 1024> bits_{};
};

// The spelling system a pair's difference belongs to: -ize/-ise (organize, organization), -yze/-yse, -or/-our,
// -er/-re; empty for the others (defense/defence, traveled/travelled), which copy mixes less as a system. Oxford
// spelling (-ize with -our and -yse) is one house style: each system is judged on its own.
std::string_view system_of(const SpellingPair& p) {
    const std::string& a = p.american;
    const std::string& b = p.british;
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    std::string_view ra = std::string_view(a).substr(i), rb = std::string_view(b).substr(i);
    const char before = i > 0 ? a[i - 1] : '\0';
    if (before == 'i' && ra.starts_with("z") && rb.starts_with("s")) return "-ize/-ise";
    if (before == 'y' && ra.starts_with("z") && rb.starts_with("s")) return "-yze/-yse";
    if (i > 0 && a[i - 1] == 'o' && ra.starts_with("r") && rb.starts_with("ur")) return "-or/-our";
    if (ra.starts_with("er") && rb.starts_with("re")) return "-er/-re";
    return {};
}

struct Uses {
    std::size_t count = 0;
    std::size_t names = 0;  // capitalised inside a sentence: part of a name ("Pearl Harbor", "the Labor Party")
    std::size_t heads = 0;  // of those, the name's last word ("... Networks Center", "... Seismological Centre")
    Span first;
};

class TextSpellingVariant : public Check {
public:
    std::string_view id() const override { return "text.spelling-variant"; }
    Severity default_severity() const override { return Severity::info; }
    std::string_view summary() const override {
        return "one article mixes American and British spellings of a word (\"Defense\" and \"Defence\")";
    }
    bool contradiction() const override { return false; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        const SpellingVariants& sv = ctx.knowledge.spelling;
        const Shapes shapes(sv);
        for (std::size_t si = 0; si < ctx.corpus.sources.size(); ++si) {
            const Source& src = ctx.corpus.sources[si];
            // key (singular American form) -> uses of the American [0] and British [1] spelling
            std::map<std::string, std::array<Uses, 2>> seen;
            std::map<std::string, std::string_view> system;  // key -> system_of its pair
            std::vector<std::size_t> starts;  // sentence starts, to tell a capital that starts one
            for (const auto& x : src.sentences) starts.push_back(x.span.begin);
            auto note = [&](Span span) {
                std::string_view word = src.slice(span);
                const SpellingPair* p = sv.pair_of(word);
                // Only words of ASCII letters: no digits, apostrophes or letters past ASCII.
                if (!p || !text_words::plain_ascii(src.text, span) || text_words::has_digit(src.text, span)) return;
                bool british = lower(word) == p->british;
                std::string key = singular_key(sv, *p);
                system.try_emplace(key, system_of(*p));
                auto& u = seen[key][british ? 1 : 0];
                if (u.count++ == 0) u.first = span;
                if (is_upper(word[0]) && !sentence_initial(starts, span.begin)) {
                    ++u.names;
                    std::size_t k = span.end;
                    while (k < src.text.size() && src.text[k] == ' ') ++k;
                    if (k == span.end || k >= src.text.size() || !is_upper(src.text[k])) ++u.heads;
                }
            };
            // (In line: the splitter calls it from three places, and a call per word cost more than the test.)
            for (const auto& para : src.paragraphs)
                text_words::for_each_word(src.text, para.span, [&](Span span) __attribute__((always_inline)) {
                    if (shapes.may_hold({src.text.data() + span.begin, span.size()})) note(span);
                });
            mixed_systems(ctx, si, seen, system, out);
            for (const auto& [key, uses] : seen) {
                if (!uses[0].count || !uses[1].count) continue;
                // The minority spelling; on a tie the one that came second, which broke the pattern.
                int minor = uses[0].count < uses[1].count   ? 0
                            : uses[1].count < uses[0].count ? 1
                            : uses[0].first.begin > uses[1].first.begin ? 0 : 1;
                const Uses& m = uses[minor];
                const Uses& M = uses[1 - minor];
                // A name keeps its own spelling: Australia's "Labor" party in copy that writes "labour", "Pearl
                // Harbor" in British copy. Reported only when the other spelling is also used in a name.
                if ((m.names == m.count && M.names == 0) || (M.names == M.count && m.names == 0)) continue;
                // Both only as the last word of names: two bodies' own spellings ("China Earthquake Networks
                // Center", "European Mediterranean Seismological Centre"). "Defense Minister" and "Defence
                // Ministry" name one body two ways.
                if (m.heads == m.count && M.heads == M.count) continue;
                std::string mt(src.slice(m.first)), Mt(src.slice(M.first));
                Finding f;
                f.rule = std::string(id());
                f.severity = default_severity();
                f.message = fmt::format("{} spelling \"{}\" ({}x) mixed with {} \"{}\" ({}x)",
                                        minor ? "British" : "American", mt, m.count, minor ? "American" : "British",
                                        Mt, M.count);
                f.fix = fmt::format("spell it \"{}\" throughout", match_case(lower(Mt), mt));
                // Names mixed with common nouns ("Ministry of Defence", "defense budget") are less sure.
                f.confidence = (m.names || M.names) ? 0.7 : 1.0;
                f.evidence.push_back(ctx.evidence(si, m.first));
                f.evidence.push_back(ctx.evidence(si, M.first, "conflicts-with"));
                out.push_back(std::move(f));
            }
        }
    }

private:
    static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

    // One source writing different words of one system both ways ("organise" ... "prioritize"; "colourful" ...
    // "color"): one finding per system, unless a word of it is already reported spelt both ways. Words used as
    // names (capitalised inside a sentence: "World Health Organization", "Labor Party") do not count.
    void mixed_systems(const CheckContext& ctx, std::size_t si, const std::map<std::string, std::array<Uses, 2>>& seen,
                       const std::map<std::string, std::string_view>& system, std::vector<Finding>& out) const {
        struct Side {
            std::size_t count = 0;
            Span first;
        };
        std::map<std::string_view, std::array<Side, 2>> sides;
        std::set<std::string_view> same_word;  // systems with a word spelt both ways (reported per word)
        for (const auto& [key, uses] : seen) {
            std::string_view sys = system.at(key);
            if (sys.empty()) continue;
            if (uses[0].count && uses[1].count) same_word.insert(sys);
            for (int v = 0; v < 2; ++v) {
                std::size_t plain = uses[v].count - uses[v].names;
                if (plain == 0) continue;
                Side& side = sides[sys][v];
                if (side.count == 0 || uses[v].first.begin < side.first.begin) side.first = uses[v].first;
                side.count += plain;
            }
        }
        const Source& src = ctx.corpus.sources[si];
        for (const auto& [sys, two] : sides) {
            if (!two[0].count || !two[1].count || same_word.contains(sys)) continue;
            int minor = two[0].count < two[1].count   ? 0
                        : two[1].count < two[0].count ? 1
                        : two[0].first.begin > two[1].first.begin ? 0 : 1;
            const Side& m = two[minor];
            const Side& M = two[1 - minor];
            Finding f;
            f.rule = std::string(id());
            f.severity = default_severity();
            f.confidence = 0.6;  // two words, not one: a quoted statement may keep its own house style
            f.message = fmt::format("{} {} spelling \"{}\" ({}x) in copy that writes the {} way (\"{}\", {}x)",
                                    minor ? "British" : "American", sys, src.slice(m.first), m.count,
                                    minor ? "American" : "British", src.slice(M.first), M.count);
            f.fix = fmt::format("spell the {} words one way throughout", sys);
            f.evidence.push_back(ctx.evidence(si, m.first));
            f.evidence.push_back(ctx.evidence(si, M.first, "conflicts-with"));
            out.push_back(std::move(f));
        }
    }

    // Within a few bytes of a sentence's start (an opening quote or bracket may come first).
    static bool sentence_initial(const std::vector<std::size_t>& starts, std::size_t at) {
        auto it = std::upper_bound(starts.begin(), starts.end(), at);
        return it != starts.begin() && at - *(it - 1) <= 3;
    }

    static constexpr auto& lower = ascii_lower;

    // "defences" and "defence" are one word: key plurals by their singular pair when the table has it.
    static std::string singular_key(const SpellingVariants& sv, const SpellingPair& p) {
        if (p.american.size() > 1 && p.american.back() == 's' && p.british.back() == 's') {
            std::string a = p.american.substr(0, p.american.size() - 1);
            if (const SpellingPair* q = sv.pair_of(a); q && q->american == a &&
                                                       q->british == p.british.substr(0, p.british.size() - 1))
                return a;
        }
        return p.american;
    }

    // The suggested spelling written the way the reported word is (capitalised or all capitals).
    static std::string match_case(std::string word, std::string_view like) {
        bool all_caps = like.size() > 1 && std::all_of(like.begin(), like.end(), [](char c) { return is_upper(c); });
        for (std::size_t i = 0; i < word.size(); ++i)
            if (all_caps || (i == 0 && is_upper(like[0]))) word[i] = static_cast<char>(word[i] - 'a' + 'A');
        return word;
    }
};

}  // namespace

std::unique_ptr<Check> make_text_spelling_variant() { return std::make_unique<TextSpellingVariant>(); }

}  // namespace crosscheck
