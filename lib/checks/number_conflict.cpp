// number.conflict: the same count of the same thing given two different exact values, within an article or
// across articles ("the US keeps 2,000 troops in Syria" / "the US keeps 900 troops in Syria"). Two quantities
// count the same thing when they have the same counted phrase and the same anchors: the capitalised words
// (places, people, organisations) and the places of their sentences. Approximate values ("hundreds of troops", "about 300"), increments
// ("200 more troops"), units of time and percentages never conflict; counts in sentences dated differently, or in
// articles published more than a month apart, may both be right and are left alone. Within one article, a toll
// (killed, injured, arrested, missing ...) given twice with two values is reported whatever the names around it.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>

#include "checks/check.hpp"
#include "checks/restated.hpp"
#include "knowledge/calendar.hpp"
#include "knowledge/roles.hpp"
#include "scoring/alignment.hpp"
#include "util/ascii.hpp"
#include "util/capitalised_words.hpp"

namespace crosscheck {

namespace {

// Articles published further apart than this may report a count that changed in between.
constexpr int max_days_apart = 31;
// Two articles are reports of one story for same_story() from this TF-IDF cosine of their texts: lower than
// restated sentences need, since two outlets word a story apart; the counted phrase, its verb and a shared name
// carry the rest.
constexpr double kOneStory = 0.3;
// Counts of one value looked at, at most, for one later count (bounds the work on archives spanning years).
constexpr std::size_t kMaxScan = 64;

constexpr auto& lower = ascii_lower;

// Units of money, measure and holdings (lemmas, as the quantity extractor gives them). They measure amounts, not
// count things: one business or commodity story gives revenue and profit, this year and last, price and volume,
// all in dollars or tonnes and all with the same names around them, so two values are two facts, not one count
// given twice. A count of troops, deaths or people is what this rule can weigh.
bool amount_unit(std::string_view unit) {
    static constexpr std::array<std::string_view, 79> units = {
        // currencies and their usual wire abbreviations
        "dollar", "dlr", "cent", "ct", "pound", "stg", "sterling", "penny", "pence", "euro", "ecu", "yen", "yuan",
        "mark", "pfennig", "franc", "centime", "crown", "krona", "krone", "guilder", "lira", "lire", "peseta",
        "escudo", "drachma", "schilling", "peso", "cruzado", "cruzeiro", "real", "rand", "rupee", "rupiah", "riyal",
        "rial", "dinar", "dirham", "shekel", "baht", "ringgit", "won", "rouble", "ruble", "naira",
        // weights, volumes, lengths, areas and trade measures
        "tonne", "ton", "lb", "ounce", "oz", "kilo", "kilogram", "kg", "gram", "barrel", "bbl", "bushel", "bale",
        "bag", "gallon", "litre", "liter", "acre", "hectare", "mile", "kilometer", "kilometre", "km", "metre",
        "meter", "foot", "feet", "unit",
        // (and "units": housing units, currency units, sales units are measures of a market, seldom a head count)
        // points of an index, a rate or a scale; holdings of securities
        "point", "degree", "share"};
    // Asked about every quantity: a hash set, not a scan of the list.
    static const std::unordered_set<std::string_view> set(units.begin(), units.end());
    return set.contains(unit);
}

bool comparable_unit(const std::string& unit) {
    static constexpr std::array<std::string_view, 16> excluded = {
        "percent", "pct", "second", "minute", "hour", "hr", "day", "week", "month", "mth", "year", "yr", "time",
        "min", "comment", "decade"};
    return std::find(excluded.begin(), excluded.end(), unit) == excluded.end() && !amount_unit(unit);
}

// A count this rule can weigh: an exact value of a thing counted, not an amount, a duration or a year.
bool countable(const Quantity& q) {
    if (q.approximate || q.increment || q.value < 2 || !comparable_unit(q.unit)) return false;
    if (q.value != std::floor(q.value)) return false;  // "9.9 pct bonds": things are counted in whole numbers
    // Small counts in words ("the two sides", "three nations") are figures of speech as often as counts; figures
    // and larger numbers are reported counts.
    bool figures = !q.text.empty() && (std::isdigit(static_cast<unsigned char>(q.text[0])) || q.text[0] == '$');
    if (!figures && q.value < 10) return false;
    // A year before a plural noun ("1986 results", "both 1987 periods") names the year, not a count.
    return !(q.text.size() > 4 && q.text[4] == ' ' && q.value >= 1900 && q.value <= 2100 &&
             std::all_of(q.text.begin(), q.text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }));
}

// How an approximate count is qualified, from the words before it: a floor ("at least 23", "more than 40"), a
// ceiling ("up to 30"), a round figure ("about 25,000"), or none this rule reads ("hundreds", "dozens").
enum class Bound { exact, floor, ceiling, about, unread };

Bound bound_of(const Source& src, const Quantity& q) {
    if (!q.approximate) return Bound::exact;
    // The two words before the count, lower case.
    std::string_view t = src.text;
    std::size_t i = q.span.begin;
    std::string words[2];
    for (auto& w : words) {
        while (i > 0 && t[i - 1] == ' ') --i;
        std::size_t b = i;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
        if (b == i) break;
        w = ascii_lower(t.substr(b, i - b));
        i = b;
    }
    const std::string& last = words[0];
    const std::string two = words[1] + " " + words[0];
    if (two == "at least" || two == "more than" || two == "upwards of" || two == "in excess of" || last == "over")
        return Bound::floor;
    if (two == "up to" || two == "at most" || two == "fewer than" || two == "less than" || last == "under")
        return Bound::ceiling;
    if (last == "about" || last == "around" || last == "roughly" || last == "approximately" || last == "nearly" ||
        last == "almost" || last == "some" || last == "estimated" || last == "approx")
        return Bound::about;
    return Bound::unread;
}

// Can a count given as `a` and the same count given as `b` both be right?
bool bounds_agree(double a, Bound ka, double b, Bound kb) {
    if (ka == Bound::exact && kb == Bound::exact) return a == b;
    if (ka == Bound::floor && kb == Bound::exact) return b >= a;
    if (kb == Bound::floor && ka == Bound::exact) return a >= b;
    if (ka == Bound::ceiling && kb == Bound::exact) return b <= a;
    if (kb == Bound::ceiling && ka == Bound::exact) return a <= b;
    if ((ka == Bound::about || kb == Bound::about) && (ka == Bound::about || ka == Bound::exact) &&
        (kb == Bound::about || kb == Bound::exact))
        return std::abs(a - b) <= 0.15 * std::max(a, b);  // round figures for one number differ little
    return true;  // two floors, two ceilings, a floor and a ceiling: no contradiction to be sure of
}

struct Counted {
    std::size_t source;
    const Quantity* q;
    std::string key;                 // counted phrase + anchors
    std::set<std::string> dates;     // date values of its sentence
};

class NumberConflict : public Check {
public:
    std::string_view id() const override { return "number.conflict"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override { return "the same count is given two different values"; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        std::vector<Counted> counts;
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const auto& ex = ctx.corpus.extractions[s];
            const auto& src = ctx.corpus.sources[s];
            // The source's places and dates by sentence: looked up per count (scanning them all per count was
            // quadratic in a long text).
            std::map<std::size_t, std::vector<const PlaceMention*>> places_in;
            for (const auto& p : ex.places) places_in[p.sentence].push_back(&p);
            std::map<std::size_t, std::vector<const DateMention*>> dates_in;
            for (const auto& d : ex.dates) dates_in[d.sentence].push_back(&d);
            for (const auto& q : ex.quantities) {
                if (!countable(q)) continue;
                // Anchors: the capitalised words of the sentence (but its first, which any sentence has) and the
                // places named in it. Other extractors' entity spans vary with phrasing; capitalised words do not.
                std::set<std::string> anchors;
                if (q.sentence < src.sentences.size()) anchors = capitalised_words(src, src.sentences[q.sentence].span);
                // A weekday or month names when, not what: the sentences' dates are compared below.
                std::erase_if(anchors, [](const std::string& w) { return roles::is_calendar_word(w); });
                if (auto it = places_in.find(q.sentence); it != places_in.end())
                    for (const PlaceMention* p : it->second) anchors.insert(lower(p->name));
                if (anchors.empty()) continue;  // no context to tell what is counted where
                // A whole ("of the 151 seats") counts something else than a part or a plain count of the noun.
                Counted c{s, &q, (q.whole ? "whole of " : "") + lower(q.counted), {}};
                for (const auto& a : anchors) c.key += "|" + a;
                if (auto it = dates_in.find(q.sentence); it != dates_in.end())
                    for (const DateMention* d : it->second)
                        if (d->context == DateContext::body) c.dates.insert(d->value.empty() ? d->text : d->value);
                counts.push_back(std::move(c));
            }
        }

        // Index instead of comparing every pair: counts of one thing in one context (key and dates) grouped by
        // value. A later count looks only at the first counts of each other value; once its value is reported for
        // the key, it is skipped at once, so thousands of articles repeating a figure cost a look-up each.
        std::map<std::pair<std::string, std::set<std::string>>, std::map<double, std::vector<std::size_t>>> index;
        // The values each source gives for each count: a source that also gives the other value agrees with it
        // ("to 926 cars from 2,672 cars" reported by two wires is one comparison, not two counts at odds).
        std::set<std::tuple<std::string, std::set<std::string>, std::size_t, double>> gives;
        for (const Counted& c : counts) gives.insert({c.key, c.dates, c.source, c.q->value});
        std::set<std::pair<std::string, double>> reported;
        for (std::size_t j = 0; j < counts.size(); ++j) {
            const Counted& b = counts[j];
            auto& by_value = index[{b.key, b.dates}];
            // The earliest count of another value that may stand against this one (one report per key and value).
            std::size_t first = counts.size();
            if (!reported.contains({b.key, b.q->value}))
                for (const auto& [value, list] : by_value) {
                    if (value == b.q->value) continue;
                    // Counts from articles published far apart are passed over; past kMaxScan of them, the value
                    // is given up (an archive spanning years, with one figure repeated in each).
                    std::size_t scanned = 0;
                    for (std::size_t i : list) {
                        if (i >= first || ++scanned > kMaxScan) break;
                        const Counted& a = counts[i];
                        if (a.source == b.source && a.q->sentence == b.q->sentence) continue;  // "from 300 to 400 troops"
                        if (a.source != b.source && far_apart(ctx.corpus.sources[a.source], ctx.corpus.sources[b.source])) continue;
                        if (a.source != b.source && (gives.contains({b.key, b.dates, b.source, a.q->value}) ||
                                                     gives.contains({b.key, b.dates, a.source, b.q->value})))
                            continue;
                        first = i;
                        break;
                    }
                }
            if (first < counts.size()) {
                const Counted& a = counts[first];
                reported.insert({b.key, b.q->value});
                Finding f;
                f.rule = std::string(id());
                f.severity = default_severity();
                f.confidence = a.source == b.source ? 0.75 : 0.65;
                f.message = fmt::format("{} here, but {} elsewhere in the same context", b.q->text, a.q->text);
                f.evidence.push_back(ctx.evidence(b.source, b.q->span));
                f.evidence.push_back(ctx.evidence(a.source, a.q->span, "conflicts-with"));
                out.push_back(std::move(f));
            }
            by_value[b.q->value].push_back(j);
        }
        restated(ctx, out);
        same_event(ctx, out);
        same_story(ctx, out);
    }

private:
    // The event a count is the toll of, from the words right around it: "killed 12 workers", "12 people were
    // injured", "the 21 dead". Empty when none: only casualty and arrest counts, which an article gives once per
    // event, are read this way.
    static std::string_view event_of(const Source& src, const Quantity& q) {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> events = {{
            {"killed", "kill"}, {"killing", "kill"}, {"kills", "kill"}, {"dead", "die"}, {"died", "die"},
            {"deaths", "die"}, {"death", "die"}, {"injured", "injure"}, {"injuring", "injure"},
            {"wounded", "injure"}, {"wounding", "injure"}, {"hurt", "injure"}, {"injuries", "injure"},
            {"missing", "missing"}, {"arrested", "arrest"}, {"detained", "arrest"}, {"evacuated", "evacuate"},
            {"displaced", "displace"}, {"rescued", "rescue"}, {"hospitalised", "hospitalise"},
            {"hospitalized", "hospitalise"}, {"drowned", "die"}}};
        if (q.sentence >= src.sentences.size()) return {};
        if (q.counted.ends_with("toll")) return "die";  // "the death toll rose to 31"
        Span sentence = src.sentences[q.sentence].span;
        auto word_at = [&](std::size_t b, std::size_t e) { return ascii_lower(src.slice({b, e})); };
        auto event = [&](const std::string& w) -> std::string_view {
            for (const auto& [form, lemma] : events)
                if (w == form) return lemma;
            return {};
        };
        // Up to two words before ("killed 12", "killing at least 12") and four after ("12 people were killed",
        // "12 workers have been injured"), within the clause: a comma ends the search.
        std::size_t i = q.span.begin;
        for (int n = 0; n < 2 && i > sentence.begin; ++n) {
            while (i > sentence.begin && src.text[i - 1] == ' ') --i;
            if (i == sentence.begin || !std::isalpha(static_cast<unsigned char>(src.text[i - 1]))) break;
            std::size_t b = i;
            while (b > sentence.begin && std::isalpha(static_cast<unsigned char>(src.text[b - 1]))) --b;
            if (auto e = event(word_at(b, i)); !e.empty()) return e;
            i = b;
        }
        std::size_t j = q.span.end;
        for (int n = 0; n < 4 && j < sentence.end; ++n) {
            while (j < sentence.end && src.text[j] == ' ') ++j;
            std::size_t e = j;
            while (e < sentence.end && std::isalpha(static_cast<unsigned char>(src.text[e]))) ++e;
            if (e == j) break;
            if (auto ev = event(word_at(j, e)); !ev.empty()) return ev;
            j = e;
        }
        return {};
    }

