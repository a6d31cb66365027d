#include "knowledge/names.hpp"

#include <boost/container/small_vector.hpp>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <span>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "data/embedded.hpp"
#include "data/word_set_format.hpp"

namespace crosscheck {

namespace detail {

const std::vector<std::pair<std::string_view, std::string_view>>& nickname_table();  // names_nicknames.cpp

// One of the embedded sets (data/word_set_format.hpp), read in place.
class WordSet {
public:
    WordSet() = default;
    WordSet(const std::uint64_t* slots, data::WordSetHeader h, const char* pool)
        : slots_(slots), slot_count_(h.slot_count), size_(h.size), pool_(pool) {}
    bool contains(std::string_view key) const { return data::word_set_contains(slots_, slot_count_, pool_, key); }
    bool empty() const { return size_ == 0; }

private:
    const std::uint64_t* slots_ = nullptr;
    std::uint32_t slot_count_ = 0, size_ = 0;
    const char* pool_ = nullptr;
};

// Lower-cased word lists, hashed at build time: the extractors ask about most capitalised words of every article.
struct NamesData {
    WordSet names;
    WordSet words;
    WordSet male, female;  // English given names by sex, lower-case
    std::unordered_multimap<std::string_view, std::string_view> full_forms;  // nickname -> full form
};

}  // namespace detail

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// ICU transliterator objects are not safe to share between threads: one per thread, built on first use.
std::string to_ascii(std::string_view s) {
    thread_local std::unique_ptr<icu::Transliterator> translit = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) t.reset();
        return t;
    }();
    if (!translit) return std::string(s);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    translit->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool contains(const detail::WordSet& set, std::string_view key) { return set.contains(key); }

std::string lower_ascii_key(std::string_view word) {
    std::string s = normalise_name(word);
    return s;
}

}  // namespace

Names Names::load_embedded() {
    std::string_view blob = data::names_blob();
    data::WordSetsHeader h;
    if (blob.size() < sizeof h) throw std::runtime_error("names: embedded table is truncated");
    std::memcpy(&h, blob.data(), sizeof h);
    if (std::memcmp(h.magic, data::word_sets_magic, 8) != 0 || h.n_sets != data::n_word_sets)
        throw std::runtime_error("names: bad table format");
    std::array<data::WordSetHeader, data::n_word_sets> sets;
    if (blob.size() < sizeof h + sizeof sets) throw std::runtime_error("names: embedded table is truncated");
    std::memcpy(sets.data(), blob.data() + sizeof h, sizeof sets);
    std::size_t need = sizeof h + sizeof sets + h.pool_size;
    for (const auto& s : sets) need += std::size_t(s.slot_count) * sizeof(std::uint64_t);
    if (blob.size() != need) throw std::runtime_error("names: embedded table has the wrong size");
    const char* pool = blob.data() + need - h.pool_size;
    // The blob is 16-byte aligned and the headers are 8-byte multiples: the slots can be read in place.
    auto* slots = reinterpret_cast<const std::uint64_t*>(blob.data() + sizeof h + sizeof sets);
    std::array<detail::WordSet, data::n_word_sets> views;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        views[i] = detail::WordSet(slots, sets[i], pool);
        slots += sets[i].slot_count;
    }
    auto d = std::make_shared<detail::NamesData>();
    d->names = views[data::person_names];
    d->words = views[data::dictionary_words];
    d->male = views[data::male_given_names];
    d->female = views[data::female_given_names];
    for (const auto& [nick, full] : detail::nickname_table()) d->full_forms.emplace(nick, full);
    Names n;
    n.data_ = std::move(d);
    return n;
}

bool Names::has_name_list() const { return data_ && !data_->names.empty(); }

Sex Names::given_name_sex(std::string_view given) const {
    if (!data_) return Sex::unknown;
    std::string key = lower_ascii_key(given);
    bool male = contains(data_->male, key), female = contains(data_->female, key);
    return male == female ? Sex::unknown : male ? Sex::male : Sex::female;
}

bool Names::known_name(std::string_view word) const {
    if (!data_) return false;
    // normalise_name of an ASCII word, on the stack: the extractors ask this of many capitalised words.
    // (normalise_name strips a possessive again, as the key always did.)
    std::string_view w = strip_possessive(strip_possessive(word));
    if (char buf[64]; w.size() <= sizeof buf && ascii(w)) {
        std::size_t n = 0;
        for (char c : w)
            if (c != '\'' && c != '`') buf[n++] = lower(c);
        return contains(data_->names, std::string_view(buf, n));
    }
    return contains(data_->names, lower_ascii_key(strip_possessive(word)));
}

