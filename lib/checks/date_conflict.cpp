// date.conflict: one event given two different days, within an article or across articles ("the ceasefire,
// which began on Feb. 27" / "the ceasefire began on Feb. 29"). Conservative by design: the event is a salient
// event noun ("ceasefire", "summit", "election") governing the date through at most a phase verb ("began on",
// "was held on", "took effect on"; a verb is required), not introduced as one of several ("a", "another", "second"); two mentions
// are the same event when noun and phase agree and, across articles, their sentences share a participant.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "checks/check.hpp"
#include "checks/restated.hpp"

namespace crosscheck {

namespace {

struct Word {
    std::string text;   // lower case
    bool capital = false;
    Span span;
};

std::vector<Word> words_of(const std::string& text, Span range) {
    std::vector<Word> out;
    std::size_t i = range.begin;
    auto is_word = [&](std::size_t k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        return std::isalnum(c) || c == '-' || c >= 0x80;
    };
    while (i < range.end) {
        if (!is_word(i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < range.end && is_word(j)) ++j;
        Word w;
        w.span = {i, j};
        w.capital = std::isupper(static_cast<unsigned char>(text[i])) != 0;
        for (std::size_t k = i; k < j; ++k) w.text += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
        out.push_back(std::move(w));
        i = j;
    }
    return out;
}

// The last `count` words of words_of(text, range), found from the range's end: the walk back from a date reads only
// those, and a sentence's start need not be split into words for it.
std::vector<Word> last_words_of(const std::string& text, Span range, std::size_t count) {
    auto is_word = [&](std::size_t k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        return std::isalnum(c) || c == '-' || c >= 0x80;
    };
    std::size_t j = range.end;
    std::size_t begin = range.begin;  // where the last `count` words begin (range.begin if there are fewer)
    for (std::size_t found = 0; found < count; ++found) {
        while (j > range.begin && !is_word(j - 1)) --j;
        if (j == range.begin) break;
        while (j > range.begin && is_word(j - 1)) --j;
        begin = j;
    }
    return words_of(text, {begin, range.end});
}

bool event_noun(const std::string& w) {
    static constexpr std::array<std::string_view, 55> nouns = {
        "ceasefire", "cease-fire", "truce", "armistice", "attack", "bombing", "explosion", "blast", "earthquake",
        "election", "elections", "referendum", "vote", "summit", "meeting", "talks", "conference", "invasion",
        "offensive", "coup", "agreement", "deal", "accord", "treaty", "shooting", "crash", "uprising",
        "inauguration", "funeral", "trial", "verdict", "ruling", "hearing", "launch", "visit", "raid", "siege",
        "massacre", "assassination", "ceremony", "debate", "withdrawal", "resignation", "arrest", "lockdown",
        "merger", "strike", "intervention", "quake", "tremor", "eruption", "evacuation", "flood", "flooding",
        "fire"};
    return std::find(nouns.begin(), nouns.end(), w) != nouns.end();
}

// One event under two nouns ("the quake" ... "the earthquake"): the noun the events are compared by.
std::string canonical_event(const std::string& w) {
    if (w == "quake" || w == "tremor") return "earthquake";
    if (w == "cease-fire" || w == "truce") return "ceasefire";
    if (w == "flooding") return "flood";
    return w;
}

// The phase of the event a verb dates: "began" -> start, "ended" -> end, "was held" -> occur.
std::string phase_of(const std::string& w) {
    static constexpr std::array<std::string_view, 14> start = {
        "began", "begun", "begins", "start", "started", "starts", "effect", "force", "launched", "declared",
        "opened", "kicked", "commenced", "entered"};
    static constexpr std::array<std::string_view, 8> end = {"ended", "ends", "expired", "expires", "collapsed",
                                                            "lifted", "concluded", "closed"};
    if (std::find(start.begin(), start.end(), w) != start.end()) return "start";
    if (std::find(end.begin(), end.end(), w) != end.end()) return "end";
    static constexpr std::array<std::string_view, 10> occur = {"held", "place", "signed", "happened", "occurred",
                                                               "struck", "staged", "hit", "erupted", "issued"};
    if (std::find(occur.begin(), occur.end(), w) != occur.end()) return "occur";
    return "";
}

bool clock_word(const std::string& w);

// Words allowed between the event noun and its date besides phase verbs: "which began on", "was held on".
bool filler(const std::string& w) {
    static constexpr std::array<std::string_view, 24> words = {
        "which", "that", "was", "were", "is", "had", "has", "have", "been", "be", "officially", "formally",
        "on", "in", "of", "took", "came", "into", "went", "finally", "set", "reportedly", "first", "only"};
    if (std::find(words.begin(), words.end(), w) != words.end()) return true;
    return clock_word(w);
}

// A word of a time of day between the verb and the date ("hit at 8.39am on Monday", "at 10 p.m. local time on").
bool clock_word(const std::string& w) {
    static constexpr std::array<std::string_view, 12> clock = {"at", "am", "pm", "a", "p", "m", "local", "time",
                                                               "gmt", "utc", "midnight", "noon"};
    if (std::find(clock.begin(), clock.end(), w) != clock.end()) return true;
    std::size_t digits = 0;
    while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
    std::string_view rest = std::string_view(w).substr(digits);
    return digits > 0 && digits <= 4 && (rest.empty() || rest == "am" || rest == "pm" || rest == "h" || rest == "hrs");
}

// Prepositions that open a phrase the walk may skip between the noun and its verb ("the strike by 350 bin workers
// began on", "the ceasefire between Israel and Hamas took effect on", "the truce with Hamas began on", "the strike
// over pay began on").
bool skippable_preposition(const std::string& w) {
    static constexpr std::array<std::string_view, 15> words = {"by",   "between", "of",   "in",     "at",
                                                               "against", "involving", "with", "over", "for",
                                                               "on",   "near",    "across", "from", "among"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

// Words a skipped phrase may not hold: they open a clause of their own, whose verb may date another event.
bool clause_word(const std::string& w) {
    static constexpr std::array<std::string_view, 16> words = {
        "which", "that", "who", "whose", "when", "while", "after", "before", "but", "said", "says", "since", "than",
        "until", "as", "because"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

// Words before the noun that make it one event among several.
bool distinct_event_marker(const std::string& w) {
    static constexpr std::array<std::string_view, 14> words = {
        "a", "an", "another", "second", "third", "first", "next", "previous", "earlier", "latest", "new", "last",
        "each", "every"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

struct Dated {
    std::size_t source;
    const DateMention* date;
    std::string noun, phase;
    std::set<std::string> participants;  // capitalised words of the sentence (not its first word)
    std::set<std::string> article;       // names of the article's title and lead (lower case words)
    bool definite = false;               // "the earthquake, which struck on": a reference back
    std::string same;                    // a key shared with the article's first event of the noun, or empty
};

// Two articles of one story share at least this many names of title and lead: two outlets rarely name the same
// entity in the one sentence that dates an event, but their headlines and leads name the story's.
constexpr std::size_t kSharedArticleNames = 2;
constexpr int kArticleDays = 4;  // and were published at most this many days apart

// The stated day of a mention as a comparable key: year-month-day, or month-day when either side lacks a year.
std::string day_key(const DateMention& m, bool with_year) {
    if (with_year) return m.value;
    return fmt::format("{:02}-{:02}", m.month, m.mday);
}

// fmt::format("{}-{:02}-{:02}", year, month, day) without the formatter: one key per dated sentence.
std::string day_value(int year, unsigned month, unsigned day) {
    std::string out = std::to_string(year);
    for (unsigned v : {month, day}) {
        out += '-';
        if (v < 10) out += '0';
        out += std::to_string(v);
    }
    return out;
}

// The stated year, else the one resolved from the publication date; 0 when unknown.
int year_of(const DateMention& m) {
    if (m.year) return m.year;
    return m.day ? static_cast<int>(m.day->year()) : 0;
}

class DateConflict : public Check {
public:
    std::string_view id() const override { return "date.conflict"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override { return "one event is given different dates"; }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        std::vector<Dated> events;
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s)
            for (const auto& m : ctx.corpus.extractions[s].dates)
                if (auto e = event_of(ctx.corpus.sources[s], ctx.corpus.extractions[s], s, m)) events.push_back(std::move(*e));
        // Within one article "the earthquake" refers back to the event of that noun told first: the two share a
        // participant whatever the names around them.
        std::set<std::pair<std::size_t, std::string>> told;
        for (auto& e : events)
            if (told.insert({e.source, e.noun}).second || e.definite)
                e.same = fmt::format("\x01same:{}:{}", e.source, e.noun);

        // Index instead of comparing every pair of events: for each event key (noun/phase) and participant, the
        // earlier events grouped by their stated day. A later event only looks at the days it shares a participant
        // with, and within a day only at the first event (every event of one day gives the same report; one
        // report per event key and value), so
        // near-copies of one story repeating one date cost one look-up each.
        using DayKey = std::tuple<int, unsigned, unsigned>;  // stated or resolved year (0 unknown), month, day
        std::map<std::string, std::map<std::string, std::map<DayKey, std::vector<std::size_t>>>> index;
        std::set<std::pair<std::string, std::string>> reported;  // (event key, value) already reported
        std::map<std::string, std::vector<std::size_t>> by_article;  // event key + article name -> events
        for (std::size_t j = 0; j < events.size(); ++j) {
            const Dated& b = events[j];
            std::string key = b.noun + "/" + b.phase;
            auto& by_participant = index[key];
            auto participants = participant_keys(b);
            int yb = year_of(*b.date);
            DayKey db{yb, b.date->month, b.date->mday};
            std::set<std::size_t> candidates;  // the first event of each other day, in corpus order
            for (const auto& p : participants) {
                auto it = by_participant.find(p);
                if (it == by_participant.end()) continue;
                for (const auto& [day, list] : it->second) {
                    if (day == db) continue;
                    for (std::size_t i : list) {
                        const Dated& a = events[i];
                        if (a.source == b.source && a.date->sentence == b.date->sentence) continue;
                        candidates.insert(i);
                        break;
                    }
                }
            }
            // Across articles of one story, also events whose articles share title and lead names.
            {
                std::map<std::size_t, std::size_t> shared;  // first event of another day -> names shared
                for (const auto& p : b.article) {
                    auto it = by_article.find(key + "\x02" + p);
                    if (it == by_article.end()) continue;
                    std::set<std::size_t> seen_sources;
                    // The latest events only: an archive can hold thousands of stories about one country's talks.
                    const auto& list = it->second;
                    for (std::size_t n = list.size() > 256 ? list.size() - 256 : 0; n < list.size(); ++n) {
                        std::size_t i = list[n];
                        const Dated& a = events[i];
                        if (a.source == b.source || !seen_sources.insert(a.source).second) continue;
                        if (!near_in_time(ctx.corpus.sources[a.source], ctx.corpus.sources[b.source])) continue;
                        ++shared[i];
                    }
                }
                for (auto [i, n] : shared) {
                    DayKey da{year_of(*events[i].date), events[i].date->month, events[i].date->mday};
                    if (n >= kSharedArticleNames && da != db) candidates.insert(i);
                }
            }
            for (std::size_t i : candidates) {
                const Dated& a = events[i];
                // Years that differ name different events ("the 2015 truce", "the 2016 truce").
                int ya = year_of(*a.date);
                if (ya && yb && ya != yb) continue;
                bool with_year = ya && yb;
                std::string ka = day_key(*a.date, with_year), kb = day_key(*b.date, with_year);
                if (ka == kb) continue;
                if (!reported.insert({key, kb}).second) continue;
                Finding f;
                f.rule = std::string(id());
                f.severity = default_severity();
                f.confidence = a.source == b.source ? 0.8 : 0.7;
                std::string verb = a.phase == "start" ? " began" : a.phase == "end" ? " ended" : "";
                f.message = fmt::format("the {}{} on {} here, but on {} elsewhere", a.noun, verb, b.date->text,
                                        a.date->text);
                f.evidence.push_back(ctx.evidence(b.source, b.date->span));
                f.evidence.push_back(ctx.evidence(a.source, a.date->span, "conflicts-with"));
                out.push_back(std::move(f));
            }
            for (const auto& p : participants) by_participant[p][db].push_back(j);
            for (const auto& p : b.article) by_article[key + "\x02" + p].push_back(j);
        }
        restated(ctx, out);
    }

private:
    // The second kind of evidence, for any stated day: one sentence restated in another article of the same story
    // with another day (checks/restated.hpp).
    void restated(const CheckContext& ctx, std::vector<Finding>& out) const {
        std::vector<StatedValue> values;
        std::vector<const DateMention*> dates;
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const Source& src = ctx.corpus.sources[s];
            for (const auto& m : ctx.corpus.extractions[s].dates) {
                if (!m.month || !m.mday || m.context != DateContext::body || m.sentence >= src.sentences.size()) continue;
                // Year, month and day: the year, when stated, must agree too (years that differ are other events).
                values.push_back(StatedValue{s, src.sentences[m.sentence].span, m.span,
                                             day_value(year_of(m), m.month, m.mday)});
                dates.push_back(&m);
            }
        }
        for (auto [i, j] : restated_values(ctx.corpus, values, id(), out)) {
            const DateMention& a = *dates[i];
            const DateMention& b = *dates[j];
            int ya = year_of(a), yb = year_of(b);
            if (ya && yb && ya != yb) continue;
            if (ya && yb ? day_key(a, true) == day_key(b, true) : day_key(a, false) == day_key(b, false)) continue;
            out.push_back(restated_finding(ctx, id(), default_severity(), values[i], values[j]));
        }
        restated_weekdays(ctx, out);
    }

    // The same for a day named by its weekday ("said on Tuesday"), the way current news dates most events: one
    // sentence restated with another weekday. Weekdays are compared among themselves only (a weekday resolved
    // against the publication date is too weak to contradict a stated day), and the weekdays as written must
    // differ too: one sentence republished a week later keeps its weekday while the day it names moves.
    void restated_weekdays(const CheckContext& ctx, std::vector<Finding>& out) const {
        std::vector<StatedValue> values;
        std::vector<const DateMention*> dates;
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const Source& src = ctx.corpus.sources[s];
            for (const auto& m : ctx.corpus.extractions[s].dates) {
                if (!m.stated_weekday || m.month || m.mday || m.context != DateContext::body ||
                    m.sentence >= src.sentences.size())
                    continue;
                // Without a publication date the weekday is all there is to compare.
                std::string key = m.day ? m.value : fmt::format("weekday:{}", m.stated_weekday->c_encoding());
                values.push_back(StatedValue{s, src.sentences[m.sentence].span, m.span, std::move(key)});
                dates.push_back(&m);
            }
        }
        for (auto [i, j] : restated_values(ctx.corpus, values, id(), out)) {
            const DateMention& a = *dates[i];
            const DateMention& b = *dates[j];
            if (*a.stated_weekday != *b.stated_weekday && a.day.has_value() == b.day.has_value())
                out.push_back(restated_finding(ctx, id(), default_severity(), values[i], values[j]));
        }
    }

    // Two events share a participant when their sentences share a capitalised word; two events without any
    // share one when they are in the same source. Keys for the index: the participants, or the source.
    static std::vector<std::string> participant_keys(const Dated& d) {
        std::vector<std::string> keys(d.participants.begin(), d.participants.end());
        if (d.participants.empty()) keys.push_back(fmt::format("\x01source:{}", d.source));
        if (!d.same.empty()) keys.push_back(d.same);
        return keys;
    }

    static bool near_in_time(const Source& a, const Source& b) {
        if (!a.published || !b.published) return false;
        auto days = (std::chrono::sys_days{*a.published} - std::chrono::sys_days{*b.published}).count();
        return days <= kArticleDays && days >= -kArticleDays;
    }

    // The lower-case words of the names (people, places, organisations) in the article's title and lead: the
    // text up to the end of its first long sentence.
    static std::set<std::string> article_names(const Source& src, const Extraction& x) {
        std::size_t lead_end = 0;
        for (const auto& sentence : src.sentences) {
            lead_end = sentence.span.end;
            if (sentence.span.size() > 80) break;
        }
        std::set<std::string> out;
        auto add = [&](const auto& mentions) {
            for (const auto& n : mentions) {
                if (n.span.begin >= lead_end) continue;
                for (const auto& w : words_of(src.text, n.span))
                    if (w.capital && w.text.size() > 1) out.insert(w.text);
            }
        };
        add(x.organisations);
        add(x.places);
        add(x.people_mentions);
        return out;
    }

    // Whether the title or lead (as in article_names) holds the event noun.
    static bool about(const Source& src, const std::string& noun) {
        std::size_t lead_end = 0;
        for (const auto& sentence : src.sentences) {
            lead_end = sentence.span.end;
            if (sentence.span.size() > 80) break;
        }
        auto words = words_of(src.text, {0, std::min(lead_end, src.text.size())});
        return std::any_of(words.begin(), words.end(), [&](const Word& w) { return w.text == noun; });
    }

    // Whether a word lies in an extracted organisation, place or person mention.
    static bool named(const Extraction& x, Span w) {
        auto in = [&](const auto& mentions) {
            return std::any_of(mentions.begin(), mentions.end(), [&](const auto& n) { return n.span.contains(w); });
        };
        return in(x.organisations) || in(x.places) || in(x.people_mentions);
    }

    // Whether the word at w is also written capitalised inside a sentence of the article: a name, not the
    // capital every first word has.
    static bool capitalised_elsewhere(const std::string& text, Span w) {
        auto word = std::string_view(text).substr(w.begin, w.size());
        auto is_word = [&](std::size_t k) {
            unsigned char c = static_cast<unsigned char>(text[k]);
            return std::isalnum(c) || c == '-' || c >= 0x80;
        };
        for (auto p = text.find(word); p != std::string::npos; p = text.find(word, p + 1)) {
            if (p == w.begin || p == 0 || is_word(p - 1) || (p + word.size() < text.size() && is_word(p + word.size())))
                continue;
            std::size_t q = p;
            while (q > 0 && text[q - 1] == ' ') --q;
            if (q > 0 && (is_word(q - 1) || text[q - 1] == ',')) return true;
        }
        return false;
    }

    static std::optional<Dated> event_of(const Source& src, const Extraction& x, std::size_t s,
                                         const DateMention& m) {
        // Stated days only: a weekday resolved against the publication date is too weak to contradict.
        if (!m.month || !m.mday || m.context != DateContext::body) return std::nullopt;
        if (m.sentence >= src.sentences.size()) return std::nullopt;
        Span sentence = src.sentences[m.sentence].span;
        if (m.span.begin < sentence.begin) return std::nullopt;
        // The walk reads at most six words, one skipped phrase of at most kSkip words, and the word before them.
        constexpr std::size_t kSkip = 10;
        auto before = last_words_of(src.text, {sentence.begin, m.span.begin}, 7 + kSkip);
        // Walk back from the date over fillers and phase verbs (at most six words) to an event noun.
        Dated d{s, &m, "", "", {}};
        std::size_t steps = 0;
        bool skipped = false;
        for (std::size_t k = before.size(); k-- > 0 && steps < 6; ++steps) {
            const std::string& w = before[k].text;
            // A time of day counts as one word however it is written ("at 2 a.m.", "at 10 p.m. local time").
            if (clock_word(w) && k + 1 < before.size() && clock_word(before[k + 1].text)) --steps;
            if (event_noun(w)) {
                if (k > 0 && distinct_event_marker(before[k - 1].text)) return std::nullopt;
                d.noun = canonical_event(w);
                d.definite = k > 0 && before[k - 1].text == "the";
                break;
            }
            std::string p = phase_of(w);
            if (!p.empty()) {
                if (d.phase.empty()) d.phase = p;
                continue;
            }
            if (filler(w)) continue;
            // Once, after the verb: a phrase between the noun and its verb, "by 350 bin workers, members of the
            // Unite union," or "between Israel and Hamas". It opens with a preposition or a comma right after the
            // noun and holds no clause of its own.
            if (skipped || d.phase.empty()) return std::nullopt;
            std::size_t noun = k + 1;  // where the noun is found, if any
            for (std::size_t j = k + 1; j-- > 0 && k - j < kSkip;) {
                if (event_noun(before[j].text)) {
                    noun = j;
                    break;
                }
                if (clause_word(before[j].text) || !phase_of(before[j].text).empty()) break;
            }
            if (noun > k || noun + 1 > k) return std::nullopt;
            auto gap = std::string_view(src.text).substr(before[noun].span.end,
                                                         before[noun + 1].span.begin - before[noun].span.end);
            if (!skippable_preposition(before[noun + 1].text) && gap.find(',') == std::string_view::npos)
                return std::nullopt;
            skipped = true;
            k = noun + 1;  // the loop steps back to the noun
        }
        // A noun alone ("the summit on June 12") may name one day of several; a verb must date the event.
        if (d.noun.empty() || d.phase.empty()) return std::nullopt;
        // Only an article whose title or lead is about the event: two stories of a week may each mention
        // another strike of the same place.
        if (about(src, d.noun)) d.article = article_names(src, x);
        auto all = words_of(src.text, sentence);
        // The first word is capitalised as any sentence's is; it names a participant only when it begins a known
        // organisation, place or person, or a word the article capitalises inside sentences too ("Unite said the
        // strike, which began on March 10, ...").
        bool first = !all.empty() && all[0].capital &&
                     (named(x, all[0].span) || capitalised_elsewhere(src.text, all[0].span));
        for (std::size_t k = first ? 0 : 1; k < all.size(); ++k)
            if (all[k].capital && !m.span.contains(all[k].span) && all[k].text.size() > 1) d.participants.insert(all[k].text);
        return d;
    }
};

}  // namespace

std::unique_ptr<Check> make_date_conflict() { return std::make_unique<DateConflict>(); }

}  // namespace crosscheck