    // A sentence that tells of another event or a running total ("In a separate attack", "a similar blast last
    // year", "the total killed this year", "the toll has risen to 31": a later figure, not another wording).
    // With `clause_only`, the words are looked for in the count's clause alone (between commas or semicolons): "The
    // factory employs 1,510 workers and ..., a town that has lost thousands of jobs since the 1980s".
    static bool other_event(const Source& src, const Quantity& q, bool clause_only = false) {
        if (q.sentence >= src.sentences.size()) return true;
        Span range = src.sentences[q.sentence].span;
        if (clause_only) {
            std::string_view t = src.text;
            std::size_t b = q.span.begin, e = q.span.end;
            while (b > range.begin && t[b - 1] != ',' && t[b - 1] != ';') --b;
            while (e < range.end && t[e] != ',' && t[e] != ';') ++e;
            range = {b, e};
        }
        std::string sentence = ascii_lower(src.slice(range));
        for (std::string_view w : {"separate", "another", "similar", "previous", "earlier", "total", "since", "so far",
                                   "overall", "bringing", "risen", "rose", "climbed", "jumped"})
            for (std::size_t at = sentence.find(w); at != std::string::npos; at = sentence.find(w, at + 1)) {
                std::size_t end = at + w.size();
                if ((at == 0 || !std::isalpha(static_cast<unsigned char>(sentence[at - 1]))) &&
                    (end >= sentence.size() || !std::isalpha(static_cast<unsigned char>(sentence[end]))))
                    return true;
            }
        return false;
    }