bool Names::common_word(std::string_view word) const {
    if (!data_) return false;
    word = strip_possessive(word);
    // Lower-cased on the stack: the extractors ask this of many capitalised words.
    char buf[64];
    if (word.size() > sizeof buf) {
        std::string w(word);
        for (char& c : w) c = lower(c);
        return contains(data_->words, w);
    }
    for (std::size_t i = 0; i < word.size(); ++i) buf[i] = lower(word[i]);
    return contains(data_->words, std::string_view(buf, word.size()));
}

bool Names::nickname_of(std::string_view a, std::string_view b) const {
    if (!data_) return false;
    std::string x = normalise_name(a), y = normalise_name(b);
    if (x == y) return false;
    auto full_forms = [&](const std::string& n) {
        std::vector<std::string_view> out{n};
        auto [lo, hi] = data_->full_forms.equal_range(n);
        for (auto it = lo; it != hi; ++it) out.push_back(it->second);
        return out;
    };
    auto fx = full_forms(x), fy = full_forms(y);
    for (auto p : fx)
        for (auto q : fy)
            if (p == q) return true;
    return false;
}

bool Names::same_given_name(std::string_view a, std::string_view b) const {
    std::string x = normalise_name(a), y = normalise_name(b);
    if (!x.empty() && x.back() == '.') x.pop_back();
    if (!y.empty() && y.back() == '.') y.pop_back();
    if (x.empty() || y.empty()) return false;
    if (x == y) return true;
    if (x.size() == 1 || y.size() == 1) return x[0] == y[0];  // initial
    return nickname_of(x, y);
}

std::string_view strip_possessive(std::string_view w) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s")})
        if (w.size() > suffix.size() && w.ends_with(suffix)) return w.substr(0, w.size() - suffix.size());
    return w;
}

std::string normalise_name(std::string_view name) {
    name = strip_possessive(name);
    std::string converted;  // only a name with other than ASCII bytes is transliterated (and copied) first
    std::string_view s = name;
    if (!ascii(name)) s = converted = to_ascii(name);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\'' || c == '`') continue;  // O'Brien = OBrien: apostrophes vary between styles
        out += lower(c);
    }
    return out;
}

namespace {
constexpr std::array<std::string_view, 20> particles = {"al", "el", "bin", "ibn", "bint", "abu", "van",
                                                        "von", "de",  "da", "di",  "du",  "der",  "den",
                                                        "la",  "le",  "dos", "das", "del", "ter"};
}  // namespace

std::span<const std::string_view> name_particles() { return particles; }

bool is_name_particle(std::string_view w) {
    // Compared in place: the people grammar asks this of lower-case words in name chains.
    if (w.ends_with('-')) w.remove_suffix(1);
    return std::any_of(particles.begin(), particles.end(), [&](std::string_view p) {
        return p.size() == w.size() && std::equal(p.begin(), p.end(), w.begin(), [](char a, char b) { return a == lower(b); });
    });
}

bool is_generational_suffix(std::string_view w) {
    if (w.ends_with('.')) w.remove_suffix(1);
    if (w.size() == 2 && (w[0] == 'J' || w[0] == 'j' || w[0] == 'S' || w[0] == 's') && (w[1] == 'r' || w[1] == 'R'))
        return true;
    // Regnal and generational numerals, II to XXXIX ("Elizabeth II", "Benedict XVI", "John XXIII"): upper case
    // only, so an ordinary word ("Mix") is none; "I", "V" and "X" alone are left to other readings ("Malcolm X").
    if (w.size() < 2) return false;
    std::size_t i = 0;
    while (i < w.size() && i < 3 && w[i] == 'X') ++i;
    std::string_view units = w.substr(i);
    static constexpr std::string_view numerals[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return std::find(std::begin(numerals), std::end(numerals), units) != std::end(numerals);
}

NameParts split_name(std::string_view name) {
    // On the stack for names of up to eight words: the resolver and the rules split names by the thousand.
    boost::container::small_vector<std::string_view, 8> words;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && name[i] == ' ') ++i;
        std::size_t j = i;
        while (j < name.size() && name[j] != ' ') ++j;
        if (j > i) words.push_back(name.substr(i, j - i));
        i = j;
    }
    NameParts p;
    // A generational suffix ("Ferdinand Marcos Jr.", "Martin Luther King III") is no surname: the word before it is.
    while (words.size() > 1 && is_generational_suffix(words.back())) words.pop_back();
    if (words.empty()) return p;
    // The surname starts at the last word, extended back over lower-case particles ("van der Leyen").
    std::size_t s = words.size() - 1;
    while (s > 1 && is_name_particle(words[s - 1]) && std::islower(static_cast<unsigned char>(words[s - 1][0]))) --s;
    for (std::size_t k = s; k < words.size(); ++k) {
        if (k > s) p.surname += ' ';
        p.surname += strip_possessive(words[k]);
    }
    if (s > 0) p.given = words[0];
    for (std::size_t k = 1; k < s; ++k) p.middle.emplace_back(words[k]);
    return p;
}

