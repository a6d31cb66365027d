// Ages: a person's age as news copy writes it: an apposition after the name ("Jane Doe, 60, was sentenced",
// "Jane Doe (60)", "Jane Doe, aged 60,", "Jane Doe, who was 60,"), a compound adjective before it ("the 60-year-old Jane Doe", "the
// 60-year-old spokesman"), standing for the person already named ("... Jane Doe. The 60-year-old was
// sentenced"), or after a death ("Jane Doe has died aged 96"); and years of birth ("born in 1941"). Each is tied to
// the person mention it describes; age.conflict compares them.
#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <optional>
#include <tuple>
#include <vector>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract/extract.hpp"
#include "model/span_index.hpp"
#include "util/ascii.hpp"

namespace crosscheck {

namespace {

constexpr int max_age = 120;
// Sentences back "the 60-year-old" may look for the person it stands for (as far as a pronoun's reach).
constexpr std::size_t reach_sentences = 2;
// ... or, when it is the only person named in them, as far as this many sentences back.
constexpr std::size_t far_sentences = 6;
// Person mentions looked at, at most, going back from an age.
constexpr std::size_t max_look_back = 64;

bool digit(char c) { return c >= '0' && c <= '9'; }

// The age in 1-3 digits at t[i...] and its end; 0 when there is none or it is no plausible age.
std::pair<int, std::size_t> age_at(std::string_view t, std::size_t i) {
    std::size_t e = i;
    while (e < t.size() && e - i < 4 && digit(t[e])) ++e;
    if (e == i || e - i > 3 || (e < t.size() && (digit(t[e]) || std::isalpha(static_cast<unsigned char>(t[e])))))
        return {0, i};
    int v = 0;
    for (std::size_t k = i; k < e; ++k) v = v * 10 + (t[k] - '0');
    return {v >= 1 && v <= max_age ? v : 0, e};
}

// After the name: ", 60," ", 60." ", 60 and" " (60)" ", aged 60". The number must close the apposition: one
// running on ("Smith, 60 percent") is something else.
bool age_after(std::string_view t, std::size_t end, AgeMention& out) {
    std::size_t i = end;
    bool bracket = false;
    if (t.substr(i, 2) == ", ") i += 2;
    else if (t.substr(i, 2) == " (") i += 2, bracket = true;
    else return false;
    if (!bracket && t.substr(i, 5) == "aged ") i += 5;
    // ", who is 60,", ", who was 84 when": a relative clause stating the age.
    else if (!bracket)
        for (std::string_view w : {"who is ", "who was ", "who turns ", "who turned "})
            if (t.substr(i, w.size()) == w) {
                i += w.size();
                break;
            }
    auto [v, e] = age_at(t, i);
    if (v == 0) return false;
    std::string_view rest = t.substr(e, 6);
    bool closes = bracket ? rest.starts_with(")")
                          : rest.starts_with(",") || rest.starts_with(". ") || rest.starts_with(".\n") ||
                                rest == "." || rest.starts_with(" and ") || rest.starts_with(" who ") ||
                                (t[end + 2] == 'w' && (rest.starts_with(" when ") || rest.starts_with(" on ") ||
                                                        rest.starts_with(" in ") || rest.starts_with(" at ")));
    if (!closes) return false;
    out.years = v;
    out.span = {i, e};
    return true;
}

// "60-year-old" ending at `end` (the hyphen's "old" included): its age and where it begins.
bool compound_before(std::string_view t, std::size_t end, AgeMention& out) {
    constexpr std::string_view adjective = "-year-old";
    if (end < adjective.size() + 1 || t.substr(end - adjective.size(), adjective.size()) != adjective) return false;
    std::size_t e = end - adjective.size(), i = e;
    while (i > 0 && e - i < 3 && digit(t[i - 1])) --i;
    if (i == e || (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '-'))) return false;
    auto [v, stop] = age_at(t, i);
    if (v == 0 || stop != e) return false;
    out.years = v;
    out.span = {i, end};
    return true;
}

// Words after "the 60-year-old" that make it the subject standing for a person ("the 60-year-old was jailed"),
// not an adjective before a new noun ("the 10-year-old girl").
bool verb_follows(std::string_view t, std::size_t i) {
    if (i < t.size() && t[i] == ',') return true;
    if (i >= t.size() || t[i] != ' ') return false;
    ++i;
    std::size_t e = i;
    while (e < t.size() && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
    static constexpr std::array<std::string_view, 24> verbs = {
        "was", "is", "has", "had", "will", "would", "said", "says", "told", "added", "who", "died", "denied",
        "did", "does", "could", "can", "must", "faces", "faced", "remains", "remained", "pleaded", "admitted"};
    std::string w = ascii_lower(t.substr(i, e - i));
    return std::find(verbs.begin(), verbs.end(), w) != verbs.end();
}

// Where each needle starts in t, each list in text order, from one pass over the text: the three phrases the
// ages are found by were three memmem passes. The needles' first two bytes are compared sixteen positions at a
// time; the rest only where both match.
template <std::size_t N>
std::array<std::vector<std::size_t>, N> find_all(std::string_view t, const std::array<std::string_view, N>& needles) {
    std::array<std::vector<std::size_t>, N> found;
    auto check = [&](std::size_t i) {
        for (std::size_t k = 0; k < N; ++k)
            if (t.substr(i, needles[k].size()) == needles[k]) found[k].push_back(i);
    };
    std::size_t i = 0;
#ifdef __SSE2__
    for (; i + 17 <= t.size(); i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i + 1));
        unsigned m = 0;
        for (const auto& n : needles)
            m |= static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8(n[0])),
                                                                      _mm_cmpeq_epi8(b, _mm_set1_epi8(n[1])))));
        for (; m != 0; m &= m - 1) check(i + static_cast<std::size_t>(std::countr_zero(m)));
    }