    // The third kind of evidence, within one article: the toll of one event given twice with two values ("killed
    // 12 workers" ... "The explosion, which killed 21 workers"), whatever the names around each. Counts whose
    // sentences are dated differently (an undated one by the publication day), or name places and none in common,
    // may be two events; two counts in one sentence are a change ("rose from 12 to 21").
    void same_event(const CheckContext& ctx, std::vector<Finding>& out) const {
        const std::size_t before = out.size();
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const auto& ex = ctx.corpus.extractions[s];
            const Source& src = ctx.corpus.sources[s];
            struct Toll {
                const Quantity* q;
                std::string key;
                std::set<std::string> dates, places;
                Bound bound = Bound::exact;
            };
            std::vector<Toll> tolls;
            for (const auto& q : ex.quantities) {
                // A toll may be given as a floor or a round figure ("at least 23 people were killed"): it
                // contradicts a count below the floor, or far from the figure.
                Bound bound = bound_of(src, q);
                if (bound == Bound::unread) continue;
                if (bound != Bound::exact) {
                    Quantity exact = q;
                    exact.approximate = false;
                    if (!countable(exact)) continue;
                } else if (!countable(q)) {
                    continue;
                }
                std::string_view event = event_of(src, q);
                if (event.empty() || other_event(src, q)) continue;
                Toll t{&q, std::string(event) + "|" + q.unit + (q.whole ? "|whole" : ""), {}, {}, bound};
                for (const auto& d : ex.dates)
                    if (d.sentence == q.sentence && d.context == DateContext::body) t.dates.insert(d.value.empty() ? d.text : d.value);
                // An undated sentence tells the day's news: the publication date ("Fifty-one people were killed
                // yesterday" is another toll than the lead's 22).
                if (t.dates.empty() && src.published)
                    t.dates.insert(calendar::format_day(*src.published));
                for (const auto& p : ex.places)
                    if (p.sentence == q.sentence) t.places.insert(lower(p.name));
                tolls.push_back(std::move(t));
            }
            std::set<std::pair<std::string, double>> reported;
            for (std::size_t j = 0; j < tolls.size(); ++j)
                for (std::size_t i = 0; i < j; ++i) {
                    const Toll& a = tolls[i];
                    const Toll& b = tolls[j];
                    if (a.key != b.key || a.q->sentence == b.q->sentence ||
                        bounds_agree(a.q->value, a.bound, b.q->value, b.bound))
                        continue;
                    if (a.dates != b.dates) continue;
                    if (!a.places.empty() && !b.places.empty() &&
                        std::none_of(a.places.begin(), a.places.end(), [&](const std::string& p) { return b.places.contains(p); }))
                        continue;
                    if (!reported.insert({b.key, b.q->value}).second) break;
                    // Already reported by the anchors or a restated sentence.
                    bool known = std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(before), [&](const Finding& f) {
                        return std::any_of(f.evidence.begin(), f.evidence.end(), [&](const Evidence& e) {
                            return e.source == s && e.span.overlaps(b.q->span);
                        });
                    });
                    if (known) break;
                    Finding f;
                    f.rule = std::string(id());
                    f.severity = default_severity();
                    f.confidence = 0.6;
                    auto written = [&](const Toll& t) {  // "at least 23 people": the qualifier is part of the value
                        std::size_t from = t.q->span.begin;
                        if (t.bound != Bound::exact)
                            for (int words = 0; words < (t.bound == Bound::about ? 1 : 2) && from > 0; ++words) {
                                while (from > 0 && src.text[from - 1] == ' ') --from;
                                while (from > 0 && std::isalpha(static_cast<unsigned char>(src.text[from - 1]))) --from;
                            }
                        std::string w(src.slice({from, t.q->span.end}));
                        if (t.bound != Bound::exact) w[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
                        return w;
                    };
                    f.message = fmt::format("{} here, but {} earlier in this article, for the same event", written(b),
                                            written(a));
                    f.evidence.push_back(ctx.evidence(s, b.q->span));
                    f.evidence.push_back(ctx.evidence(s, a.q->span, "conflicts-with"));
                    out.push_back(std::move(f));
                    break;
                }
        }
    }

