// date.anachronism: dates that cannot stand where they stand given the article's publication date:
//  - a past-tense event dated after publication ("the ministers met on Aug. 2, 2018" in an article published
//    2018-07-25), right after a past verb ("met on", "was killed in"): dates whose year the text states, and
//    days without a year at most two weeks after publication ("announced the results on March 14" on March 10);
//  - a reader comment dated before the article was published (a comment cannot precede its article).
// A copyright year later than the events or the comments is normal (site footers carry the current year) and is
// never reported; without a publication date nothing is reported.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "checks/check.hpp"
#include "knowledge/calendar.hpp"

namespace crosscheck {

namespace {

using namespace std::chrono;

// Is w one of a list of words?
template <class List>
bool in(const List& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// A past event dated this many days after publication without a year is reported (see soon_after).
constexpr int kYearlessReach = 14;

class DateAnachronism : public Check {
public:
    std::string_view id() const override { return "date.anachronism"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override {
        return "a past event is dated after publication, or a comment before it";
    }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        for (std::size_t s = 0; s < ctx.corpus.extractions.size(); ++s) {
            const auto& src = ctx.corpus.sources[s];
            if (!src.published || !src.published->ok()) continue;
            const year_month_day pub = *src.published;
            for (const auto& m : ctx.corpus.extractions[s].dates) {
                if (m.context == DateContext::comment && m.day && *m.day < pub) {
                    out.push_back(finding(ctx, s, m, 0.8,
                                          fmt::format("a reader comment is dated {}, before the article was "
                                                      "published ({})",
                                                      calendar::format_day(*m.day), calendar::format_day(pub))));
                } else if (m.context == DateContext::body && m.past && !m.future &&
                           (m.year ? after(m, pub) : soon_after(m, pub) && plainly_past(src, m)) &&
                           governed_by_past_verb(src, m)) {
                    out.push_back(finding(ctx, s, m, 0.7,
                                          fmt::format("a past event is dated {}, after the article's publication "
                                                      "date ({})",
                                                      m.value, calendar::format_day(pub))));
                }
            }
        }
    }

private:
    // The verb right before the date (past its preposition) is a past form: "met on", "was killed in", "began
    // on". The clause's tense alone is not enough: "signed in 2015, expires in 2025". Not a past event:
    //  - a deadline or the start of a range: "shipped by September 30", "until", "before", "from ... to";
    //  - a participle after an auxiliary or modal: "must be registered and shipped by", "will be dated and
    //    delivered April 16", "when the product is launched in March";
    //  - the name of a period: "the year ended June 30", "the quarter ending";
    //  - a date that is the predicate of "was"/"were": "the original exercise date was April 15" (a date named,
    //    not an event dated).
    static bool governed_by_past_verb(const Source& src, const DateMention& m) {
        static constexpr std::array<std::string_view, 22> irregular = {
            "met", "began", "came", "went", "took", "held", "gave", "left", "sent", "spoke", "fell", "won", "lost",
            "struck", "fought", "fled", "rose", "was", "were", "died", "led", "hit"};
        static constexpr std::array<std::string_view, 7> prepositions = {"on", "in", "at", "of", "since", "during", "around"};
        static constexpr std::array<std::string_view, 6> not_event = {"by", "until", "till", "before", "from", "through"};
        static constexpr std::array<std::string_view, 14> auxiliaries = {
            "is", "are", "be", "being", "will", "would", "must", "shall", "should", "can", "could", "may", "might", "to"};
        static constexpr std::array<std::string_view, 9> periods = {
            "year", "years", "quarter", "quarters", "period", "month", "months", "week", "half"};
        if (fronted(src, m)) return true;
        if (object_before(src, m, [&](const std::string& w) { return in(irregular, w) || (w.size() > 4 && w.ends_with("ed")); }))
            return true;
        std::size_t i = m.span.begin;
        auto previous_word = [&]() {
            while (i > 0 && (src.text[i - 1] == ' ' || src.text[i - 1] == ',')) --i;
            std::size_t e = i;
            while (i > 0 && std::isalpha(static_cast<unsigned char>(src.text[i - 1]))) --i;
            std::string w;
            for (std::size_t j = i; j < e; ++j) w += static_cast<char>(std::tolower(static_cast<unsigned char>(src.text[j])));
            return w;
        };
        auto capitalised = [&]() { return i < src.text.size() && std::isupper(static_cast<unsigned char>(src.text[i])); };
        // Just before i, past spaces: a comma?
        auto comma_before = [&]() {
            std::size_t j = i;
            while (j > 0 && src.text[j - 1] == ' ') --j;
            return j > 0 && src.text[j - 1] == ',';
        };
        static constexpr std::array<std::string_view, 8> determiners = {"the", "a", "an", "her", "his", "their", "its", "our"};
        bool preposition = false;
        for (int k = 0; k < 2; ++k) {
            std::string w = previous_word();
            if (w.empty()) return false;
            if (in(not_event, w)) return false;
            if (in(prepositions, w)) {
                preposition = true;
                std::size_t mark = i;
                // A place between the verb and its date: "met in Brussels on June 8", "was signed at Camp David
                // on". One to four capitalised words after "in" or "at".
                int names = 0;
                std::string p;
                while (names < 5) {
                    p = previous_word();
                    if (p.empty() || !capitalised()) break;
                    ++names;
                }
                if (names == 0 || names > 4 || (p != "in" && p != "at")) i = mark;
                // An object with its apposition up to a comma: "married her second husband, retired federal
                // judge Arthur Kessler, in June 2026". The verb is at most four words before the apposition and
                // its object opens with a determiner.
                if (i == mark && comma_before()) {
                    auto c = src.text.rfind(',', i - 1);
                    c = c == std::string::npos ? c : src.text.rfind(',', c - 1);
                    if (c == std::string::npos || i - c > 80 || src.text.find_first_of(".;\n", c) < i) return false;
                    i = c;
                    std::string after;  // the word after the one read, toward the apposition
                    for (int n = 0; n < 5; ++n) {
                        std::string o = previous_word();
                        if (o.empty() || in(auxiliaries, o)) return false;
                        if (n > 0 && in(determiners, after) &&
                            (in(irregular, o) || (o.size() > 4 && o.ends_with("ed"))))
                            break;
                        if (n == 4) return false;
                        after = std::move(o);
                    }
                    // i is now at the verb: read it again below.
                    std::size_t e = i;
                    while (e < src.text.size() && std::isalpha(static_cast<unsigned char>(src.text[e]))) ++e;
                    i = e;
                }
                continue;
            }
            bool past = in(irregular, w) || (w.size() > 4 && w.ends_with("ed"));
            if (!past) return false;
            if ((w == "was" || w == "were") && !preposition) return false;
            // The words before the verb: an auxiliary or modal ("must be registered and shipped"), or a period
            // noun before "ended" ("year ended").
            for (int back = 0; back < 4; ++back) {
                std::string b = previous_word();
                if (b.empty()) break;
                if (in(auxiliaries, b)) return false;
                if (back == 0 && in(periods, b)) return false;
                // Only coordination and adverbs may stand between: "registered and shipped", "automatically".
                if (b != "and" && b != "or" && !b.ends_with("ly") && !(b.size() > 4 && b.ends_with("ed"))) break;
            }
            return true;
        }
        return false;
    }

    // A past verb, its object and the object's phrase, then "on" and the date: "announced the results of the vote
    // on March 14", "arrested the suspect on", "charged them on", "travelled to Paris on". The object opens with a
    // determiner or pronoun right after the verb (or the verb takes "to"/"with" and a name or determiner: "spoke
    // to the press on"), and the verb plans nothing ("called for the redemption on", "set the vote for"); at most eight
    // words, no punctuation and no clause word between the verb and the date; no auxiliary of the future, a modal
    // or "to" before the verb, nor a determiner ("the expected deal").
    template <class PastForm>
    static bool object_before(const Source& src, const DateMention& m, PastForm past_form) {
        if (m.sentence >= src.sentences.size()) return false;
        Span sentence = src.sentences[m.sentence].span;
        if (m.span.begin < sentence.begin) return false;
        struct W {
            std::string lower;
            bool capital;
        };
        std::vector<W> ws;  // nearest first
        std::size_t i = m.span.begin;
        while (ws.size() < 11) {
            while (i > sentence.begin && src.text[i - 1] == ' ') --i;
            std::size_t e = i;
            while (i > sentence.begin && (std::isalpha(static_cast<unsigned char>(src.text[i - 1])) || src.text[i - 1] == '\'' ||
                                          static_cast<unsigned char>(src.text[i - 1]) >= 0x80 ||  // "Inácio"
                                          (src.text[i - 1] == '-' && i - 1 > sentence.begin && std::isalpha(static_cast<unsigned char>(src.text[i - 2])))))
                --i;
            if (e == i) break;  // punctuation or the sentence's start
            std::string w;
            for (std::size_t k = i; k < e; ++k) w += static_cast<char>(std::tolower(static_cast<unsigned char>(src.text[k])));
            ws.push_back({std::move(w), std::isupper(static_cast<unsigned char>(src.text[i])) != 0});
        }
        if (ws.size() < 3 || ws[0].lower != "on") return false;
        static constexpr std::array<std::string_view, 14> objects = {
            "the", "a", "an", "his", "her", "their", "its", "our", "him", "them", "it", "two", "three", "several"};
        static constexpr std::array<std::string_view, 16> clause = {
            "that", "which", "who", "whom", "when", "where", "while", "after", "before", "and", "but", "or", "if",
            "because", "until", "since"};
        static constexpr std::array<std::string_view, 18> not_past = {
            "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "be", "being", "is",
            "are", "the", "a", "an", "not"};
        // Verbs whose object is an event to come, which the date may be of: "called for the redemption on April 10".
        static constexpr std::array<std::string_view, 11> planning = {
            "set", "scheduled", "planned", "proposed", "fixed", "urged", "sought", "requested", "postponed",
            "demanded", "asked"};
        for (std::size_t v = 2; v < ws.size() && v <= 9; ++v) {
            if (in(clause, ws[v - 1].lower)) return false;
            if (!past_form(ws[v].lower) || in(planning, ws[v].lower)) continue;
            const std::string& next = ws[v - 1].lower;
            bool object = in(objects, next) ||
                          ((next == "to" || next == "with") && v >= 2 &&
                           (ws[v - 2].capital || in(objects, ws[v - 2].lower)));
            if (!object) continue;
            return v + 1 >= ws.size() || !in(not_past, ws[v + 1].lower);
        }
        return false;
    }

    // A date fronted before its clause: "On June 8, 2024, the ministers agreed to the plan." The sentence opens
    // with "On" or "In" and the date, a comma, then a subject of at most five words and a past verb (not one
    // after an article: "the expected deal"; no modal or present auxiliary before it).
    static bool fronted(const Source& src, const DateMention& m) {
        if (m.sentence >= src.sentences.size()) return false;
        Span sentence = src.sentences[m.sentence].span;
        if (m.span.begin < sentence.begin || m.span.end > sentence.end) return false;
        auto head = std::string_view(src.text).substr(sentence.begin, m.span.begin - sentence.begin);
        if (head != "On " && head != "In ") return false;
        std::size_t i = m.span.end;
        if (i >= sentence.end || src.text[i] != ',') return false;
        static constexpr std::array<std::string_view, 16> stop = {
            "is", "are", "am", "be", "will", "would", "must", "shall", "should", "can", "could", "may", "might", "to",
            "has", "have"};
        static constexpr std::array<std::string_view, 17> irregular = {
            "met", "began", "came", "went", "took", "held", "gave", "left", "sent", "spoke", "fell", "won", "lost",
            "struck", "was", "were", "died"};
        std::string prev;
        for (int n = 0; n < 7; ++n) {
            while (i < sentence.end && !std::isalpha(static_cast<unsigned char>(src.text[i]))) {
                if (src.text[i] == ',' && n > 0) return false;  // another clause or a list
                ++i;
            }
            std::size_t b = i;
            while (i < sentence.end && std::isalpha(static_cast<unsigned char>(src.text[i]))) ++i;
            if (b == i) return false;
            std::string w;
            for (std::size_t k = b; k < i; ++k) w += static_cast<char>(std::tolower(static_cast<unsigned char>(src.text[k])));
            if (std::find(stop.begin(), stop.end(), w) != stop.end()) return false;
            bool article = prev == "the" || prev == "a" || prev == "an";
            if (n > 0 && !article &&
                (std::find(irregular.begin(), irregular.end(), w) != irregular.end() ||
                 (w.size() > 4 && w.ends_with("ed"))))
                return true;
            prev = std::move(w);
        }
        return false;
    }

    // A day without its year ("announced the results on March 14" in an article of March 10) a few days after
    // publication: copy writes a day of last year with its year or "last" ("March 14 last year"), so a past
    // event within two weeks ahead is a slip of the day, not last year's.
    static bool soon_after(const DateMention& m, year_month_day pub) {
        if (m.granularity != Granularity::day || !m.day || !m.month || !m.mday || m.relative == false) return false;
        auto days = (sys_days{*m.day} - sys_days{pub}).count();
        return days >= 1 && days <= kYearlessReach;
    }

    // For a day without its year, the sentence up to it must tell of the past alone: no future, modal or plan
    // word ("will be dated and delivered March 16", "was to have left April 30", "held on March 13 and each right
    // will ..."), no present perfect ("it has fixed April 3": a date named, not an event dated), and the verb before the date is no participle naming a document or period ("a prospectus dated
    // March 20", "fiscal 1985/86 ended March 31").
    static bool plainly_past(const Source& src, const DateMention& m) {
        if (m.sentence >= src.sentences.size()) return false;
        Span sentence = src.sentences[m.sentence].span;
        std::string_view before = std::string_view(src.text).substr(sentence.begin, m.span.begin - sentence.begin);
        static constexpr std::array<std::string_view, 24> unsure = {
            "will",     "would",  "shall",    "should",   "could",     "may",    "might",  "must",
            "to be",    "to have", "was to",  "were to",  "expected",  "scheduled", "planned", "set to",
            "due to",   "dated",  "ended",    "ending",   "fiscal",    "effective", "has",  "have"};
        std::string lower;
        lower.reserve(before.size() + 2);
        lower += ' ';
        for (char c : before) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        lower += ' ';
        for (std::string_view w : unsure)
            for (std::size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1))
                if (!std::isalpha(static_cast<unsigned char>(lower[at - 1])) &&
                    !std::isalpha(static_cast<unsigned char>(lower[at + w.size()])))
                    return false;
        return true;
    }

    // Strictly after the publication date, at the mention's own granularity.
    static bool after(const DateMention& m, year_month_day pub) {
        switch (m.granularity) {
            case Granularity::day: return m.day && *m.day > pub;
            case Granularity::month:
                return m.month && year_month{year{m.year}, month{m.month}} > year_month{pub.year(), pub.month()};
            default: return false;
        }
    }

    Finding finding(const CheckContext& ctx, std::size_t s, const DateMention& m, double confidence,
                    std::string message) const {
        Finding f;
        f.rule = std::string(id());
        f.severity = default_severity();
        f.confidence = confidence;
        f.message = std::move(message);
        f.evidence.push_back(ctx.evidence(s, m.span));
        return f;
    }
};

}  // namespace

std::unique_ptr<Check> make_date_anachronism() { return std::make_unique<DateAnachronism>(); }

}  // namespace crosscheck
