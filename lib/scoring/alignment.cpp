#include "scoring/alignment.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "util/word_map.hpp"

namespace crosscheck {

namespace {

struct Token {
    std::string norm;
    std::size_t begin = 0, end = 0;  // bytes of the original word (or words, once compounds are merged)
};

// One UTF-8 code point at i: its value and byte length (invalid bytes count as one unknown letter).
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + n > s.size()) n = 1;
    if (n == 1) return {c < 0x80 ? c : 0xFFFD, 1};
    char32_t cp = c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return {cp, n};
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032; }

// Letters and digits; any code point beyond ASCII that is not punctuation or space counts as a letter.
bool is_word_beyond_ascii(char32_t c);

// (ASCII answered in line: the tokeniser asks about every separator.)
inline bool is_word(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return is_word_beyond_ascii(c);
}

bool is_word_beyond_ascii(char32_t c) {
    if (c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xAD) return false;  // nbsp, «», middot, soft hy.
    if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation: dashes, curly quotes, ellipsis, spaces
    if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
    return c != 0xFEFF;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

void append_lower(std::string& out, std::string_view s, std::size_t i, std::size_t n, char32_t cp) {
    if (n == 1) {
        out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        return;
    }
    const UChar32 lower = u_tolower(static_cast<UChar32>(cp));  // any script: "Éric" ~ "éric", "Шойгу" ~ "шойгу"
    if (lower == static_cast<UChar32>(cp) || cp == 0xFFFD) {
        out.append(s.substr(i, n));
        return;
    }
    char buf[4];
    std::int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, lower, error);
    if (error) out.append(s.substr(i, n));
    else out.append(buf, static_cast<std::size_t>(len));
}

// Number words and month names to their normal form (words arrive lower-cased, so WordMap's folding is moot).
const WordMap<std::string_view>& word_map() {
    static const WordMap<std::string_view> m = [] {
        WordMap<std::string_view> t;
        for (auto [word, norm] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
                 {"one", "1"}, {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}, {"seven", "7"},
                 {"eight", "8"}, {"nine", "9"}, {"ten", "10"}, {"eleven", "11"}, {"twelve", "12"}, {"twenty", "20"},
                 {"thirty", "30"}, {"forty", "40"}, {"fifty", "50"}, {"hundred", "100"}, {"thousand", "1000"},
                 {"january", "#m01"}, {"jan", "#m01"}, {"february", "#m02"}, {"feb", "#m02"}, {"march", "#m03"},
                 {"mar", "#m03"}, {"april", "#m04"}, {"apr", "#m04"}, {"may", "#m05"}, {"june", "#m06"}, {"jun", "#m06"},
                 {"july", "#m07"}, {"jul", "#m07"}, {"august", "#m08"}, {"aug", "#m08"}, {"september", "#m09"},
                 {"sept", "#m09"}, {"sep", "#m09"}, {"october", "#m10"}, {"oct", "#m10"}, {"november", "#m11"},
                 {"nov", "#m11"}, {"december", "#m12"}, {"dec", "#m12"}})
            t[word] = norm;
        return t;
    }();
    return m;
}