    // The word right before a count ("employs 1,150 workers" -> "employs"), as written.
    static Span word_span_before(const Source& src, const Quantity& q) {
        std::size_t i = q.span.begin;
        while (i > 0 && src.text[i - 1] == ' ') --i;
        std::size_t b = i;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(src.text[b - 1]))) --b;
        return {b, i};
    }
    static std::string word_before(const Source& src, const Quantity& q) {
        return ascii_lower(src.slice(word_span_before(src, q)));
    }
    static bool capital_before(const Source& src, const Quantity& q) {
        Span w = word_span_before(src, q);
        return w.begin < w.end && std::isupper(static_cast<unsigned char>(src.text[w.begin]));
    }

    // The fourth kind of evidence: one count of one story given two values by two reports of it, or by one
    // article twice, though the sentences are worded apart ("95 Palestinian prisoners were released" / "90
    // Palestinian prisoners were freed"; "The plant employs 1,150 workers" / "The factory ... employs 1,510
    // workers"). The counted phrase, and the toll word if any, must be the same, and the count specific: a phrase
    // of two words or more ("bin workers", not "people"), or the same verb before it ("employs"); the two
    // sentences must name someone or something in common (not a month: "car sales for the February 21 to 28
    // period" is every carmaker's sentence); two articles must be one story: published within a week of each
    // other and alike as wholes. Left alone: sentences dated differently (within an article, an undated sentence
    // tells the day's news), other events and running totals, a count compared with another ("to 926 cars from
    // 2,672"), a whole or part ("all 50", "of 31"), amounts ("103 mln stg bank bills"), a sentence counting the
    // thing twice (a list), and sources giving both values.
    void same_story(const CheckContext& ctx, std::vector<Finding>& out) const {
        const std::size_t before = out.size();
        struct Count {
            std::size_t source;
            const Quantity* q;
            std::string verb;
            std::set<std::string> names, dates;
            bool undated = false;
        };
        std::map<std::string, std::vector<Count>> by_thing;  // counted phrase and toll word -> counts
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const auto& ex = ctx.corpus.extractions[s];
            const Source& src = ctx.corpus.sources[s];
            for (const auto& q : ex.quantities) {
                if (!countable(q) || q.whole || q.sentence >= src.sentences.size() || other_event(src, q, true)) continue;
                Count c{s, &q, word_before(src, q), {}, {}};
                // A number after a name is a model or a name's ("Series 3000 models"), no count.
                if (capital_before(src, q)) continue;
                // A count compared ("to 926 cars from 2,672"), a whole or a part ("in all 50 African countries", "a
                // majority of 31") is another count than the plain one.
                if (c.verb == "from" || c.verb == "to" || c.verb == "with" || c.verb == "than" || c.verb == "versus" ||
                    c.verb == "all" || c.verb == "of")
                    continue;
                bool amount = false, phrase = false;
                for (std::size_t b = 0, e; b < q.counted.size(); b = e + 1) {
                    e = std::min(q.counted.find(' ', b), q.counted.size());
                    std::string w = lower(std::string_view(q.counted).substr(b, e - b));
                    amount = amount || amount_unit(w) || w == "mln" || w == "bln" || w == "million" || w == "billion";
                    phrase = phrase || b > 0;
                }
                if (amount || (!phrase && (c.verb.size() < 4 || roles::is_function_word(c.verb)))) continue;
                // The sentence's names, once the cheap tests have passed (a long sentence is read once per count).
                c.names = capitalised_words(src, src.sentences[q.sentence].span, q.span);
                std::erase_if(c.names, [](const std::string& n) { return roles::is_calendar_word(n); });
                for (const auto& d : ex.dates)
                    if (d.sentence == q.sentence && d.context == DateContext::body)
                        c.dates.insert(d.value.empty() ? d.text : d.value);
                c.undated = c.dates.empty();
                // An undated sentence of an article tells the day's news, as for tolls.
                if (c.undated && src.published) c.dates.insert(calendar::format_day(*src.published));
                by_thing[lower(q.counted) + "|" + std::string(event_of(src, q))].push_back(std::move(c));
            }
        }
        std::map<std::pair<std::size_t, std::size_t>, bool> one_story;  // (source, source) -> alike
        TextVectors stories;
        std::map<std::size_t, std::size_t> story_of;
        auto story = [&](std::size_t source) {
            auto [it, fresh] = story_of.try_emplace(source, 0);
            if (fresh) it->second = stories.add(ctx.corpus.sources[source].text);
            return it->second;
        };
        auto same_story_of = [&](std::size_t a, std::size_t b) {
            if (a == b) return true;
            const Source& sa = ctx.corpus.sources[a];
            const Source& sb = ctx.corpus.sources[b];
            if (!sa.published || !sb.published ||
                std::abs((std::chrono::sys_days{*sa.published} - std::chrono::sys_days{*sb.published}).count()) > 7)
                return false;
            auto [memo, fresh] = one_story.try_emplace({a, b}, false);
            if (fresh) memo->second = stories.similarity(story(a), story(b)) >= kOneStory;
            return memo->second;
        };
        std::set<std::tuple<std::string, std::size_t, double>> gives;  // (thing, source, value)
        for (const auto& [thing, counts] : by_thing)
            for (const Count& c : counts) gives.insert({thing, c.source, c.q->value});
        std::set<std::pair<std::size_t, std::size_t>> reported;  // (source, offset) already evidence
        for (std::size_t k = 0; k < before; ++k)
            for (const Evidence& e : out[k].evidence) reported.insert({e.source, e.span.begin});
        for (auto& [thing, counts] : by_thing) {
            if (counts.size() > 256) continue;  // a phrase every story counts ("people") tells no story apart
            // A sentence counting one thing twice lists things apart ("X, which employs 880 people; Y, which
            // employs 755 people"): none of its counts is the story's one count.
            std::map<std::pair<std::size_t, std::size_t>, int> per_sentence;
            for (const Count& c : counts) ++per_sentence[{c.source, c.q->sentence}];
            std::erase_if(counts, [&](const Count& c) { return per_sentence[{c.source, c.q->sentence}] > 1; });
            for (std::size_t j = 0; j < counts.size(); ++j)
                for (std::size_t i = 0; i < j; ++i) {
                    const Count& a = counts[i];
                    const Count& b = counts[j];
                    if (a.q->value == b.q->value || (a.source == b.source && a.q->sentence == b.q->sentence)) continue;
                    bool phrase = a.q->counted.find(' ') != std::string::npos;
                    if (!phrase && a.verb != b.verb) continue;
                    if (std::none_of(a.names.begin(), a.names.end(), [&](const std::string& n) { return b.names.contains(n); }))
                        continue;
                    // One article dates what it counts alike ("now" is the day's news, "last year" another count);
                    // two articles may date one count and leave it undated in the other.
                    if (a.dates != b.dates && (a.source == b.source || (!a.undated && !b.undated))) continue;
                    if (a.source != b.source &&
                        (gives.contains({thing, a.source, b.q->value}) || gives.contains({thing, b.source, a.q->value})))
                        continue;
                    if (reported.contains({b.source, b.q->span.begin}) || reported.contains({a.source, a.q->span.begin})) continue;
                    if (!same_story_of(a.source, b.source)) continue;
                    reported.insert({b.source, b.q->span.begin});
                    Finding f;
                    f.rule = std::string(id());
                    f.severity = default_severity();
                    f.confidence = 0.55;
                    f.message = a.source == b.source
                                    ? fmt::format("{} here, but {} earlier in this article", b.q->text, a.q->text)
                                    : fmt::format("{} here, but {} in {} on the same story", b.q->text, a.q->text,
                                                  ctx.corpus.sources[a.source].id);
                    f.evidence.push_back(ctx.evidence(b.source, b.q->span));
                    f.evidence.push_back(ctx.evidence(a.source, a.q->span, "conflicts-with"));
                    out.push_back(std::move(f));
                    break;
                }
        }
    }

    // The second kind of evidence, for counts with no names around them too: one sentence restated in another
    // article of the same story with another count of the same thing (checks/restated.hpp).
    void restated(const CheckContext& ctx, std::vector<Finding>& out) const {
        std::vector<StatedValue> values;
        std::vector<const Quantity*> counts;
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const Source& src = ctx.corpus.sources[s];
            for (const auto& q : ctx.corpus.extractions[s].quantities) {
                if (!countable(q) || q.sentence >= src.sentences.size()) continue;
                values.push_back(StatedValue{s, src.sentences[q.sentence].span, q.span, fmt::format("{}", q.value)});
                counts.push_back(&q);
            }
        }
        for (auto [i, j] : restated_values(ctx.corpus, values, id(), out)) {
            const Quantity& a = *counts[i];
            const Quantity& b = *counts[j];
            if (a.unit != b.unit || a.whole != b.whole || lower(a.counted) != lower(b.counted)) continue;  // counts of other things
            out.push_back(restated_finding(ctx, id(), default_severity(), values[i], values[j]));
        }
    }

    static bool far_apart(const Source& a, const Source& b) {
        if (!a.published || !b.published) return false;
        auto days = (std::chrono::sys_days{*a.published} - std::chrono::sys_days{*b.published}).count();
        return std::abs(days) > max_days_apart;
    }
};

}  // namespace

std::unique_ptr<Check> make_number_conflict() { return std::make_unique<NumberConflict>(); }

}  // namespace crosscheck
