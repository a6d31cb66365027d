// Quantities: runs grammars/quantities over each paragraph, computes each number's value and picks the head noun
// of what it counts ("two separate military campaigns" -> campaign). Years, dates, times, ordinals, identifiers
// and numbers with nothing counted are dropped.
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <string_view>

#include "extract/extract.hpp"
#include "grammars/quantities.hpp"
#include "util/ascii.hpp"

namespace crosscheck {

namespace {

namespace ast = grammars::quantities::ast;
namespace q = grammars::quantities;

// Longest counted phrase looked at, in words: the head is within the first few.
constexpr std::size_t max_phrase_words = 4;

constexpr auto& lower = ascii_lower;

std::string trim_left(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return std::string(s);
}

std::string_view view(const ast::Range& r) { return {r.begin(), static_cast<std::size_t>(r.size())}; }

// Nouns whose plural does not end in -s, or that count without one.
struct Irregular {
    std::string_view plural, singular;
};
constexpr std::array<Irregular, 12> irregular_plurals = {{{"people", "person"}, {"men", "man"}, {"women", "woman"},
                                                          {"children", "child"}, {"police", "police"},
                                                          {"personnel", "personnel"}, {"staff", "staff"},
                                                          {"feet", "foot"}, {"teeth", "tooth"}, {"mice", "mouse"},
                                                          {"lives", "life"}, {"percent", "percent"}}};

bool plural_noun(const std::string& w) {
    for (const auto& i : irregular_plurals)
        if (w == i.plural) return true;
    if (w.size() < 3 || !w.ends_with("s")) return false;
    // "mass", "status", "crisis": -s words that are not plurals.
    return !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
}

// The singular of a (lower-case) plural noun: "casualties" -> "casualty", "troops" -> "troop".
std::string lemma(const std::string& w) {
    for (const auto& i : irregular_plurals)
        if (w == i.plural) return std::string(i.singular);
    if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
    for (std::string_view end : {"ches", "shes", "sses", "xes", "zes"})
        if (w.ends_with(end)) return w.substr(0, w.size() - 2);
    if (w.size() > 2 && w.ends_with("s") && !w.ends_with("ss")) return w.substr(0, w.size() - 1);
    return w;
}

double digits_value(std::string_view text) {
    std::string s;
    for (char c : text)
        if (c != ',') s += c;
    double v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// Words before a number that make it approximate.
bool approximating(const std::string& one, const std::string& two) {
    static constexpr std::array<std::string_view, 14> single = {
        "about", "around", "nearly", "almost", "some", "roughly", "approximately", "over", "estimated", "up",
        "nearly", "roughly", "least", "under"};
    static constexpr std::array<std::string_view, 7> pairs = {"more than", "less than", "fewer than", "up to",
                                                              "at least", "close to", "as many"};
    if (std::find(single.begin(), single.end(), one) != single.end()) return true;
    // Every pair ends in one of these: most numbers are built no pair for.
    if (std::string_view o = one; o != "than" && o != "to" && o != "least" && o != "many") return false;
    std::string p = two + " " + one;
    return std::find(pairs.begin(), pairs.end(), p) != pairs.end();
}

class QuantityExtractor {
public:
    QuantityExtractor(const Source& src, const grammars::WordStarts& words, Extraction& ex) : src_(src), words_(words), ex_(ex) {}

    void run() {
        if (src_.paragraphs.empty()) return scan_range(0, src_.text.size());
        for (const auto& p : src_.paragraphs) scan_range(p.span.begin, p.span.end);
    }

private:
    const Source& src_;
    const grammars::WordStarts& words_;
    Extraction& ex_;

    std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - src_.text.data()); }

    // Dates are extracted first, in text order and without overlaps: a binary search finds the one that could
    // overlap (a linear search made a long run-on text quadratic).
    bool in_date(Span s) const {
        auto it = std::partition_point(ex_.dates.begin(), ex_.dates.end(),
                                       [&](const DateMention& d) { return d.span.end <= s.begin; });
        return it != ex_.dates.end() && it->span.overlaps(s);
    }