// Raw word -> normal form, in place: dots of abbreviations dropped, possessive 's dropped, ordinals and number
// words as digits, month names as one key. `joined`: the word holds an apostrophe, dot or comma (only then is
// there anything to drop). The result views `w` or the word map.
std::string_view normalize_word(std::string& w, bool joined) {
    if (joined) {
        if (w.size() > 2 && w[w.size() - 2] == '\'' && w.back() == 's') w.resize(w.size() - 2);
        const bool numeric = std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
        std::erase_if(w, [&](char c) { return c == '\'' || c == ',' || (c == '.' && !numeric); });
    }
    if (w.size() > 2 && w[0] >= '0' && w[0] <= '9') {  // 25th, 1st, 2nd, 3rd
        auto suffix = std::string_view(w).substr(w.size() - 2);
        if ((suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") &&
            std::all_of(w.begin(), w.end() - 2, [](char c) { return c >= '0' && c <= '9'; }))
            w.resize(w.size() - 2);
    }
    if (w.size() >= 3 && w.size() <= 9)  // the map's words' lengths
        if (const std::string_view* norm = word_map().find(w)) return *norm;
    return w;
}

// Calls emit(norm, begin, end) for each word of s in order: its normal form (valid until the next call) and the
// bytes of the word as written. `raw` is scratch space, reused so that a word costs no allocation.
template <class Emit>
void for_each_token(std::string_view s, std::string& raw, Emit&& emit) {
    std::size_t i = 0;
    while (i < s.size()) {
        // ASCII between words (spaces, punctuation) passed over without decoding.
        if (const auto b = static_cast<unsigned char>(s[i]);
            b < 0x80 && !((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) {
            ++i;
            continue;
        }
        auto [cp, n] = decode(s, i);
        if (!is_word(cp)) {
            i += n;
            continue;
        }
        const std::size_t begin = i;
        raw.clear();
        bool joined = false;
        std::size_t segment = 0;  // letters since the last dot: "U.S." continues, "Syria.The" does not
        char32_t prev = 0;
        while (i < s.size()) {
            auto ascii_alnum = [](unsigned char b) {
                return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
            };
            if (ascii_alnum(static_cast<unsigned char>(s[i]))) {  // a run of ASCII letters and digits, at once
                std::size_t j = i + 1;
                while (j < s.size() && ascii_alnum(static_cast<unsigned char>(s[j]))) ++j;
                const std::size_t at = raw.size();
                raw.resize(at + (j - i));
                for (std::size_t k = i; k < j; ++k) {
                    const auto b = static_cast<unsigned char>(s[k]);
                    raw[at + (k - i)] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
                }
                segment += j - i;
                prev = static_cast<unsigned char>(s[j - 1]);
                i = j;
                continue;
            }
            auto [c, m] = decode(s, i);
            if (is_word(c)) {
                append_lower(raw, s, i, m, c);
                ++segment;
                prev = c;
                i += m;
                continue;
            }
            if (i + m >= s.size()) break;
            auto [next, m2] = decode(s, i + m);
            if (!is_word(next)) break;
            if (is_apostrophe(c)) raw += '\'';
            else if (c == '.' && (segment == 1 || (is_digit(prev) && is_digit(next)))) raw += '.';
            else if (c == ',' && is_digit(prev) && is_digit(next)) raw += ',';
            else break;
            joined = true;
            segment = 0;
            i += m;
        }
        std::string_view norm = normalize_word(raw, joined);
        if (!norm.empty()) emit(norm, begin, i);
    }
}

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::string raw;
    for_each_token(s, raw, [&](std::string_view norm, std::size_t begin, std::size_t end) {
        out.push_back(Token{std::string(norm), begin, end});
    });
    return out;
}

// A word of at most eight bytes (none of them 0) as one integer, its first byte lowest: equal words, equal integers.
constexpr std::uint64_t packed(std::string_view w) {
    std::uint64_t x = 0;
    for (std::size_t k = 0; k < w.size(); ++k) x |= std::uint64_t(static_cast<unsigned char>(w[k])) << (8 * k);
    return x;
}

bool is_stop(std::string_view w) {
    // The stop words packed into an open-addressed table of 256 slots (a quarter full), built at compile time: a
    // word (asked of every token) costs a packing, a multiply and a probe or two. Words arrive lower-cased.
    constexpr auto slot = [](std::uint64_t x) { return static_cast<std::size_t>((x * 0x9E3779B97F4A7C15ull) >> 56); };
    static constexpr std::array<std::uint64_t, 256> table = [&] {
        std::array<std::uint64_t, 256> t{};
        for (std::string_view word :
             {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
              "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there",
              "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them",
              "have", "has", "had", "do", "does", "did", "not", "no", "so", "if", "than", "then", "which", "who", "whom",
              "what", "would", "will", "could", "should", "can", "also", "about", "into", "over", "said", "says", "say"}) {
            const std::uint64_t x = packed(word);
            std::size_t i = slot(x);
            while (t[i] && t[i] != x) i = (i + 1) & 255;
            t[i] = x;
        }
        return t;
    }();
    // None is longer than six letters.
    if (w.empty() || w.size() > 6) return false;
    const std::uint64_t x = packed(w);
    for (std::size_t i = slot(x);; i = (i + 1) & 255) {
        if (table[i] == x) return true;
        if (!table[i]) return false;
    }
}

// Light plural folding for features only ("strikes" ~ "strike"): how much of w to keep, and whether a 'y' follows
// ("cities" -> "city"). The diff keeps words as written.
std::pair<std::size_t, bool> stem(std::string_view w) {
    if (w.size() > 4 && w.ends_with("ies")) return {w.size() - 3, true};
    if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
        return {w.size() - 1, false};
    return {w.size(), false};
}

// Scratch space for features(), kept across texts so that a feature costs no allocation.
struct FeatureScratch {
    std::string raw;  // the word being read
    std::string buf;  // the previous content word, then the current one: their pair is one view
};

// Features of a text with their weights, each passed to emit(feature, weight) (the view is valid during the
// call): content words (1) and consecutive content words joined without a space (0.5), so "air strikes" also
// yields "airstrike" and word order counts a little.
template <class Emit>
void features(std::string_view text, FeatureScratch& sc, Emit&& emit) {
    std::size_t prev = 0;  // length of the previous content word at the start of buf (0: none yet)
    for_each_token(text, sc.raw, [&](std::string_view norm, std::size_t, std::size_t) {
        if (is_stop(norm)) return;  // pairs skip function words: "weapons and ammunition" ~ "weapons, ammunition"
        auto [keep, y] = stem(norm);
        const std::size_t len = keep + (y ? 1 : 0);
        if (sc.buf.size() < prev + len) sc.buf.resize(2 * (prev + len));
        char* b = sc.buf.data();
        std::memcpy(b + prev, norm.data(), keep);
        if (y) b[prev + keep] = 'y';
        if (prev) emit(std::string_view(b, prev + len), 0.5f);
        emit(std::string_view(b + prev, len), 1.0f);
        std::memmove(b, b + prev, len);
        prev = len;
    });
}

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finaliser: a cheap, well-spread hash of a feature id
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Sparse rows in compressed form (CSR): row i's terms are term[start[i] .. start[i + 1]), ascending, with their
// weights in value[].
struct Rows {
    std::vector<std::size_t> start{0};
    std::vector<std::uint32_t> term;
    std::vector<float> value;
};

// Dot product of two rows, summed in ascending term order.
double row_dot(const Rows& m, std::size_t a, std::size_t b) {
    auto i = m.start[a], ie = m.start[a + 1], j = m.start[b], je = m.start[b + 1];
    double sum = 0;
    while (i < ie && j < je) {
        if (m.term[i] < m.term[j]) ++i;
        else if (m.term[j] < m.term[i]) ++j;
        else sum += double(m.value[i++]) * m.value[j++];
    }
    return sum;
}

// Feature strings to term ids, in order of first appearance: open addressing over one character arena, so a
// look-up costs a hash and (on a hit) one compare, and only a new term is copied.
class Vocabulary {
public:
    explicit Vocabulary(std::size_t expected) {
        std::size_t slots = 64;
        while (slots < 2 * expected) slots *= 2;
        slots_.assign(slots, Slot{});
        start_.push_back(0);
    }
    std::size_t size() const { return start_.size() - 1; }
    // The id of f; `added` tells whether it is new.
    std::uint32_t id(std::string_view f, bool& added) {
        const auto tag = hash(f);
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (s.id == kEmpty) {
                added = true;
                s = {tag, static_cast<std::uint32_t>(size())};
                chars_.append(f);
                start_.push_back(chars_.size());
                if (2 * size() > slots_.size()) grow();
                return static_cast<std::uint32_t>(size() - 1);
            }
            if (s.tag == tag && term(s.id) == f) {
                added = false;
                return s.id;
            }
        }
    }

private:
    static constexpr std::uint32_t kEmpty = ~0u;
    struct Slot {
        std::uint32_t tag = 0, id = kEmpty;
    };
    // Eight bytes at a time (a feature is a word or two, ten to twenty bytes): ids come in order of arrival, so
    // the hash decides only where a term sits in the table.
    static std::uint32_t hash(std::string_view f) {
        auto mix = [](std::uint64_t h, std::uint64_t x) {
            h = (h ^ x) * 0xFF51AFD7ED558CCDull;
            return h ^ (h >> 32);
        };
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ f.size();
        std::size_t k = 0;
        for (; k + 8 <= f.size(); k += 8) {
            std::uint64_t x;
            std::memcpy(&x, f.data() + k, 8);
            h = mix(h, x);
        }
        if (k < f.size()) {
            std::uint64_t x = 0;
            for (std::size_t b = 0; k + b < f.size(); ++b) x |= std::uint64_t(static_cast<unsigned char>(f[k + b])) << (8 * b);
            h = mix(h, x);
        }
        return static_cast<std::uint32_t>(h);
    }
    std::string_view term(std::uint32_t id) const {
        return std::string_view(chars_).substr(start_[id], start_[id + 1] - start_[id]);
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2, Slot{});
        old.swap(slots_);
        std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old)
            if (s.id != kEmpty) {
                std::size_t i = s.tag & mask;
                while (slots_[i].id != kEmpty) i = (i + 1) & mask;
                slots_[i] = s;
            }
    }
    std::vector<Slot> slots_;
    std::string chars_;               // the terms, one after another
    std::vector<std::size_t> start_;  // term id -> its first byte in chars_ (and one past the last term)
};

}  // namespace

