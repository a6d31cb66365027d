#include "knowledge/speech.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_set>

#include "knowledge/roles.hpp"
#include "util/word_map.hpp"

namespace crosscheck::speech {

namespace {

// Length of the separator (punctuation, quote mark, dash, no-break space) starting at i, or 0 for a word byte.
std::size_t separator_at(std::string_view t, std::size_t i) {
    auto u = static_cast<unsigned char>(t[i]);
    if (u < 0x80) {
        bool word = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
        return word ? 0 : 1;
    }
    if (u == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) return 3;  // U+2000..U+203F
    if (u == 0xC2 && i + 1 < t.size()) {
        auto v = static_cast<unsigned char>(t[i + 1]);
        if (v == 0xA0 || v == 0xAB || v == 0xBB) return 2;
    }
    return 0;
}

bool is_apostrophe(std::string_view t, std::size_t i, std::size_t& len) {
    if (t[i] == '\'') { len = 1; return true; }
    if (t.substr(i, 3) == "\xE2\x80\x99") { len = 3; return true; }
    return false;
}

bool word_byte(std::string_view t, std::size_t i) { return i < t.size() && separator_at(t, i) == 0; }

// ASCII letters and digits: separator_at is 0 for them and 1 for every other ASCII byte. Looked up first, as most
// bytes of copy are ASCII.
constexpr auto ascii_alnum = [] {
    std::array<bool, 256> t{};
    for (int c = '0'; c <= '9'; ++c) t[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = true;
    return t;
}();

// The start of the first word at or after i, or t.size().
std::size_t next_word(std::string_view t, std::size_t i) {
    while (i < t.size()) {
        auto c = static_cast<unsigned char>(t[i]);
        if (c < 0x80) {
            if (ascii_alnum[c]) break;
            ++i;
            continue;
        }
        if (!word_byte(t, i)) i += std::max<std::size_t>(1, separator_at(t, i));
        else break;
    }
    return i;
}

// The lower-case form of the word [begin, end) into `out`. Inside a word the only multi-byte separator is the
// curly apostrophe (every other one ends the word), so mapping it and ASCII capitals is the whole fold.
void lower_word(std::string_view t, std::size_t begin, std::size_t end, std::string& out) {
    out.resize(end - begin);  // written in place, then cut to what the apostrophes left
    std::size_t n = 0;
    for (std::size_t i = begin; i < end; ++i) {
        char c = t[i];
        if (c == '\xE2' && t.substr(i, 3) == "\xE2\x80\x99") {
            out[n++] = '\'';
            i += 2;
        } else {
            out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    out.resize(n);
}

}  // namespace

std::size_t word_end(std::string_view t, std::size_t i) {
    while (i < t.size()) {
        if (ascii_alnum[static_cast<unsigned char>(t[i])] || word_byte(t, i)) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        if ((is_apostrophe(t, i, len) || (t[i] == '-' && (len = 1))) && word_byte(t, i + len)) {
            i += len;
            continue;
        }
        break;
    }
    return i;
}

std::vector<Word> words(std::string_view t) {
    std::vector<Word> out;
    out.reserve(t.size() / 6 + 1);  // news copy averages about six bytes a word with its space
    for (std::size_t i = next_word(t, 0); i < t.size(); i = next_word(t, i)) {
        Word& w = out.emplace_back();
        w.begin = i;
        w.capitalised = t[i] >= 'A' && t[i] <= 'Z';
        w.end = i = word_end(t, i);
        lower_word(t, w.begin, w.end, w.lower);
    }
    return out;
}

std::size_t word_count(std::string_view t) {
    std::size_t n = 0;
    for (std::size_t i = next_word(t, 0); i < t.size(); i = next_word(t, word_end(t, i))) ++n;
    return n;
}

std::string first_word(std::string_view t) {
    std::string out;
    if (std::size_t i = next_word(t, 0); i < t.size()) lower_word(t, i, word_end(t, i), out);
    return out;
}

// Irregular past forms of verbs common in news copy, to their base form: "struck" is a form of "strike" as
// "striking" is. (Regular forms are cut by suffix below.)
std::string_view irregular_base(std::string_view w) {
    static const WordMap<std::string_view> bases = [] {
        static constexpr std::pair<std::string_view, std::string_view> forms[] = {
            {"struck", "strike"}, {"stricken", "strike"}, {"fought", "fight"}, {"ran", "run"}, {"won", "win"},
            {"lost", "lose"}, {"sold", "sell"}, {"bought", "buy"}, {"took", "take"}, {"taken", "take"},
            {"gave", "give"}, {"given", "give"}, {"made", "make"}, {"began", "begin"}, {"begun", "begin"},
            {"held", "hold"}, {"met", "meet"}, {"led", "lead"}, {"left", "leave"}, {"sent", "send"},
            {"spent", "spend"}, {"built", "build"}, {"fell", "fall"}, {"fallen", "fall"}, {"rose", "rise"},
            {"risen", "rise"}, {"grew", "grow"}, {"grown", "grow"}, {"drew", "draw"}, {"drawn", "draw"},
            {"threw", "throw"}, {"thrown", "throw"}, {"broke", "break"}, {"broken", "break"}, {"spoke", "speak"},
            {"spoken", "speak"}, {"chose", "choose"}, {"chosen", "choose"}, {"froze", "freeze"},
            {"frozen", "freeze"}, {"stole", "steal"}, {"stolen", "steal"}, {"shot", "shoot"}, {"caught", "catch"},
            {"brought", "bring"}, {"thought", "think"}, {"sought", "seek"}, {"taught", "teach"}, {"paid", "pay"},
            {"kept", "keep"}, {"felt", "feel"}, {"dealt", "deal"}, {"meant", "mean"}, {"fled", "flee"},
            {"fed", "feed"}, {"wrote", "write"}, {"written", "write"}, {"drove", "drive"}, {"driven", "drive"},
            {"flew", "fly"}, {"flown", "fly"}, {"knew", "know"}, {"known", "know"}, {"saw", "see"},
            {"seen", "see"}, {"went", "go"}, {"gone", "go"}, {"came", "come"}, {"became", "become"},
            {"withdrew", "withdraw"}, {"withdrawn", "withdraw"}, {"understood", "understand"}, {"stood", "stand"},
            {"sank", "sink"}, {"sunk", "sink"}, {"swore", "swear"}, {"sworn", "swear"}, {"tore", "tear"},
            {"torn", "tear"}, {"beat", "beat"}, {"beaten", "beat"}, {"hid", "hide"}, {"hidden", "hide"},
            {"forgot", "forget"}, {"forgotten", "forget"}, {"got", "get"}, {"gotten", "get"}, {"shown", "show"},
            {"sped", "speed"}, {"lit", "light"}, {"overtook", "overtake"}, {"overtaken", "overtake"},
            {"undertook", "undertake"}, {"undertaken", "undertake"}, {"forbade", "forbid"},
            {"forbidden", "forbid"}, {"arose", "arise"}, {"arisen", "arise"}, {"bore", "bear"}, {"borne", "bear"},
            {"slid", "slide"}, {"sprang", "spring"}, {"sprung", "spring"}, {"swept", "sweep"}, {"wept", "weep"},
            {"woke", "wake"}, {"woken", "wake"}, {"wound", "wind"}, {"ground", "grind"}, {"dug", "dig"},
            {"clung", "cling"}, {"hung", "hang"}, {"stuck", "stick"}, {"shook", "shake"},
            {"shaken", "shake"}, {"bled", "bleed"}, {"bred", "breed"}, {"lent", "lend"}, {"bent", "bend"},
            {"rode", "ride"}, {"ridden", "ride"}, {"bit", "bite"}, {"bitten", "bite"}, {"ate", "eat"},
            {"eaten", "eat"}, {"sang", "sing"}, {"sung", "sing"}, {"rang", "ring"}, {"rung", "ring"},
            {"swam", "swim"}, {"swum", "swim"}, {"drank", "drink"}, {"drunk", "drink"}, {"shrank", "shrink"},
            {"shrunk", "shrink"}, {"sat", "sit"}, {"lay", "lie"}, {"lain", "lie"}, {"laid", "lay"},
            {"slew", "slay"}, {"slain", "slay"}, {"told", "tell"}, {"said", "say"}, {"heard", "hear"},
            {"found", "find"}};
        WordMap<std::string_view> m;
        for (auto [form, base] : forms) m[form] = base;
        return m;
    }();
    const std::string_view* base = bases.find(w);
    return base ? *base : std::string_view{};
}

std::string lemma(std::string_view w) {
    // Cut as a view and built once: asked of every word of every claim.
    std::string_view s = w;
    if (s.ends_with("'s")) s.remove_suffix(2);
    if (std::string_view base = irregular_base(s); !base.empty() && base != s) return lemma(base);
    // Each test below is settled by one byte for most words: every stem starts with 'c', every plural ending
    // ends in "es", every suffix in one of five letters.
    if (s.starts_with('c'))
        for (std::string_view stem : {"cooperat", "co-operat", "collaborat"})
            if (s.starts_with(stem)) return "cooperate";
    // Adverbs to their adjective: "militarily" -> "military", "effectively" -> "effective". No suffix below
    // ends in 'y', so a word ending so now is done.
    if (s.size() > 6 && s.ends_with("ily")) return std::string(s.substr(0, s.size() - 3)) + 'y';
    if (s.size() > 6 && s.ends_with("ly")) s.remove_suffix(2);
    // "taxes", "matches", "pushes": the plural adds "es".
    if (s.ends_with("es"))
        for (std::string_view sib : {"xes", "ches", "shes", "sses"})
            if (s.size() > sib.size() + 1 && s.ends_with(sib)) return std::string(s.substr(0, s.size() - 2));
    // Longest suffix first; keep at least four letters of stem.
    static constexpr std::array<std::string_view, 12> suffixes = {"ations", "ation", "ments", "ment", "ions", "ion",
                                                                  "ings", "ing", "ies", "ed", "es", "s"};
    if (!s.empty() && std::string_view("sngtd").find(s.back()) != std::string_view::npos) {
        for (std::string_view suf : suffixes) {
            if (s.size() >= suf.size() + 4 && s.ends_with(suf)) {
                if (suf == "s" && s.ends_with("ss")) break;
                s.remove_suffix(suf.size());
                if (suf == "ies") return std::string(s) + 'y';
                break;
            }
        }
    }
    if (s.size() > 4 && s.back() == 'e') s.remove_suffix(1);
    return std::string(s);
}

bool is_negation(std::string_view w) {
    static const std::unordered_set<std::string_view> neg = {"no", "not", "never", "none", "nothing", "neither",
                                                             "nor", "nobody", "cannot"};
    if (w.ends_with("n't")) return true;
    return !w.empty() && (w[0] == 'n' || w[0] == 'c') && neg.contains(w);  // every one starts so
}

bool is_stopword(std::string_view w) {
    // One look-up for the words below, the negations (is_negation's set) and the lexicon's function words.
    static const WordMap<bool> stop = [] {
        WordMap<bool> m;
        for (std::string_view x :
             {"will", "may", "said", "says", "say", "told", "tell", "added", "stated", "confirmed", "denied",
              "rejected", "insisted", "noted", "going", "get", "got", "make", "made", "take", "took", "go", "went",
              "come", "came", "see", "seen", "want", "wants", "like", "well", "very", "more", "less", "much",
              "further", "really", "thing", "things", "way", "time", "point", "part", "lot", "certainly",
              "we", "us", "our", "i", "me", "they", "them", "it", "he", "him", "she", "her", "you", "one", "two",
              "three", "being", "having", "up", "out", "off", "down", "again", "too", "right", "around", "because",
              "what", "that's", "it's", "there's", "mr", "mrs", "ms", "dr", "don't", "didn't", "isn't", "aren't",
              "wasn't", "won't", "can't", "whether", "new", "any", "first", "also", "even", "just", "anything",
              "something", "everything", "doing", "done", "does", "kind", "sort", "lots", "let", "put", "give",
              "no", "not", "never", "none", "nothing", "neither", "nor", "nobody", "cannot"})
            m[x] = true;
        for (const auto& x : roles::function_words()) m[x] = true;
        return m;
    }();
    return stop.find(w) || w.ends_with("n't");
}

namespace {

// Where the first clause of the text ends: only it counts for negation ("no cooperation, but talks continue"
// denies cooperation, not the talks). Subordinate clauses ("a hotline to make sure there are no mishaps",
// "groups that do not support") carry their own negation. Each marker, in this order, cuts the text at its first
// occurrence that still lies inside what is left.
std::size_t first_clause_end(std::string_view text) {
    static constexpr std::array<std::string_view, 15> stops = {
        " but ", "; ", ", although", ", though", ", while", " until ", " unless ", " which ", " who ", " that ",
        " so that ", " to make sure ", " in order to ", " because ", " if "};
    // First occurrences found in one pass: every marker starts with a space, a semicolon or a comma, and only
    // the markers whose second byte follows are compared there (a bit set per second byte).
    static const std::array<std::uint16_t, 256> by_second = [] {
        std::array<std::uint16_t, 256> m{};
        for (std::size_t k = 0; k < stops.size(); ++k) m[static_cast<unsigned char>(stops[k][1])] |= std::uint16_t(1u << k);
        return m;
    }();
    std::array<std::size_t, stops.size()> first;
    first.fill(std::string_view::npos);
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        char c = text[i];
        if (c != ' ' && c != ';' && c != ',') continue;
        for (unsigned m = by_second[static_cast<unsigned char>(text[i + 1])]; m != 0; m &= m - 1) {
            auto k = static_cast<std::size_t>(__builtin_ctz(m));
            if (first[k] == std::string_view::npos && text.substr(i).starts_with(stops[k])) first[k] = i;
        }
    }
    std::size_t cut = text.size();
    for (std::size_t k = 0; k < stops.size(); ++k)
        if (first[k] != std::string_view::npos && first[k] + stops[k].size() <= cut) cut = first[k];
    return cut;
}

}  // namespace

bool negated(std::string_view text) {
    text = text.substr(0, first_clause_end(text));
    std::string word, next;
    for (std::size_t i = next_word(text, 0); i < text.size(); i = next_word(text, i)) {
        std::size_t end = word_end(text, i);
        // Every negation starts with n or c or ends in t ("n't"): other words are not lower-cased to be asked.
        char first = static_cast<char>(text[i] | 0x20), last = static_cast<char>(text[end - 1] | 0x20);
        bool maybe = first == 'n' || first == 'c' || last == 't';
        if (maybe) lower_word(text, i, end, word);
        i = end;
        if (!maybe || !is_negation(word)) continue;
        if (word == "not") {  // "not only ... but"
            std::size_t j = next_word(text, end);
            if (j < text.size()) {
                lower_word(text, j, word_end(text, j), next);
                if (next == "only") continue;
            }
        }
        return true;
    }
    return false;
}

bool negated(std::string_view text, std::span<const Word> ws, std::size_t offset) {
    // A separator starts every clause marker, so no word runs across the cut: the first clause's words are
    // those that begin before it.
    std::size_t cut = offset + first_clause_end(text);
    for (std::size_t i = 0; i < ws.size() && ws[i].begin < cut; ++i) {
        if (!is_negation(ws[i].lower)) continue;
        if (ws[i].lower == "not" && i + 1 < ws.size() && ws[i + 1].begin < cut && ws[i + 1].lower == "only") continue;
        return true;
    }
    return false;
}

}  // namespace crosscheck::speech