std::string surname_key(std::string_view surname) {
    std::string n = normalise_name(surname);
    // Drop leading particles, whether separate ("van der leyen") or hyphenated ("al-assad").
    for (bool changed = true; changed;) {
        changed = false;
        std::size_t cut = n.find_first_of(" -");
        if (cut != std::string::npos && is_name_particle(n.substr(0, cut))) {
            n.erase(0, cut + 1);
            changed = true;
        }
    }
    n.erase(std::remove(n.begin(), n.end(), ' '), n.end());
    return n;
}

std::string transliteration_key(std::string_view name) {
    std::string n = normalise_name(name), out;
    for (std::size_t i = 0; i < n.size(); ++i) {
        char c = n[i], next = i + 1 < n.size() ? n[i + 1] : '\0';
        if ((c == 'p' && next == 'h')) c = 'f', ++i;
        else if (c == 'k' && next == 'h') c = 'h', ++i;
        else if (c == 'c' && next == 'k') c = 'k', ++i;
        else if ((c == 'd' || c == 't' || c == 'g') && next == 'h') ++i;  // Kadhafi / Kadafi, Thani / Tani
        else if (c == 'o' && next == 'u') ++i;                            // Bouteflika / Butaflika
        switch (c) {
            case 'y': case 'j': c = 'i'; break;
            case 'q': case 'c': case 'g': c = 'k'; break;  // Qaddafi / Gaddafi
            case 'w': c = 'v'; break;
            case 'o': c = 'u'; break;
            case 'e': c = 'a'; break;
            case '-': case ' ': case '.': continue;
            default: break;
        }
        if (!out.empty() && out.back() == c) continue;  // doubled letters
        out += c;
    }
    return out;
}

bool typing_slip(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.size() < 3) return false;
    auto low = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    std::size_t i = 0, j = a.size();
    while (i < j && low(a[i]) == low(b[i])) ++i;
    while (j > i && low(a[j - 1]) == low(b[j - 1])) --j;
    if (i == j) return false;
    if (j - i == 2 && low(a[i]) == low(b[i + 1]) && low(a[i + 1]) == low(b[i])) return true;
    // A moved double: the same letters once doubled runs are written single ("Donaruma").
    auto single = [&](std::string_view w) {
        std::string out;
        for (char c : w)
            if (out.empty() || out.back() != low(c)) out += low(c);
        return out;
    };
    return single(a) == single(b);
}

std::size_t osa_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    // Three rows of the table (i - 2, i - 1, i) are all a cell reads: on the stack for words as short as names,
    // where the whole table cost an allocation per pair compared.
    constexpr std::size_t stack_columns = 64;
    std::array<std::size_t, 3 * stack_columns> local;
    std::vector<std::size_t> heap;
    std::size_t* rows = local.data();
    if (m + 1 > stack_columns) {
        heap.resize(3 * (m + 1));
        rows = heap.data();
    }
    std::size_t *before = rows, *prev = rows + (m + 1), *cur = rows + 2 * (m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], before[j - 2] + 1);
        }
        std::size_t* oldest = before;
        before = prev;
        prev = cur;
        cur = oldest;
    }
    return prev[m];
}

double jaro_winkler(std::string_view a, std::string_view b) {
    if (a.empty() && b.empty()) return 1.0;
    if (a.empty() || b.empty()) return 0.0;
    const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
    std::vector<bool> ma(a.size()), mb(b.size());
    std::size_t matches = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::size_t lo = i > window ? i - window : 0, hi = std::min(b.size(), i + window + 1);
        for (std::size_t j = lo; j < hi; ++j)
            if (!mb[j] && a[i] == b[j]) {
                ma[i] = mb[j] = true;
                ++matches;
                break;
            }
    }
    if (matches == 0) return 0.0;
    std::size_t t = 0, k = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!ma[i]) continue;
        while (!mb[k]) ++k;
        if (a[i] != b[k]) ++t;
        ++k;
    }
    double m = static_cast<double>(matches);
    double jaro = (m / a.size() + m / b.size() + (m - t / 2.0) / m) / 3.0;
    std::size_t prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

}  // namespace crosscheck