    // The two words before offset, lower case ("more than" -> {"than", "more"}).
    // A toll with no noun after the number: "46 were killed", "left 199 injured", "12 dead", "30 are missing".
    // Returns the toll's kind ("dead", "injured", "missing") and the end of its word, or an empty kind.
    std::pair<std::string, std::size_t> toll_after(std::size_t off, std::size_t limit) const {
        std::string_view t(src_.text);
        std::size_t i = off;
        for (int n = 0; n < 4; ++n) {  // at most "have been reported" before the toll word
            while (i < limit && t[i] == ' ') ++i;
            std::size_t e = i;
            while (e < limit && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
            if (e == i) break;
            // Compared as a view: by length first, where a std::string compared with each literal by a call.
            const std::string lowered = lower(t.substr(i, e - i));
            const std::string_view w = lowered;
            if (w == "dead" || w == "killed") return {"dead", e};
            if (w == "injured" || w == "wounded" || w == "hurt") return {"injured", e};
            if (w == "missing") return {"missing", e};
            if (w != "were" && w != "was" && w != "are" && w != "is" && w != "have" && w != "had" && w != "been" &&
                w != "reported" && w != "feared" && w != "confirmed" && w != "also" && w != "later")
                break;
            i = e;
        }
        return {"", 0};
    }

    // "The death toll has risen to 31", "a death toll of 12": the toll word before the number names what is
    // counted. Only verbs and prepositions of a toll's figure may stand between. Returns where "death" begins,
    // or npos.
    std::size_t toll_before(std::size_t number_begin, std::size_t floor) const {
        std::string_view t(src_.text);
        std::size_t i = number_begin;
        bool verb_seen = false;  // past a toll's verb, its subject may carry a phrase ("toll from the floods rose to")
        for (int n = 0; n < 12; ++n) {
            while (i > floor && t[i - 1] == ' ') --i;
            std::size_t e = i;
            while (i > floor && std::isalpha(static_cast<unsigned char>(t[i - 1]))) --i;
            if (e == i) return std::string::npos;
            const std::string w = lower(t.substr(i, e - i));
            if (w == "toll") {
                std::size_t b = i;
                while (b > floor && t[b - 1] == ' ') --b;
                std::size_t e2 = b;
                while (b > floor && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
                const std::string kind = lower(t.substr(b, e2 - b));
                return kind == "death" || kind == "casualty" || kind == "fatality" ? b : std::string::npos;
            }
            static constexpr std::array<std::string_view, 22> between = {
                "to", "at", "of", "has", "had", "have", "is", "was", "now", "risen", "rose", "climbed", "jumped",
                "reached", "hit", "stood", "stands", "increased", "grown", "grew", "officially", "stand"};
            bool known = std::find(between.begin(), between.end(), w) != between.end();
            if (!known && !verb_seen) return std::string::npos;
            if (known && w != "to" && w != "at" && w != "of" && w != "now" && w != "officially") verb_seen = true;
        }
        return std::string::npos;
    }

    // "Of the 170 cases counted, 162 were recorded ...": a count with no noun after it counts the noun of the
    // partitive that opens its sentence, when a verb follows the count. Returns that noun (plural, lower case) and
    // the end of the verb ("were recorded"), which the quantity's text takes in as a toll's does.
    std::pair<std::string, std::size_t> partitive_noun(std::size_t number_begin, std::size_t number_end,
                                                       std::size_t sentence_begin) const {
        std::string_view t(src_.text);
        if (number_begin < sentence_begin + 6 || t.compare(number_begin - 2, 2, ", ") != 0) return {};
        std::string_view lead = t.substr(sentence_begin, number_begin - 2 - sentence_begin);
        if (lead.size() < 4 || lower(lead.substr(0, 3)) != "of ") return {};
        auto word_at = [&](std::size_t from) {  // [begin, end) of the word after spaces at from
            while (from < t.size() && t[from] == ' ') ++from;
            std::size_t e = from;
            while (e < t.size() && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
            return std::pair{from, e};
        };
        // The verb after the count: a form of be/have (and a participle after it), or a past participle alone.
        auto [i, e] = word_at(number_end);
        std::string verb = lower(t.substr(i, e - i));
        auto participle = [](const std::string& w) { return w.size() > 4 && w.ends_with("ed"); };
        static constexpr std::array<std::string_view, 8> auxiliaries = {"were", "was", "are", "is", "have", "had", "remain", "remained"};
        bool auxiliary = std::find(auxiliaries.begin(), auxiliaries.end(), verb) != auxiliaries.end();
        if (!auxiliary && !participle(verb)) return {};
        std::size_t verb_end = e;
        if (auxiliary)
            if (auto [pi, pe] = word_at(e); participle(lower(t.substr(pi, pe - pi)))) verb_end = pe;
        // The first plural noun within a few words of "of" (past "the", "those", a number).
        std::size_t k = 3, words = 0;
        while (k < lead.size() && words < max_phrase_words + 1) {
            std::size_t j = lead.find(' ', k);
            if (j == std::string_view::npos) j = lead.size();
            std::string w = lower(lead.substr(k, j - k));
            ++words;
            if (w.empty() || w.find(',') != std::string::npos) return {};
            if (plural_noun(w)) return {w, verb_end};
            k = j + 1;
        }
        return {};
    }

    std::pair<std::string, std::string> words_before(std::size_t off, std::size_t floor) const {
        std::string_view t(src_.text);
        std::pair<std::string, std::string> out;
        std::size_t i = off;
        for (int k = 0; k < 2; ++k) {
            while (i > floor && t[i - 1] == ' ') --i;
            std::size_t e = i;
            while (i > floor && std::isalpha(static_cast<unsigned char>(t[i - 1]))) --i;
            (k == 0 ? out.first : out.second) = lower(t.substr(i, e - i));
            if (e == i) break;
        }
        return out;
    }

    // "76 of the 151 seats": 151 is the whole the part is taken from, not a count of the seats anyone has; two
    // reports giving the part and the whole are no conflict, so a whole is compared with wholes only.
    bool whole_of_partitive(std::size_t off, std::size_t floor, const std::string& prev, const std::string& prev2) const {
        if (std::string_view(prev) != "the" || std::string_view(prev2) != "of") return false;
        std::string_view t(src_.text);
        std::size_t i = off;
        for (int k = 0; k < 2; ++k) {  // back over "the" and "of"
            while (i > floor && t[i - 1] == ' ') --i;
            while (i > floor && std::isalpha(static_cast<unsigned char>(t[i - 1]))) --i;
        }
        while (i > floor && t[i - 1] == ' ') --i;
        std::size_t e = i;
        while (i > floor && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == ',')) --i;
        std::string_view part = t.substr(i, e - i);
        if (part.empty()) return false;
        if (std::isdigit(static_cast<unsigned char>(part.front()))) return true;
        return q::number_word_value(lower(part)) > 0;  // "two of the 15 members"
    }

    void scan_range(std::size_t begin, std::size_t end) {
        const char* base = src_.text.data();
        grammars::scan<ast::Quantity>(
            base + begin, base + end, q::quantity(),
            [&](const ast::Quantity& m, const char*, const char*) { on_match(m, begin); }, &q::quantity_starts(), &words_);
    }

    void on_match(const ast::Quantity& m, std::size_t floor) {
        Span number{offset(m.number.begin()), offset(m.number.end())};
        std::string number_text = lower(view(m.number));
        if (in_date(number)) return;
        // Part of a name or code: "COVID-19 cases", "F-16 jets", "9/11 attacks", "No.2".
        if (number.begin > floor) {
            char before = src_.text[number.begin - 1];
            if (before == '-' || before == '/' || before == '.' || before == '#') return;
        }
        auto [prev, prev2] = words_before(number.begin, floor);

        Quantity out;
        switch (m.kind) {
            case ast::NumberKind::digits: out.value = digits_value(number_text); break;
            case ast::NumberKind::words: {
                auto space = number_text.find(' ');  // "a dozen"
                out.value = q::number_word_value(space == std::string::npos ? number_text : number_text.substr(space + 1));
                // "one of the refugees": a partitive, not a count; "no one", "the one".
                if (std::string_view(number_text) == "one" && (m.of || std::string_view(prev) == "no" || std::string_view(prev) == "the"))
                    return;
                break;
            }
            case ast::NumberKind::magnitude:
                out.value = q::magnitude_value(number_text);
                out.approximate = true;
                break;
            case ast::NumberKind::fraction: out.value = q::fraction_value(number_text); break;
        }
        if (out.value <= 0) return;
        if (!m.scale.empty()) out.value *= q::scale_value(view(m.scale));
        if (approximating(prev, prev2)) out.approximate = true;

        // A currency sign before the number is what it counts: "$4 billion".
        std::string currency;
        if (number.begin > 0 && src_.text[number.begin - 1] == '$') currency = "dollar";
        else if (number.begin > 1 && src_.text.compare(number.begin - 2, 2, "\xC2\xA3") == 0) currency = "pound";
        else if (number.begin > 2 && src_.text.compare(number.begin - 3, 3, "\xE2\x82\xAC") == 0) currency = "euro";

        // The counted phrase: its head is the first plural noun within a few words (the last word for one thing
        // or a fraction: "1 Comment", "one-third of the Syrian territory").
        Span phrase_span{offset(m.phrase.begin()), offset(m.phrase.end())};
        std::size_t head_end = 0;
        std::string head;
        if (!m.phrase.empty()) {
            std::string_view phrase = view(m.phrase);
            if (phrase == "%") {
                head = "percent";
                head_end = phrase_span.end;
            } else {
                std::size_t i = 0, n = 0;
                bool singular = out.value <= 1;
                while (i < phrase.size() && n < max_phrase_words) {
                    // Words are separated by spaces or no-break spaces (C2 A0).
                    std::size_t j = std::min(phrase.find(' ', i), phrase.find("\xC2\xA0", i));
                    if (j == std::string_view::npos) j = phrase.size();
                    std::string w = lower(phrase.substr(i, j - i));
                    ++n;
                    if (std::string_view v = w; v != "the" && v != "its" && v != "their" && v != "his" && v != "her" &&
                                                v != "our" && v != "these" && v != "those" && v != "all") {
                        if (plural_noun(w) || singular) {
                            head = w;
                            head_end = phrase_span.begin + j;
                            if (!singular || plural_noun(w)) break;
                        }
                    }
                    i = j + (phrase.compare(j, 2, "\xC2\xA0") == 0 ? 2 : 1);
                }
            }
        }
        std::size_t number_end = m.scale.empty() ? number.end : offset(m.scale.end());
        std::string toll;
        Span toll_phrase;  // "death toll has risen to": a toll named before its number
        bool partitive = false;
        if (head.empty() && currency.empty() && m.kind != ast::NumberKind::fraction) {
            // Casualty copy states tolls without a noun: the toll word is what is counted.
            auto [kind, end] = toll_after(number_end, src_.sentences.empty() ? src_.text.size()
                                                                             : src_.sentences[src_.sentence_index(number.begin)].span.end);
            if (!kind.empty()) {
                toll = kind;
                head = kind;
                head_end = end;
            } else if (std::size_t at = toll_before(number.begin, floor); at != std::string::npos && at >= floor) {
                toll = "dead";
                head = toll;
                head_end = number_end;
                toll_phrase = Span{at, number.begin};
            } else if (!src_.sentences.empty()) {
                auto [noun, end] = partitive_noun(number.begin, number_end,
                                                  src_.sentences[src_.sentence_index(number.begin)].span.begin);
                if (!noun.empty()) {
                    head = noun;
                    head_end = end;
                    partitive = true;
                }
            }
        }
        if (head.empty()) {
            if (currency.empty()) return;  // nothing counted: "Media ID: 55351211", "hundreds remaining"
            head = currency;
            head_end = number_end;
        }
        // A bare year-like number counting nothing plural is a year the date grammar left alone ("the 2014 vote").
        if (m.kind == ast::NumberKind::digits && number_text.size() == 4 && out.value >= 1000 && out.value <= 2100 &&
            !plural_noun(head))
            return;

        out.unit = !toll.empty() ? toll : currency.empty() ? lemma(head) : currency;
        std::size_t begin = currency.empty() ? number.begin : number.begin - (currency == "dollar" ? 1 : currency == "pound" ? 2 : 3);
        out.span = {begin, std::max(head_end, number_end)};
        out.text = std::string(src_.slice(out.span));
        if (!toll_phrase.empty())
            out.counted = std::string(src_.slice({toll_phrase.begin, toll_phrase.begin + src_.slice(toll_phrase).find("toll") + 4}));
        else if (!toll.empty() || partitive)
            out.counted = trim_left(src_.slice({number_end, head_end}));  // "were killed"
        else if (!m.phrase.empty() && head_end > phrase_span.begin)
            out.counted = std::string(src_.slice({phrase_span.begin, head_end}));
        out.increment = !m.more.empty() && lower(view(m.more)) != "other";
        out.whole = whole_of_partitive(number.begin, floor, prev, prev2);
        out.sentence = src_.sentence_index(number.begin);
        ex_.quantities.push_back(std::move(out));
    }
};

}  // namespace

void extract_quantities(const Source& source, const grammars::WordStarts& words, Extraction& ex) {
    QuantityExtractor(source, words, ex).run();
}

void extract_quantities(const Source& source, Extraction& ex) {
    extract_quantities(source, grammars::WordStarts(source.text), ex);
}

}  // namespace crosscheck