#endif
    for (; i < t.size(); ++i) check(i);
    return found;
}

// The month and day written before a year of birth ("April 5, ", "5 April "): {0, 0} when not both.
std::pair<unsigned, unsigned> month_day(std::string_view t) {
    static constexpr std::array<std::string_view, 12> months = {"january", "february", "march", "april", "may", "june",
                                                                "july", "august", "september", "october", "november",
                                                                "december"};
    unsigned month = 0, day = 0;
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t e = i;
        while (e < t.size() && std::isalnum(static_cast<unsigned char>(t[e]))) ++e;
        if (e == i) {
            ++i;
            continue;
        }
        std::string w = ascii_lower(t.substr(i, e - i));
        if (digit(w[0])) {
            if (w.size() <= 2 && std::all_of(w.begin(), w.end(), digit)) day = static_cast<unsigned>(std::stoi(w));
            else if (w.size() <= 4 && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")))
                day = static_cast<unsigned>(std::atoi(w.c_str()));
        } else if (w.size() >= 3) {
            for (std::size_t k = 0; k < months.size(); ++k)
                if (months[k].starts_with(w)) month = static_cast<unsigned>(k + 1);
        }
        i = e;
    }
    if (month == 0 || day == 0 || day > 31) return {0, 0};
    return {month, day};
}

// Just after the verb of a death, a few words on: "died on Sunday aged 89", "died in hospital at 89". Whether a
// form of "die" ends within the three words before pos, in the same clause.
bool death_before(std::string_view t, std::size_t pos) {
    std::size_t i = pos;
    for (int n = 0; n < 4; ++n) {
        while (i > 0 && t[i - 1] == ' ') --i;
        std::size_t e = i;
        while (i > 0 && std::isalpha(static_cast<unsigned char>(t[i - 1]))) --i;
        if (i == e) return false;  // punctuation: another clause
        std::string w = ascii_lower(t.substr(i, e - i));
        if (w == "died" || w == "dies" || w == "dead") return true;
        // Only a time or place of the death between: "on Sunday", "at home", "in hospital", "peacefully".
        static constexpr std::array<std::string_view, 21> between = {
            "on", "in", "at", "home", "hospital", "peacefully", "suddenly", "last", "this", "week", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "night", "early", "late"};
        if (std::find(between.begin(), between.end(), w) == between.end()) return false;
    }
    return false;
}

}  // namespace

