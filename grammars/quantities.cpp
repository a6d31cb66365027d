// The quantities grammar's one translation unit: defines and instantiates its rule for iterator_type, and holds
// its lexicons.
#include "grammars/quantities_def.hpp"

#include <algorithm>
#include <array>
#include <string>
#include "util/ascii.hpp"
#include "util/word_map.hpp"

namespace crosscheck::grammars::quantities {

using context_type = x3::unused_type;
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)

quantity_type const& quantity() { return quantity_rule; }

StartSet const& quantity_starts() {
    // A quantity starts with its number (see quantity_rule_def): digits, a number word, "a dozen", a magnitude
    // ("hundreds", "tens of thousands") or a fraction ("one-third").
    static const StartSet starts = [] {
        StartSet s;
        s.digits = true;
        parser::number_words.for_each([&](const std::string& w, unsigned) { s.add(w); });
        for (auto w : {"tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores"}) s.add(w);
        // "a" starts only "a dozen", "a hundred", "a thousand", "a million": a lead before one space and one of
        // them (word_number), not every "a" of the text.
        s.add_lead("a");
        for (auto w : {"dozen", "hundred", "thousand", "million"}) s.add_follow(w);
        return s;
    }();
    return starts;
}

namespace {

constexpr auto& lower = ascii_lower;

}  // namespace

bool is_phrase_stop_word(std::string_view word) {
    // Function words, auxiliaries and frequent verbs that follow a number without being what it counts.
    static constexpr std::array<std::string_view, 96> list = {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "nor",
        "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "as", "than", "then", "so",
        "if", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "it", "its",
        "they", "them", "their", "he", "she", "we", "you", "i", "his", "her", "our", "this", "these", "those",
        "each", "per", "into", "over", "under", "after", "before", "since", "until", "about", "against",
        "between", "among", "across", "during", "through", "out", "up", "down", "off", "ago", "later", "earlier",
        "said", "say", "says"};
    // Asked of every word after a number: a case-insensitive hash look-up, no lower-cased copy.
    static const WordMap<bool> words = [] {
        WordMap<bool> m;
        for (auto w : list) m[w] = true;
        return m;
    }();
    if (words.find(word)) return true;
    // Participles and adverbs end the phrase: "hundreds remaining", "two recently".
    auto ends_with = [&](std::string_view suffix) {
        if (word.size() < suffix.size()) return false;
        std::string_view tail = word.substr(word.size() - suffix.size());
        for (std::size_t i = 0; i < suffix.size(); ++i)
            if ((tail[i] >= 'A' && tail[i] <= 'Z' ? tail[i] - 'A' + 'a' : tail[i]) != suffix[i]) return false;
        return true;
    };
    return word.size() > 4 && (ends_with("ing") || ends_with("ly"));
}

double number_word_value(std::string_view word) {
    static constexpr std::array<std::string_view, 20> small = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::array<std::string_view, 8> tens = {"twenty", "thirty", "forty", "fifty",
                                                             "sixty", "seventy", "eighty", "ninety"};
    auto w = lower(word);
    if (w == "dozen") return 12;
    if (auto s = scale_value(w)) return s;
    if (auto it = std::find(small.begin(), small.end(), w); it != small.end()) return static_cast<double>(it - small.begin());
    if (auto it = std::find(tens.begin(), tens.end(), w); it != tens.end()) return 20.0 + 10.0 * static_cast<double>(it - tens.begin());
    // "twenty-five"
    if (auto dash = w.find('-'); dash != std::string::npos) {
        double a = number_word_value(w.substr(0, dash)), b = number_word_value(w.substr(dash + 1));
        if (a >= 20 && b > 0 && b < 10) return a + b;
    }
    return 0;
}

double scale_value(std::string_view word) {
    auto w = lower(word);
    if (w == "hundred") return 1e2;
    if (w == "thousand") return 1e3;
    if (w == "million") return 1e6;
    if (w == "billion") return 1e9;
    if (w == "trillion") return 1e12;
    return 0;
}

double magnitude_value(std::string_view words) {
    auto w = lower(words);
    if (w == "dozens") return 12;
    if (w == "scores") return 20;
    if (w == "hundreds") return 1e2;
    if (w == "thousands") return 1e3;
    if (w == "tens of thousands") return 1e4;
    if (w == "hundreds of thousands") return 1e5;
    if (w == "millions") return 1e6;
    if (w == "tens of millions") return 1e7;
    if (w == "hundreds of millions") return 1e8;
    if (w == "billions") return 1e9;
    return 0;
}

double fraction_value(std::string_view word) {
    auto w = lower(word);
    if (w == "half") return 0.5;
    auto dash = w.find('-');
    if (dash == std::string::npos) return 0;
    double n = number_word_value(w.substr(0, dash));
    std::string d = w.substr(dash + 1);
    if (d.ends_with("s") && d != "halves") d.pop_back();
    double denominator = d == "third" ? 3 : d == "quarter" ? 4 : d == "fifth" ? 5 : d == "tenth" ? 10
                       : (d == "half" || d == "halves") ? 2 : 0;
    return denominator > 0 ? n / denominator : 0;
}

}  // namespace crosscheck::grammars::quantities
