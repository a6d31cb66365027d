#include "knowledge/speech.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "knowledge/roles.hpp"

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

}  // namespace

std::vector<Word> words(std::string_view t) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < t.size()) {
        if (!word_byte(t, i)) {
            i += std::max<std::size_t>(1, separator_at(t, i));
            continue;
        }
        Word w;
        w.begin = i;
        w.capitalised = t[i] >= 'A' && t[i] <= 'Z';
        while (i < t.size()) {
            if (word_byte(t, i)) {
                char c = t[i];
                w.lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
                ++i;
                continue;
            }
            std::size_t len = 0;
            if ((is_apostrophe(t, i, len) || (t[i] == '-' && (len = 1))) && word_byte(t, i + len)) {
                w.lower += t[i] == '-' ? '-' : '\'';
                i += len;
                continue;
            }
            break;
        }
        w.end = i;
        out.push_back(std::move(w));
    }
    return out;
}

std::string lemma(std::string_view w) {
    std::string s(w);
    if (s.ends_with("'s")) s.resize(s.size() - 2);
    for (std::string_view stem : {"cooperat", "co-operat", "collaborat"})
        if (s.starts_with(stem)) return "cooperate";
    // Adverbs to their adjective: "militarily" -> "military", "effectively" -> "effective".
    if (s.size() > 6 && s.ends_with("ily")) s.replace(s.size() - 3, 3, "y");
    else if (s.size() > 6 && s.ends_with("ly")) s.resize(s.size() - 2);
    // "taxes", "matches", "pushes": the plural adds "es".
    for (std::string_view sib : {"xes", "ches", "shes", "sses"})
        if (s.size() > sib.size() + 1 && s.ends_with(sib)) return s.substr(0, s.size() - 2);
    // Longest suffix first; keep at least four letters of stem.
    static const std::array<std::string_view, 12> suffixes = {"ations", "ation", "ments", "ment", "ions", "ion",
                                                               "ings", "ing", "ies", "ed", "es", "s"};
    for (std::string_view suf : suffixes) {
        if (s.size() >= suf.size() + 4 && s.ends_with(suf)) {
            if (suf == "s" && s.ends_with("ss")) break;
            s.resize(s.size() - suf.size());
            if (suf == "ies") s += 'y';
            break;
        }
    }
    if (s.size() > 4 && s.back() == 'e') s.pop_back();
    return s;
}

bool is_negation(std::string_view w) {
    static const std::unordered_set<std::string_view> neg = {"no", "not", "never", "none", "nothing", "neither",
                                                             "nor", "nobody", "cannot"};
    return neg.contains(w) || w.ends_with("n't");
}

bool is_stopword(std::string_view w) {
    static const std::unordered_set<std::string_view> extra = {
        "will", "may", "said", "says", "say", "told", "tell", "added", "stated", "confirmed", "denied",
        "rejected", "insisted", "noted", "going", "get", "got", "make", "made", "take", "took", "go", "went",
        "come", "came", "see", "seen", "want", "wants", "like", "well", "very", "more", "less", "much",
        "further", "really", "thing", "things", "way", "time", "point", "part", "lot", "certainly",
        "we", "us", "our", "i", "me", "they", "them", "it", "he", "him", "she", "her", "you", "one", "two",
        "three", "being", "having", "up", "out", "off", "down", "again", "too", "right", "around", "because",
        "what", "that's", "it's", "there's", "mr", "mrs", "ms", "dr", "don't", "didn't", "isn't", "aren't",
        "wasn't", "won't", "can't", "whether", "new", "any", "first", "also", "even", "just", "anything",
        "something", "everything", "doing", "done", "does", "kind", "sort", "lots", "let", "put", "give"};
    return roles::is_function_word(w) || extra.contains(w) || is_negation(w);
}

bool negated(std::string_view text) {
    // Only the first clause: "no cooperation, but talks continue" denies cooperation, not the talks.
    // Subordinate clauses ("a hotline to make sure there are no mishaps", "groups that do not support") carry
    // their own negation.
    for (std::string_view stop : {" but ", "; ", ", although", ", though", ", while", " until ", " unless ", " which ", " who ",
                                  " that ", " so that ", " to make sure ", " in order to ", " because ", " if "}) {
        auto p = text.find(stop);
        if (p != std::string_view::npos) text = text.substr(0, p);
    }
    auto ws = words(text);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (!is_negation(ws[i].lower)) continue;
        if (ws[i].lower == "not" && i + 1 < ws.size() && ws[i + 1].lower == "only") continue;  // "not only ... but"
        return true;
    }
    return false;
}

}  // namespace crosscheck::speech