void extract_ages(const Source& source, Extraction& ex) {
    std::string_view t(source.text);
    std::vector<Span> quote_spans;
    for (const auto& q : ex.quotes) quote_spans.push_back(q.text_span);
    const SpanIndex quotes(std::move(quote_spans));
    auto quoted = [&](std::size_t pos) { return quotes.contains(Span{pos, pos + 1}); };
    const auto& ms = ex.people_mentions;  // sorted by position
    // Beside a mention: after its name, or a compound adjective right before it.
    for (std::size_t k = 0; k < ms.size(); ++k) {
        const auto& m = ms[k];
        if (m.pronoun) continue;
        AgeMention a;
        bool found = (!m.name.empty() && age_after(t, m.span.end, a)) ||
                     (m.span.begin > 0 && t[m.span.begin - 1] == ' ' && compound_before(t, m.span.begin - 1, a));
        if (!found) continue;
        a.person = k;
        a.sentence = source.sentence_index(a.span.begin);
        ex.ages.push_back(a);
    }
    // The last person named before pos, outside quotes, in a sentence from `oldest` on (a bounded look back: a
    // pathological sentence may name thousands).
    auto named_before = [&](std::size_t pos, std::size_t oldest) -> std::optional<std::size_t> {
        auto it = std::lower_bound(ms.begin(), ms.end(), pos,
                                   [](const PersonMention& m, std::size_t p) { return m.span.begin < p; });
        std::size_t k = static_cast<std::size_t>(it - ms.begin());
        for (std::size_t looked = 0; k-- > 0 && looked < max_look_back; ++looked) {
            const auto& m = ms[k];
            if (m.sentence < oldest) break;
            if (m.pronoun || m.name.empty() || m.span.end > pos || quoted(m.span.begin)) continue;
            return k;
        }
        return std::nullopt;
    };
    // Farther back, the last person named counts only when every person named since the window's start is that
    // one (by surname): the article is about one person, whom the pronouns in between stand for.
    auto surname = [](std::string_view name) { return name.substr(name.rfind(' ') + 1); };
    auto sole_person_before = [&](std::size_t pos, std::size_t oldest) -> std::optional<std::size_t> {
        auto k = named_before(pos, oldest);
        if (!k) return std::nullopt;
        std::string_view who = surname(ms[*k].name);
        for (std::size_t j = *k; j-- > 0;) {
            const auto& m = ms[j];
            if (m.sentence < oldest) break;
            if (m.pronoun || m.name.empty() || quoted(m.span.begin)) continue;
            if (surname(m.name) != who) return std::nullopt;
        }
        return k;
    };
    // "The 60-year-old was ..." standing alone: the last person named before it.
    constexpr std::string_view adjective = "-year-old";
    const auto [adjectives, died_aged, died_at, borns, borns_capital] =
        find_all<5>(t, {adjective, " aged ", " at ", "born ", "Born "});
    for (std::size_t p : adjectives) {
        std::size_t end = p + adjective.size();
        AgeMention a;
        if (!compound_before(t, end, a) || !verb_follows(t, end)) continue;
        if (a.span.begin < 4 || ascii_lower(t.substr(a.span.begin - 4, 4)) != "the ") continue;
        if (quoted(a.span.begin)) continue;
        a.sentence = source.sentence_index(a.span.begin);
        // '"... my children are alive," said the 43-year-old': the reach counts from the quote's first sentence
        // (a quote of several sentences names no one the age could be of).
        std::size_t from = a.sentence;
        if (std::string_view lead = t.substr(0, a.span.begin - 4); lead.ends_with(" said") || lead.ends_with(" says") ||
                                                                  lead.ends_with(" added") || lead.ends_with(" told")) {
            std::size_t floor = a.span.begin > 1500 ? a.span.begin - 1500 : 0;
            std::size_t close = std::string_view::npos;
            for (std::size_t i = a.span.begin; i-- > floor;)
                if (t[i] == '"' || t.compare(i, 3, "\xE2\x80\x9C") == 0 || t.compare(i, 3, "\xE2\x80\x9D") == 0) {
                    if (close == std::string_view::npos) close = i;  // the quote's closing mark
                    else {
                        from = source.sentence_index(i);  // its opening mark
                        break;
                    }
                }
        }
        if (auto k = named_before(a.span.begin, from >= reach_sentences ? from - reach_sentences : 0)) {
            a.person = *k;
            ex.ages.push_back(a);
        } else if (auto far = sole_person_before(a.span.begin, a.sentence >= far_sentences ? a.sentence - far_sentences : 0)) {
            a.person = *far;  // "Kirui ... He had trained ... Friends described him ... The 41-year-old had raised"
            ex.ages.push_back(a);
        }
    }
    // "Jane Doe has died aged 96", "died on Sunday aged 96", "died at 96": the one who died, named before it in
    // the sentence.
    for (auto [lead, found] : {std::pair{std::string_view(" aged "), &died_aged}, std::pair{std::string_view(" at "), &died_at}})
    for (std::size_t p : *found) {
        if (!death_before(t, p)) continue;
        AgeMention a;
        auto [v, e] = age_at(t, p + lead.size());
        if (v == 0 || quoted(p)) continue;
        // "died at 10 Downing Street", "at 3 p.m.": after "at" the number must end the phrase.
        if (lead == " at ") {
            std::string_view rest = t.substr(e, 7);
            if (v < 13 || !(rest.empty() || rest.starts_with(".") || rest.starts_with(",") || rest.starts_with(";") ||
                            rest.starts_with(" in ") || rest.starts_with(" on ") || rest.starts_with(" after ")))
                continue;
            if (rest.starts_with(".") && rest.size() > 1 && std::isalnum(static_cast<unsigned char>(rest[1]))) continue;
        }
        a.years = v;
        a.span = {p + lead.size(), e};
        a.sentence = source.sentence_index(a.span.begin);
        if (auto k = named_before(a.span.begin, a.sentence)) {
            a.person = *k;
            ex.ages.push_back(a);
        }
    }
    // "Harlow was born in 1941", "Jane Doe (born 1941)", "born on May 3, 1941 in Ohio": a year of birth, of the
    // last person named before it (the subject, or a pronoun's antecedent a sentence or two back).
    for (const std::vector<std::size_t>* words : {&borns, &borns_capital})
    for (std::size_t p : *words) {
        if (p > 0 && std::isalpha(static_cast<unsigned char>(t[p - 1]))) continue;  // "firstborn", "reborn"
        std::size_t i = p + 5;
        for (std::string_view lead : {"in ", "on "})
            if (t.substr(i, lead.size()) == lead) i += lead.size();
        // A month and day before the year ("May 3, 1941", "3 May 1941"): the year ends the date.
        std::size_t y = i;
        for (std::size_t k = i; k < std::min(t.size(), i + 20); ++k)
            if (digit(t[k]) && k + 4 <= t.size() && digit(t[k + 1]) && digit(t[k + 2]) && digit(t[k + 3]) &&
                (k + 4 == t.size() || !std::isalnum(static_cast<unsigned char>(t[k + 4]))) &&
                (k == 0 || !digit(t[k - 1]))) {
                y = k;
                break;
            }
        if (y + 4 > t.size() || !digit(t[y]) || (y != i && (t.substr(i, y - i).find_first_of(".;") != std::string_view::npos)))
            continue;
        int year = (t[y] - '0') * 1000 + (t[y + 1] - '0') * 100 + (t[y + 2] - '0') * 10 + (t[y + 3] - '0');
        if (year < 1880 || year > 2030 || quoted(p)) continue;
        AgeMention a;
        a.born = year;
        a.span = {y, y + 4};
        a.sentence = source.sentence_index(a.span.begin);
        if (y != i) std::tie(a.born_month, a.born_day) = month_day(t.substr(i, y - i));
        // "Born in 1938 in Youngstown, Ohio, Ellison was ...": fronted, of the subject after it: the first person
        // named after a comma in the sentence.
        if (t[p] == 'B' && (p == 0 || source.sentence_index(p) != source.sentence_index(p - 1) ||
                            source.sentences[a.sentence].span.begin == p)) {
            auto after = std::lower_bound(ms.begin(), ms.end(), y, [](const PersonMention& m, std::size_t q) { return m.span.begin < q; });
            for (; after != ms.end() && after->sentence == a.sentence; ++after) {
                if (after->pronoun || after->name.empty() || quoted(after->span.begin)) continue;
                if (after->span.begin >= 2 && t.substr(after->span.begin - 2, 2) == ", ") {
                    a.person = static_cast<std::size_t>(after - ms.begin());
                    ex.ages.push_back(a);
                }
                break;
            }
            continue;
        }
        // Only of the sentence's subject right before it: "Harlow was born", "Harlow, who was born", "Harlow
        // (born", "He was born" (the person a pronoun stands for); not "Harlow's father, born".
        auto it = std::lower_bound(ms.begin(), ms.end(), p, [](const PersonMention& m, std::size_t q) { return m.span.begin < q; });
        if (it == ms.begin()) continue;
        const PersonMention& subject = *std::prev(it);
        if (subject.span.end > p) continue;
        std::string_view gap = t.substr(subject.span.end, p - subject.span.end);
        // An age apposition before the relative clause: "Simone Inzaghi, 48, who was born on".
        if (gap.starts_with(", ")) {
            std::size_t d = 2;
            while (d < gap.size() && d < 5 && digit(gap[d])) ++d;
            if (d > 2 && gap.substr(d).starts_with(", who ")) gap = gap.substr(d);
        }
        static constexpr std::array<std::string_view, 7> gaps = {" was ", ", who was ", " (", ", ", " is ", ", who is ",
                                                                 " had been "};
        if (std::find(gaps.begin(), gaps.end(), gap) == gaps.end()) continue;
        std::optional<std::size_t> k;
        if (subject.pronoun)
            k = named_before(subject.span.begin, a.sentence >= reach_sentences ? a.sentence - reach_sentences : 0);
        else if (!subject.name.empty() && !quoted(subject.span.begin))
            k = static_cast<std::size_t>(std::prev(it) - ms.begin());
        if (k) {
            a.person = *k;
            ex.ages.push_back(a);
        }
    }
    std::sort(ex.ages.begin(), ex.ages.end(), [](const AgeMention& x, const AgeMention& y) { return x.span.begin < y.span.begin; });
}

}  // namespace crosscheck