std::vector<std::string> normalized_words(std::string_view text) {
    std::vector<std::string> out;
    std::string raw;
    for_each_token(text, raw, [&](std::string_view norm, std::size_t, std::size_t) { out.emplace_back(norm); });
    return out;
}

std::vector<AlignedPair> align(const std::vector<TextItem>& items, const AlignOptions& opt) {
    const std::size_t n = items.size();
    // Vocabulary and per-item feature weights: one item's (term, weight) list sorted, repeats merged (weights add
    // up), appended to the rows.
    Vocabulary vocab(2 * n);  // grows as needed: a large table up front is all page faults
    Rows rows;
    std::vector<float> weight;  // rows.value holds the raw weights until they are turned into TF-IDF below
    std::vector<std::uint32_t> df;
    std::vector<std::pair<std::uint32_t, float>> row;
    FeatureScratch scratch;
    for (std::size_t i = 0; i < n; ++i) {
        row.clear();
        // (In line: a call per feature cost more than the look-up.)
        features(items[i].text, scratch, [&](std::string_view f, float w) __attribute__((always_inline)) {
            bool added = false;
            std::uint32_t id = vocab.id(f, added);
            if (added) df.push_back(0);
            row.emplace_back(id, w);
        });
        std::sort(row.begin(), row.end());
        for (std::size_t k = 0; k < row.size(); ++k) {
            if (k > 0 && row[k - 1].first == row[k].first) {
                rows.value.back() += row[k].second;
                continue;
            }
            rows.term.push_back(row[k].first);
            rows.value.push_back(row[k].second);
            ++df[row[k].first];
        }
        rows.start.push_back(rows.term.size());
    }
    const std::size_t terms = df.size();

    // TF-IDF rows, L2-normalised: tf = sqrt(weight), idf = ln((1 + N) / (1 + df)) + 1.
    std::vector<float> idf(terms);  // once per term, not once per occurrence
    {
        // Once per document frequency met (most terms share a handful of them), not once per term.
        std::vector<float> of_df;
        std::vector<bool> known;
        for (std::size_t f = 0; f < terms; ++f) {
            if (df[f] >= of_df.size()) of_df.resize(df[f] + 1), known.resize(df[f] + 1, false);
            if (!known[df[f]]) of_df[df[f]] = static_cast<float>(std::log((1.0 + n) / (1.0 + df[f])) + 1.0), known[df[f]] = true;
            idf[f] = of_df[df[f]];
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        double norm = 0;
        for (auto p = rows.start[i]; p < rows.start[i + 1]; ++p) {
            float x = std::sqrt(rows.value[p]) * idf[rows.term[p]];
            rows.value[p] = x;
            norm += double(x) * x;
        }
        norm = std::sqrt(norm);
        for (auto p = rows.start[i]; p < rows.start[i + 1]; ++p) rows.value[p] = static_cast<float>(rows.value[p] / norm);
    }

    // Blocking: each item is compared with the items sharing one of its k rarest terms (document frequency >= 2).
    // A term within the cap pairs the item with all its holders; a term more items share (a phrase many sources
    // repeat) pairs the items that chose it with their neighbours in MinHash order. Cost: at most N * k * cap
    // comparisons plus N * k * window; no global list of candidates is kept.
    // holders: the items holding each term, ascending, in one array (term f's are at holder_start[f] ..).
    std::vector<std::size_t> holder_start(terms + 1, 0);
    for (std::size_t f = 0; f < terms; ++f) holder_start[f + 1] = holder_start[f] + df[f];
    std::vector<std::uint32_t> holders(holder_start.back());
    std::vector<std::uint64_t> signature(n, ~0ull);
    {
        std::vector<std::size_t> fill(holder_start.begin(), holder_start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            for (auto p = rows.start[i]; p < rows.start[i + 1]; ++p) {
                holders[fill[rows.term[p]]++] = static_cast<std::uint32_t>(i);
                signature[i] = std::min(signature[i], mix(static_cast<std::uint64_t>(rows.term[p])));
            }
    }
    // keys: item i's blocking terms within the cap, ascending, at key_start[i] ... An over-full term keeps the
    // items that chose it (near-duplicates choose the same rarest terms), so its cost is bounded by N * k over all
    // terms.
    std::vector<std::size_t> key_start{0};
    key_start.reserve(n + 1);
    std::vector<std::uint32_t> keys;
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> overfull;
    // An item's k rarest terms, least (df, term) first: kept in a short sorted list as the row is read (k is a
    // few; most terms are rarer than none of the kept ones, and cost one comparison).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranked;  // (df, term)
    for (std::size_t i = 0; i < n; ++i) {
        ranked.clear();
        for (auto p = rows.start[i]; p < rows.start[i + 1]; ++p) {
            if (df[rows.term[p]] < 2 || opt.block_terms == 0) continue;
            const std::pair<std::uint32_t, std::uint32_t> r{df[rows.term[p]], rows.term[p]};
            if (ranked.size() == opt.block_terms) {
                if (!(r < ranked.back())) continue;
                ranked.pop_back();
            }
            ranked.insert(std::upper_bound(ranked.begin(), ranked.end(), r), r);
        }
        const std::size_t first = keys.size();
        for (const auto& [count, term] : ranked) {
            if (count > opt.block_cap) overfull[term].push_back(static_cast<std::uint32_t>(i));
            else keys.push_back(term);
        }
        std::sort(keys.begin() + static_cast<std::ptrdiff_t>(first), keys.end());
        key_start.push_back(keys.size());
    }
    // Whether `a` reaches `b` through one of a's blocking terms (b's terms are sorted, so binary search).
    auto reaches = [&](std::size_t a, std::size_t b) {
        const auto* begin = rows.term.data() + rows.start[b];
        const auto* end = rows.term.data() + rows.start[b + 1];
        for (auto k = key_start[a]; k < key_start[a + 1]; ++k)
            if (std::binary_search(begin, end, keys[k])) return true;
        return false;
    };

    // Similarity by scattering one row into a dense vector: each candidate then costs its own non-zeros only. A
    // bit per term tells which are row i's: the bits stay in the first-level cache, the dense vector need not.
    std::vector<float> dense(terms, 0.0f);
    std::vector<std::uint64_t> in_row((terms + 63) / 64, 0);
    auto has = [&](std::uint32_t f) { return (in_row[f >> 6] >> (f & 63)) & 1; };
    std::vector<std::size_t> source(n);
    for (std::size_t i = 0; i < n; ++i) source[i] = items[i].source;
    std::vector<AlignedPair> out;
    auto emit = [&](std::size_t a, std::size_t b, double s) {
        if (s >= opt.threshold) out.push_back({std::min(a, b), std::max(a, b), std::min(1.0, s)});
    };
    auto similar_to_scattered = [&](std::size_t j) {
        double sum = 0;
        // Only shared terms add (adding +0 changes no sum): the additions no longer wait on each other.
        for (auto p = rows.start[j]; p < rows.start[j + 1]; ++p)
            if (has(rows.term[p])) sum += double(dense[rows.term[p]]) * rows.value[p];
        return sum;
    };
    std::vector<std::uint32_t> candidates;
    // listed[j] == i + 1: j is a candidate of i already. The order candidates are compared in does not matter
    // (pairs are sorted at the end), so they are kept in order of meeting, not sorted.
    std::vector<std::size_t> listed(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        candidates.clear();
        for (auto k = key_start[i]; k < key_start[i + 1]; ++k)
            for (auto h = holder_start[keys[k]]; h < holder_start[keys[k] + 1]; ++h)
                if (listed[holders[h]] != i + 1) listed[holders[h]] = i + 1, candidates.push_back(holders[h]);
        for (auto p = rows.start[i]; p < rows.start[i + 1]; ++p) {
            dense[rows.term[p]] = rows.value[p];
            in_row[rows.term[p] >> 6] |= std::uint64_t(1) << (rows.term[p] & 63);
        }
        // Row i is scattered, so item j reaches i through one of its blocking terms without a search.
        auto reaches_scattered = [&](std::size_t j) {
            for (auto k = key_start[j]; k < key_start[j + 1]; ++k)
                if (has(keys[k])) return true;
            return false;
        };
        for (auto j : candidates) {
            if (j == i || (!opt.within_source && source[i] == source[j])) continue;
            if (j < i && reaches_scattered(j)) continue;  // item j, earlier, already compared the two
            emit(i, j, similar_to_scattered(j));
        }
        for (auto p = rows.start[i]; p < rows.start[i + 1]; ++p) {
            dense[rows.term[p]] = 0.0f;
            in_row[rows.term[p] >> 6] = 0;
        }
    }
    // Over-full terms: neighbours in MinHash order, unless their blocking terms already brought them together.
    std::vector<std::uint64_t> neighbours;
    for (auto& [f, members] : overfull) {
        std::sort(members.begin(), members.end(), [&](std::uint32_t a, std::uint32_t b) {
            return signature[a] != signature[b] ? signature[a] < signature[b] : a < b;
        });
        for (std::size_t x = 0; x < members.size(); ++x)
            for (std::size_t y = x + 1; y < members.size() && y <= x + opt.window; ++y) {
                auto a = std::min(members[x], members[y]), b = std::max(members[x], members[y]);
                if (!opt.within_source && source[a] == source[b]) continue;
                if (reaches(a, b) || reaches(b, a)) continue;
                neighbours.push_back((std::uint64_t(a) << 32) | b);
            }
    }
    std::sort(neighbours.begin(), neighbours.end());
    neighbours.erase(std::unique(neighbours.begin(), neighbours.end()), neighbours.end());
    for (auto c : neighbours) emit(c >> 32, c & 0xFFFFFFFFu, row_dot(rows, c >> 32, c & 0xFFFFFFFFu));

    std::sort(out.begin(), out.end(), [](const AlignedPair& x, const AlignedPair& y) {
        if (x.similarity != y.similarity) return x.similarity > y.similarity;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
}

double text_similarity(std::string_view a, std::string_view b) {
    std::unordered_map<std::string, std::pair<double, double>> v;
    FeatureScratch scratch;
    features(a, scratch, [&](std::string_view f, float w) { v[std::string(f)].first += w; });
    features(b, scratch, [&](std::string_view f, float w) { v[std::string(f)].second += w; });
    double dot = 0, na = 0, nb = 0;
    for (const auto& [f, w] : v) {
        double x = std::sqrt(w.first), y = std::sqrt(w.second);
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    return na > 0 && nb > 0 ? std::min(1.0, dot / std::sqrt(na * nb)) : 0.0;
}

std::size_t TextVectors::add(std::string_view text) {
    std::vector<std::pair<std::uint32_t, double>> row;
    FeatureScratch scratch;
    features(text, scratch, [&](std::string_view f, float w) {
        auto [it, added] = ids_.try_emplace(std::string(f), static_cast<std::uint32_t>(ids_.size()));
        row.emplace_back(it->second, w);
    });
    std::sort(row.begin(), row.end());
    std::size_t out = 0;  // merge repeats: weights add up
    for (std::size_t k = 0; k < row.size(); ++k) {
        if (out > 0 && row[out - 1].first == row[k].first) row[out - 1].second += row[k].second;
        else row[out++] = row[k];
    }
    row.resize(out);
    double norm2 = 0;
    for (auto& [f, w] : row) {
        w = std::sqrt(w);
        norm2 += w * w;
    }
    rows_.push_back(std::move(row));
    norm2_.push_back(norm2);
    return rows_.size() - 1;
}

double TextVectors::similarity(std::size_t a, std::size_t b) const {
    const auto& x = rows_[a];
    const auto& y = rows_[b];
    double dot = 0;
    for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
        if (x[i].first < y[j].first) ++i;
        else if (y[j].first < x[i].first) ++j;
        else dot += x[i++].second * y[j++].second;
    }
    const double na = norm2_[a], nb = norm2_[b];
    return na > 0 && nb > 0 ? std::min(1.0, dot / std::sqrt(na * nb)) : 0.0;
}

namespace {

// Joins two adjacent words of `side` into one when the other text writes them as one ("air strikes" vs
// "airstrikes"), so the diff does not report a spelling of a compound as a change of words.
void merge_compounds(std::vector<Token>& side, const std::vector<Token>& other) {
    std::unordered_set<std::string> words;
    for (const auto& t : other) words.insert(t.norm);
    std::vector<Token> out;
    for (std::size_t i = 0; i < side.size(); ++i) {
        if (i + 1 < side.size() && !words.contains(side[i].norm) && words.contains(side[i].norm + side[i + 1].norm)) {
            out.push_back({side[i].norm + side[i + 1].norm, side[i].begin, side[i + 1].end});
            ++i;
        } else {
            out.push_back(side[i]);
        }
    }
    side = std::move(out);
}

}  // namespace

std::vector<WordDiff> diff_words(std::string_view a, std::string_view b) {
    auto ta = tokenize(a), tb = tokenize(b);
    merge_compounds(ta, tb);
    merge_compounds(tb, ta);
    const std::size_t n = ta.size(), m = tb.size();
    // Longest common subsequence table, suffix form: L[i][j] = LCS of ta[i..] and tb[j..].
    std::vector<std::uint32_t> L((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return L[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = ta[i].norm == tb[j].norm ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

    std::vector<WordDiff> out;
    auto push = [&](WordDiff::Op op, std::string_view text, const Token& t) {
        std::string word(text.substr(t.begin, t.end - t.begin));
        if (out.empty() || out.back().op != op) out.push_back({op, {}});
        out.back().words.push_back(std::move(word));
    };
    std::size_t i = 0, j = 0;
    std::vector<const Token*> removed, added;  // a changed stretch: removed words first, then added
    auto flush = [&] {
        for (auto* t : removed) push(WordDiff::Op::removed, a, *t);
        for (auto* t : added) push(WordDiff::Op::added, b, *t);
        removed.clear();
        added.clear();
    };
    while (i < n || j < m) {
        if (i < n && j < m && ta[i].norm == tb[j].norm) {
            flush();
            push(WordDiff::Op::same, a, ta[i]);
            ++i, ++j;
        } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            removed.push_back(&ta[i++]);
        } else {
            added.push_back(&tb[j++]);
        }
    }
    flush();
    return out;
}

}  // namespace crosscheck
