// Quotes, their speakers, and claims (reported speech). Runs grammars/attribution over each paragraph for quotes
// and over the whole text for speech cues, then pairs them in plain C++: a quote takes the cue of its own
// sentence ("...," Mattis said / said Antonov / X said: "..."), a cue takes the adjacent person or organisation
// found by the people grammar (extract_people runs first), and a quote with no cue of its own may continue the
// speaker of the quote before it (split quotes, quote paragraphs). Claims come from cues that take a clause
// ("X said that ...", "..., according to X", "X denied ...") and from each sentence of an attributed quote.
#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "extract/extract.hpp"
#include "model/span_index.hpp"
#include "grammars/attribution.hpp"
#include "knowledge/roles.hpp"
#include "knowledge/speech.hpp"
#include "util/find_bytes.hpp"

namespace crosscheck {

namespace {

namespace ga = grammars::attribution;
namespace x3 = boost::spirit::x3;

struct Cue {
    Span span;   // verb and complement: "told reporters"
    Span verb;
    int flags = 0;
};

// Someone who can speak: a person mention (named, title-only or pronoun) or an organisation.
struct Speaker {
    Span span;
    int mention = -1;
    std::string name;
    std::string organisation;
    bool found() const { return !span.empty(); }
};

bool blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (blank_byte(s.front()) || s.front() == ',' || s.front() == ':')) s.remove_prefix(1);
    while (!s.empty() && (blank_byte(s.back()) || s.back() == ',')) s.remove_suffix(1);
    return s;
}

// Does s hold no blank but single spaces between words (so squash would copy it as it is)? Most quoted and
// claimed text does; eight bytes are tested at a time, and a doubtful word answers no (squash then decides).
bool squashed(std::string_view s) {
    if (s.empty()) return true;
    if (s.front() == ' ' || s.back() == ' ') return false;
    std::size_t i = 0;
    if constexpr (std::endian::native == std::endian::little) {
        for (; i + 9 <= s.size(); i += 8) {
            std::uint64_t x, next;  // next: the same bytes moved one on, to find a space after a space
            std::memcpy(&x, s.data() + i, 8);
            std::memcpy(&next, s.data() + i + 1, 8);
            if (bytes_equal(x, '\t') | bytes_equal(x, '\r') | bytes_equal(x, '\n') | bytes_equal(x, 0xC2) |
                (bytes_equal(x, ' ') & bytes_equal(next, ' ')))
                return false;
        }
    }
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\t' || c == '\r' || c == '\n' || c == '\xC2' || (c == ' ' && i + 1 < s.size() && s[i + 1] == ' '))
            return false;
    }
    return true;
}

// Collapses white space (including no-break spaces) to single spaces.
std::string squash(std::string_view s) {
    if (squashed(s)) return std::string(s);
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        bool nbsp = s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
        if (blank_byte(s[i]) || nbsp) {
            space = !out.empty();
            i += nbsp ? 2 : 1;
            continue;
        }
        // A run of bytes that are neither blanks nor a no-break space's lead byte, copied at once.
        std::size_t j = find_any_of<' ', '\t', '\r', '\n', 0xC2>(s, i + 1, s.size());
        if (space) out += ' ';
        space = false;
        out.append(s, i, j - i);
        i = j;
    }
    return out;
}

// May a quote open at byte i? After the paragraph start, white space, an opening bracket, a dash or a colon.
bool may_open(const std::string& t, std::size_t i, std::size_t para_begin) {
    if (i == para_begin) return true;
    char p = t[i - 1];
    if (blank_byte(p) || p == '(' || p == '[' || p == '{' || p == ':' || p == '/' || p == '-') return true;
    if (i >= 2 && t.compare(i - 2, 2, "\xC2\xA0") == 0) return true;
    return i >= 3 && t.compare(i - 3, 2, "\xE2\x80") == 0 &&
           (static_cast<unsigned char>(t[i - 1]) == 0x93 || static_cast<unsigned char>(t[i - 1]) == 0x94);  // en/em dash
}

bool double_mark_at(const std::string& t, std::size_t i) {
    if (t[i] == '"') return true;
    if (t.compare(i, 2, "\xC2\xAB") == 0 || t.compare(i, 2, "\xC2\xBB") == 0) return true;
    if (t.compare(i, 2, "\xE2\x80") != 0 || i + 2 >= t.size()) return false;
    auto c = static_cast<unsigned char>(t[i + 2]);
    return c == 0x9C || c == 0x9D || c == 0x9E;
}

bool single_mark_at(const std::string& t, std::size_t i) { return t[i] == '\'' || t.compare(i, 3, "\xE2\x80\x98") == 0; }

struct RawQuote {
    Span span, body;
    bool closed = false;
    // A short phrase in single marks ('effective', 'Illegal US occupation') is a scare quote or a title, part of
    // the sentence around it; four words or more in single marks are direct speech (British style).
    bool scare = false;
    std::size_t paragraph = 0;
};

std::vector<RawQuote> find_quotes(const Source& src) {
    std::vector<RawQuote> out;
    const std::string& t = src.text;
    const char* base = t.data();
    for (std::size_t p = 0; p < src.paragraphs.size(); ++p) {
        Span ps = src.paragraphs[p].span;
        std::size_t i = ps.begin;
        while (i < ps.end) {
            // Every quote mark starts with one of these bytes; most bytes are none of them (one table look-up).
            static constexpr auto mark_lead = [] {
                std::array<bool, 256> m{};
                m['"'] = m['\''] = m[0xC2] = m[0xE2] = true;
                return m;
            }();
            if (!mark_lead[static_cast<unsigned char>(t[i])]) {
                i = find_any_of<'"', '\'', 0xC2, 0xE2>(t, i + 1, ps.end);
                continue;
            }
            bool dbl = double_mark_at(t, i), sgl = !dbl && single_mark_at(t, i);
            if ((dbl || sgl) && may_open(t, i, ps.begin)) {
                ga::ast::Quote q;
                const char* first = base + i;
                bool ok = dbl ? x3::parse(first, base + ps.end, ga::double_quote(), q)
                              : x3::parse(first, base + ps.end, ga::single_quote(), q);
                // Scare quotes and titles in single marks must close; an unclosed one is an apostrophe.
                if (ok && (dbl || q.closed) && !q.body.empty()) {
                    RawQuote r;
                    r.span = Span{i, static_cast<std::size_t>(first - base)};
                    r.body = Span{static_cast<std::size_t>(q.body.begin() - base), static_cast<std::size_t>(q.body.end() - base)};
                    // Trailing blanks of an open-ended quote are not quoted words.
                    while (!r.body.empty() && blank_byte(t[r.body.end - 1])) --r.body.end;
                    if (!q.closed) r.span.end = r.body.end;
                    r.closed = q.closed;
                    r.scare = sgl && speech::word_count(std::string_view(q.body.begin(), q.body.size())) < 4;
                    r.paragraph = p;
                    out.push_back(r);
                    i = r.span.end;
                    continue;
                }
            }
            ++i;
        }
    }
    return out;
}

// One source's attribution: quotes, cues and speakers found once, then paired.
// Sentences back from a pronoun that a person named as more than a possessor is preferred over a nearer possessor.
constexpr std::size_t kPossessorReach = 2;

class Attributor {
public:
    Attributor(const Source& src, const grammars::WordStarts& words, Extraction& ex)
        : src_(src), t_(src.text), words_(words), ex_(ex) {}

    void run() {
        quotes_ = find_quotes(src_);
        find_cues();
        find_candidates();
        attribute_quotes();
        claims_from_cues();
        claims_from_quotes();
        auto by_start = [](const Claim& a, const Claim& b) { return a.span.begin < b.span.begin; };
        // Often in text order already: sorting then would only move every claim through a buffer.
        if (!std::is_sorted(ex_.claims.begin(), ex_.claims.end(), by_start))
            std::stable_sort(ex_.claims.begin(), ex_.claims.end(), by_start);
    }

private:
    const Source& src_;
    const std::string& t_;
    const grammars::WordStarts& words_;
    Extraction& ex_;
    std::vector<RawQuote> quotes_;
    std::vector<Cue> cues_;
    std::vector<Speaker> candidates_;   // sorted by position
    std::vector<std::size_t> quote_of_raw_;  // raw quote -> index in ex_.quotes
    std::set<Span> quote_cues_;              // cues that introduce a quote (they make no claim of their own)
    // Built on first use by named_here() and capitalised_elsewhere().
    mutable std::optional<SpanIndex> named_;
    mutable bool mid_capitalised_built_ = false;
    mutable std::unordered_set<std::string_view> mid_capitalised_;
    mutable bool frame_ends_built_ = false;
    mutable std::vector<std::size_t> frame_ends_;  // see frame_ends()

    // Everything below looks things up by position in sorted lists (quotes, cues, candidates, paragraphs), so
    // the cost stays near-linear in a long text with many quotes and cues.

    // The quote holding pos, if any (quotes are sorted and do not overlap).
    const RawQuote* quote_at(std::size_t pos) const {
        auto it = std::upper_bound(quotes_.begin(), quotes_.end(), pos,
                                   [](std::size_t p, const RawQuote& q) { return p < q.span.begin; });
        if (it == quotes_.begin()) return nullptr;
        --it;
        return pos < it->span.end ? &*it : nullptr;
    }
    bool in_quote(std::size_t pos) const { return quote_at(pos) != nullptr; }

    // Scare quotes ('effective') are part of a clause; other quotes are direct speech.
    bool in_double_quote(std::size_t pos) const {
        const RawQuote* q = quote_at(pos);
        return q && !q->scare;
    }

    // First index in a position-sorted list whose span begins at or after pos.
    template <class T>
    static std::size_t first_from(const std::vector<T>& v, std::size_t pos) {
        return static_cast<std::size_t>(std::lower_bound(v.begin(), v.end(), pos, [](const T& x, std::size_t p) {
                                            return x.span.begin < p;
                                        }) - v.begin());
    }

    void find_cues() {
        const char* base = t_.data();
        grammars::scan<ga::ast::Cue>(base, base + t_.size(), ga::cue(), [&](const ga::ast::Cue& c, const char* first, const char* last) {
            Cue cue;
            cue.span = Span{static_cast<std::size_t>(first - base), static_cast<std::size_t>(last - base)};
            cue.verb = Span{cue.span.begin, static_cast<std::size_t>(c.verb.end() - base)};
            cue.flags = ga::cue_flags(std::string_view(c.verb.begin(), c.verb.size()));
            // A cue word right after another cue's verb is its object, a noun: "rejected claims that ...",
            // "denied reports that ...".
            if (!cues_.empty()) {
                const Cue& prev = cues_.back();
                std::string_view gap = std::string_view(t_).substr(std::min(prev.verb.end, cue.span.begin),
                                                                    cue.span.begin - std::min(prev.verb.end, cue.span.begin));
                if (prev.verb.end <= cue.span.begin && gap.find_first_not_of(" ") == std::string_view::npos && !gap.empty())
                    return;
            }
            if (!in_quote(cue.span.begin)) cues_.push_back(cue);
        }, &ga::cue_starts(), &words_);
    }

    void find_candidates() {
        for (std::size_t i = 0; i < ex_.people_mentions.size(); ++i) {
            const auto& m = ex_.people_mentions[i];
            if (in_quote(m.span.begin)) continue;
            Speaker s;
            s.span = m.span;
            s.mention = static_cast<int>(i);
            s.name = m.name;
            if (s.name.empty() && !m.pronoun) {
                // Title-only ("the Russian Ambassador to the US"): its words until the people resolver links it.
                std::string_view words = src_.slice(m.span);
                for (std::string_view art : {"the ", "The ", "a ", "A ", "an ", "An "})
                    if (words.starts_with(art)) words.remove_prefix(art.size());
                s.name = squash(words);
            }
            if (!m.organisations.empty()) s.organisation = m.organisations.front();
            candidates_.push_back(s);
        }
        for (const auto& o : ex_.organisations) {
            const auto& ms = ex_.people_mentions;  // sorted by position
            std::size_t k = first_from(ms, o.span.begin);
            bool inside = (k < ms.size() && ms[k].span.overlaps(o.span)) || (k > 0 && ms[k - 1].span.overlaps(o.span));
            if (inside || in_quote(o.span.begin)) continue;
            Speaker s;
            s.span = o.span;
            s.organisation = o.name;
            candidates_.push_back(s);
        }
        std::sort(candidates_.begin(), candidates_.end(), [](const Speaker& a, const Speaker& b) { return a.span < b.span; });
    }

    // ---- frames: the text of a sentence outside its quotes -----------------------------------------------------
    bool terminator_at(std::size_t i, Span para) const {
        char c = t_[i];
        if (c != '.' && c != '!' && c != '?') return false;
        if (i + 1 < para.end && !blank_byte(t_[i + 1])) return false;
        if (c == '.') {
            // An initial or abbreviation ("U.S.", "J.", "Gen."), not a sentence end.
            std::size_t w = i;
            while (w > para.begin && !blank_byte(t_[w - 1]) && t_[w - 1] != '(') --w;
            std::string_view word(t_.data() + w, i - w);
            if (word.size() <= 1 || (word.size() >= 2 && word[word.size() - 2] == '.')) return false;
            static const std::vector<std::string_view> abbr = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Capt",
                                                                "Sgt", "Gov", "Sen", "Rep", "St", "No", "Jr", "Sr", "Feb",
                                                                "Jan", "Aug", "Sept", "Oct", "Nov", "Dec"};
            if (std::find(abbr.begin(), abbr.end(), word) != abbr.end()) return false;
        }
        return true;
    }

    Span paragraph_of(std::size_t pos) const {
        const auto& ps = src_.paragraphs;
        auto it = std::upper_bound(ps.begin(), ps.end(), pos, [](std::size_t p, const Paragraph& x) { return p < x.span.begin; });
        if (it != ps.begin() && pos <= std::prev(it)->span.end) return std::prev(it)->span;
        return Span{pos, pos};
    }

    // A sentence frame is never longer than this: text without sentence ends is no sentence.
    static constexpr std::size_t max_frame = 2000;

    // The sentence ends outside quotes (terminator_at in its own paragraph, not in_quote), in text order: found
    // once per source on first use, where each frame used to test every byte of its sentence again.
    const std::vector<std::size_t>& frame_ends() const {
        if (!frame_ends_built_) {
            for (const auto& p : src_.paragraphs)
                for (std::size_t i = find_any_of<'.', '!', '?'>(t_, p.span.begin, p.span.end); i < p.span.end;
                     i = find_any_of<'.', '!', '?'>(t_, i + 1, p.span.end))
                    if (terminator_at(i, p.span) && !in_quote(i)) frame_ends_.push_back(i);
            frame_ends_built_ = true;
        }
        return frame_ends_;
    }

    // Start of the sentence frame holding pos: after the last terminator outside quotes. (Every byte a frame
    // looks at lies in the paragraph of pos.)
    std::size_t frame_begin(std::size_t pos) const {
        Span para = paragraph_of(pos);
        std::size_t stop = std::max(para.begin, pos > max_frame ? pos - max_frame : 0);
        const auto& ends = frame_ends();
        auto it = std::lower_bound(ends.begin(), ends.end(), pos);  // the first end at or after pos
        if (it != ends.begin() && *std::prev(it) >= stop && pos > stop) return *std::prev(it) + 1;
        return stop;
    }
    std::size_t frame_end(std::size_t pos) const {
        Span para = paragraph_of(pos);
        std::size_t stop = std::min(para.end, pos + max_frame);
        const auto& ends = frame_ends();
        auto it = std::lower_bound(ends.begin(), ends.end(), pos);
        if (it != ends.end() && *it < stop) return *it;
        return stop;
    }

    // ---- speakers of a cue -------------------------------------------------------------------------------------
    // The person or organisation a cue's verb is said of, looking only inside [lo, hi).
    // `unlisted_subject`: a subject the people grammar did not take may speak ("Unite said ...", see
    // subject_phrase); asked for claims only, never to give a quote to a speaker.
    Speaker speaker_of(const Cue& c, std::size_t lo, std::size_t hi, bool unlisted_subject = false) const {
        // "said Antonov", "said U.S. State Department spokesman John Kirby", "according to X". After a verb of
        // address the one named is the addressee: "Braim told Reuters", "asked the minister".
        std::string_view verb = std::string_view(t_).substr(c.verb.begin, c.verb.size());
        bool addressee_after = verb == "told" || verb == "tells" || verb == "telling" || verb == "asked";
        // A verb with its subject written before it ("The Israeli military said Hezbollah had ...") names no
        // speaker after it: the one named there begins the reported clause. The inverted order follows a quote or
        // a clause and its comma ('"...," said Antonov'), or opens the frame.
        bool inverted_place = true;
        if (!(c.flags & ga::cue_speaker_after)) {
            std::size_t b = c.verb.begin;
            while (b > lo && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
            inverted_place = b <= lo || !std::isalnum(static_cast<unsigned char>(t_[b - 1]));
        }
        for (std::size_t k = first_from(candidates_, c.verb.end); inverted_place && !addressee_after && k < candidates_.size(); ++k) {
            const Speaker& s = candidates_[k];
            if (s.span.begin >= hi) break;
            // "said he'd received": a pronoun after the verb starts the reported clause.
            if (s.mention >= 0 && ex_.people_mentions[s.mention].pronoun) break;
            std::size_t gap_from = s.span.begin <= c.span.end ? c.verb.end : c.span.end;
            std::string_view gap = trim(std::string_view(t_).substr(gap_from, s.span.begin - gap_from));
            if (gap.empty()) return s;
            break;
        }
        if (c.flags & ga::cue_speaker_after) return {};
        if (c.flags & ga::cue_participle) {
            // "Pompeo confirmed ..., saying": the clause's subject, its first speaker.
            for (std::size_t k = first_from(candidates_, lo); k < candidates_.size() && candidates_[k].span.begin < c.verb.begin; ++k)
                if (candidates_[k].span.end <= c.verb.begin) return candidates_[k];
            return {};
        }
        // "Mattis said", "Mattis, a former Marine general, said", "the ambassador has acknowledged".
        const Speaker* best = nullptr;
        const Speaker* before_best = nullptr;
        for (std::size_t k = first_from(candidates_, lo); k < candidates_.size() && candidates_[k].span.begin < c.verb.begin; ++k)
            if (candidates_[k].span.end <= c.verb.begin) {
                before_best = best;
                best = &candidates_[k];
            }
        if (!best) return unlisted_subject ? subject_phrase(lo, c.verb.begin) : Speaker{};
        // "Prof Matthias Huss, of the University of Geneva, said": the body is the person's, who speaks.
        if (best->mention < 0 && before_best && before_best->mention >= 0 && !before_best->name.empty() &&
            !ex_.people_mentions[before_best->mention].pronoun && before_best->span.end <= best->span.begin) {
            std::string_view link = trim(std::string_view(t_).substr(before_best->span.end, best->span.begin - before_best->span.end));
            if (link.starts_with(',')) link = trim(link.substr(1));
            if (link == "of" || link == "of the" || link == "at" || link == "at the" || link == "from" || link == "from the") {
                Speaker person = *before_best;
                if (person.organisation.empty()) person.organisation = best->organisation;
                person.span.end = best->span.end;
                std::string_view rest = trim(std::string_view(t_).substr(person.span.end, c.verb.begin - person.span.end));
                if (rest.empty() || rest == ",") return person;
                return {};
            }
        }
        std::string_view gap = std::string_view(t_).substr(best->span.end, c.verb.begin - best->span.end);
        if (gap.size() > 60 || in_quote_range(best->span.end, c.verb.begin)) return {};
        // Only an apposition or adverbs and auxiliaries stand between: no other clause.
        std::string_view g = trim(gap);
        bool apposition = gap.find(',') != std::string_view::npos;
        if (!g.empty() && !apposition)
            for (const auto& w : speech::words(g))
                if (!roles::is_function_word(w.lower) && !w.lower.ends_with("ly") && w.lower != "also" &&
                    w.lower != "however" && !roles::is_postnominal(g.substr(w.begin, w.end - w.begin)))
                    return {};  // "Richard Carville KC said": an honour after the name is no clause
        return *best;
    }

    // "Unite said the company had cut wages", "The Israeli military said ...": a subject no list holds, the whole
    // of the frame before the verb. Accepted when it is plainly a name: after "The" a capitalised word and a
    // capitalised or body-noun head ("The Israeli military"); without it, capitalised words of which the first,
    // written at the sentence start, is also capitalised mid-sentence elsewhere in the text ("Apple" again, not
    // "Officials" or "Critics"). Generic labels ("the company", "analysts") are no speaker.
    Speaker subject_phrase(std::size_t lo, std::size_t verb_begin) const {
        std::string_view s = std::string_view(t_).substr(lo, verb_begin - lo);
        std::size_t skip = s.find_first_not_of(" \t\r\n,\"'");
        if (skip == std::string_view::npos) return {};
        std::size_t from = lo + skip;
        s = trim(s.substr(skip));
        if (s.empty() || s.size() > 60 || in_quote_range(from, verb_begin)) return {};
        for (char ch : s)
            if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == ' ' || ch == '-' || ch == '&' || ch == '\'' ||
                  ch == '.'))
                return {};
        auto ws = speech::words(s);
        if (ws.empty() || ws.size() > 5) return {};
        std::size_t first = 0;
        bool article = ws[0].lower == "the";
        if (article) first = 1;
        if (first >= ws.size()) return {};
        auto as_written = [&](const speech::Word& w) { return s.substr(w.begin, w.end - w.begin); };
        bool any_capital = false;
        for (std::size_t i = first; i < ws.size(); ++i) {
            std::string_view w = as_written(ws[i]);
            if (roles::is_calendar_word(w) || roles::is_title_head(w)) return {};
            if (ws[i].capitalised) {
                if (roles::is_function_word(w) && !roles::is_org_word(w)) return {};  // "It", "They", "Some"
                any_capital = true;
            } else if (!roles::is_connector(w) && !(i + 1 == ws.size() && i > first && body_noun(ws[i].lower))) {
                return {};
            }
        }
        if (!any_capital) return {};
        if (!article) {
            std::string_view lead = as_written(ws[0]);
            bool at_start = from == 0 || t_[from - 1] == '\n' || frame_begin(from) == from ||
                            (from >= 2 && (t_[from - 2] == '.' || t_[from - 2] == '"'));
            if (at_start && !capitalised_elsewhere(lead) && !roles::is_org_word(lead)) return {};
        }
        Speaker out;
        out.span = Span{from + ws[first].begin, from + ws.back().end};
        out.organisation = squash(src_.slice(out.span));
        return out;
    }

    // The lower-case head of a body named by a nationality or name before it ("the Israeli military").
    static bool body_noun(std::string_view w) {
        return w == "military" || w == "army" || w == "navy" || w == "militia" || roles::is_org_head(w);
    }

    // Is there a whole quote inside [a, b)?
    bool in_quote_range(std::size_t a, std::size_t b) const {
        std::size_t k = first_from(quotes_, a);
        return k < quotes_.size() && quotes_[k].span.end <= b;
    }

    // The cue and speaker for a quote in its own sentence, if any.
    bool cue_for_quote(const RawQuote& q, Cue& cue, Speaker& who) const {
        std::size_t after_end = frame_end(q.span.end);
        std::size_t before_begin = frame_begin(q.span.begin);
        bool unnamed = false;  // a cue after the quote whose speaker is no known person ("an official said")
        // After the quote: '..." Mattis said' / '..." said Antonov'. Only the first cue after it counts.
        for (std::size_t k = first_from(cues_, q.span.end); k < cues_.size(); ++k) {
            const Cue& c = cues_[k];
            if (c.span.begin >= after_end) break;
            // Another quote between quote and cue: that one owns the cue.
            if (in_quote_range(q.span.end, c.span.begin)) break;
            Speaker s = speaker_of(c, q.span.end, after_end);
            cue = c;
            who = s;
            if (s.found()) return true;
            unnamed = true;
            break;
        }
        // Before it: 'X said: "..."', 'X insisted that "..."', '..., saying "..."'. The nearest cue.
        for (std::size_t k = first_from(cues_, q.span.begin); k-- > 0;) {
            const Cue& c = cues_[k];
            if (c.span.begin < before_begin) break;
            if (c.span.end > q.span.begin) continue;
            Speaker s = speaker_of(c, before_begin, q.span.begin);
            if (s.found()) {
                cue = c;
                who = s;
                return true;
            }
            break;
        }
        return unnamed;
    }

    // For a pronoun speaker before the people resolver runs, the person a "he"/"she" at pos stands for: the
    // nearest named before it, but not one named inside a quote that does not hold pos ("'... holds Marion Blake
    // accountable,' he said": he is not Blake), and not a possessor when a person named as more than that is
    // near ("Judge Nathan ... noted Maxwell's part. 'Miss Maxwell is punished for her role,' she said").
    std::string nearest_named_before(std::size_t pos) const {
        const auto& ms = ex_.people_mentions;  // sorted by position (extract_people)
        const RawQuote* own = quote_at(pos);
        std::size_t sentence = src_.sentence_index(pos);
        const PersonMention* possessor = nullptr;
        // "she" is not a person titled "Mr" or "King" (nor "he" one titled "Mrs." or "Queen").
        std::size_t end = pos;
        while (end < t_.size() && std::isalpha(static_cast<unsigned char>(t_[end]))) ++end;
        const Sex want = roles::pronoun_sex(std::string_view(t_).substr(pos, end - pos));
        auto disagrees = [&](const PersonMention& m) {
            if (want == Sex::unknown) return false;
            for (const auto& title : m.titles)
                if (Sex s = roles::title_sex(title); s != Sex::unknown && s != want) return true;
            return false;
        };
        for (std::size_t k = first_from(ms, pos); k-- > 0;) {
            if (ms[k].span.end > pos || ms[k].pronoun || ms[k].name.empty() || disagrees(ms[k])) continue;
            const RawQuote* q = quote_at(ms[k].span.begin);
            if (q && q != own && !q->scare) continue;
            if (possessor && ms[k].sentence + kPossessorReach < sentence) break;
            if (!possessor && possessive_at(ms[k].span.end)) {
                possessor = &ms[k];
                continue;
            }
            return ms[k].name;
        }
        return possessor ? possessor->name : std::string{};
    }

    bool possessive_at(std::size_t end) const {
        return t_.compare(end, 2, "'s") == 0 || t_.compare(end, 4, "\xE2\x80\x99s") == 0;
    }

    void set_speaker(Quote& q, const Speaker& s) {
        q.speaker_mention = s.mention;
        q.speaker_organisation = s.organisation;
        q.speaker_name = s.name;
        if (s.mention >= 0 && ex_.people_mentions[s.mention].pronoun) q.speaker_name = nearest_named_before(s.span.begin);
    }

    void attribute_quotes() {
        quote_of_raw_.assign(quotes_.size(), 0);
        for (std::size_t i = 0; i < quotes_.size(); ++i) {
            const RawQuote& r = quotes_[i];
            Quote q;
            q.span = r.span;
            q.text_span = r.body;
            q.text = squash(src_.slice(r.body));
            q.sentence = src_.sentence_index(r.span.begin);
            Cue cue;
            Speaker who;
            if (cue_for_quote(r, cue, who)) {
                if (who.found()) {
                    q.cue_span = Span{std::min(cue.span.begin, who.span.begin), std::max(cue.span.end, who.span.end)};
                    set_speaker(q, who);
                } else {
                    q.cue_span = cue.span;  // "another official said": a cue, but no known speaker
                }
                q.verb = squash(src_.slice(cue.span));
                quote_cues_.insert(cue.span);
            }
            quote_of_raw_[i] = ex_.quotes.size();
            ex_.quotes.push_back(std::move(q));
        }
        inherit_speakers();
    }

    bool attributed(const Quote& q) const { return !q.speaker_name.empty() || !q.speaker_organisation.empty(); }

    // Only blanks between a and b?
    bool blank_between(std::size_t a, std::size_t b) const {
        for (std::size_t i = a; i < b; ++i)
            if (!blank_byte(t_[i])) return false;
        return true;
    }

    // Nothing but closing punctuation after the quote in its paragraph.
    bool ends_paragraph(const RawQuote& q) const {
        Span ps = src_.paragraphs[q.paragraph].span;
        for (std::size_t i = q.span.end; i < ps.end; ++i)
            if (!blank_byte(t_[i]) && t_[i] != '.' && t_[i] != ',') return false;
        return true;
    }

    // Does the paragraph have a person or organisation outside its quotes (someone else who might speak)?
    bool frame_names_someone(std::size_t para) const {
        Span ps = src_.paragraphs[para].span;
        std::size_t k = first_from(candidates_, ps.begin);
        return k < candidates_.size() && candidates_[k].span.end <= ps.end;
    }

    void copy_speaker(Quote& to, const Quote& from) {
        to.speaker_name = from.speaker_name;
        to.speaker_mention = from.speaker_mention;
        to.speaker_organisation = from.speaker_organisation;
        to.verb = from.verb;
    }

    // Quotes with no cue of their own continue the speaker of the quote before them, conservatively:
    // '"..." he said. "..."' in one paragraph, a paragraph that is only a quote after a quote paragraph, and the
    // continuation of an open-ended quote.
    void inherit_speakers() {
        for (std::size_t i = 1; i < quotes_.size(); ++i) {
            Quote& q = ex_.quotes[quote_of_raw_[i]];
            if (attributed(q) || !q.verb.empty() || quotes_[i].scare) continue;
            const RawQuote& r = quotes_[i];
            // The nearest double-quoted predecessor.
            std::size_t j = i;
            while (j > 0 && quotes_[j - 1].scare) --j;
            if (j == 0) continue;
            const RawQuote& pr = quotes_[j - 1];
            const Quote& p = ex_.quotes[quote_of_raw_[j - 1]];
            if (!attributed(p)) continue;
            bool same_para = pr.paragraph == r.paragraph && !p.cue_span.empty() && p.cue_span.begin >= pr.span.end &&
                             p.cue_span.end <= r.span.begin;
            bool next_para = r.paragraph == pr.paragraph + 1 &&
                             blank_between(src_.paragraphs[r.paragraph].span.begin, r.span.begin) &&
                             !frame_names_someone(r.paragraph) &&
                             (!pr.closed || blank_between(src_.paragraphs[pr.paragraph].span.begin, pr.span.begin) ||
                              p.cue_span.begin > pr.span.end || ends_paragraph(pr));
            if (same_para || next_para) copy_speaker(q, p);
        }
        // An open-ended quote whose continuation names the speaker takes it back.
        for (std::size_t i = quotes_.size(); i-- > 1;) {
            const RawQuote& pr = quotes_[i - 1];
            Quote& p = ex_.quotes[quote_of_raw_[i - 1]];
            const Quote& q = ex_.quotes[quote_of_raw_[i]];
            if (!pr.closed && !pr.scare && !attributed(p) && attributed(q) && quotes_[i].paragraph == pr.paragraph + 1)
                copy_speaker(p, q);
        }
    }

    // ---- claims ------------------------------------------------------------------------------------------------
    // When it was said: a date of the sentence outside what is claimed ("said on Tuesday", not "by 2030").
    std::string date_in_sentence(std::size_t sentence, Span content) const {
        // Dates are in text order, so their sentences ascend: search to the sentence's first date.
        auto it = std::partition_point(ex_.dates.begin(), ex_.dates.end(),
                                       [&](const DateMention& d) { return d.sentence < sentence; });
        for (; it != ex_.dates.end() && it->sentence == sentence; ++it)
            if (it->resolved && !it->value.empty() && !content.overlaps(it->span)) return it->value;
        return {};
    }

    // Does a place, organisation or named person mention overlap w? Indexed on first use.
    bool named_here(Span w) const {
        if (!named_) {
            std::vector<Span> spans;
            for (const auto& p : ex_.places) spans.push_back(p.span);
            for (const auto& o : ex_.organisations) spans.push_back(o.span);
            for (const auto& m : ex_.people_mentions)
                if (!m.pronoun) spans.push_back(m.span);
            named_.emplace(std::move(spans));
        }
        return named_->overlaps(w);
    }

    // Is the word written capitalised after another word somewhere in the text ("the Russian ...")? The text's
    // mid-sentence capitalised words are collected once (with their part before an apostrophe or hyphen:
    // "Moscow's" counts for "Moscow"): searching the whole text per word made long texts quadratic.
    bool capitalised_elsewhere(std::string_view word) const {
        if (!mid_capitalised_built_) {
            auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
            // A capital after a space always starts a word: no other word start can pass the test below.
            for (std::size_t p = next_capital(t_, 1); p < t_.size(); p = next_capital(t_, p + 1)) {
                if (t_[p - 1] != ' ') continue;
                std::size_t b = p - 1;
                while (b > 0 && t_[b - 1] == ' ') --b;
                if (b == 0 || !alnum(t_[b - 1])) continue;  // no word before it
                std::string_view as_written = std::string_view(t_).substr(p, speech::word_end(t_, p) - p);
                mid_capitalised_.insert(as_written);
                for (std::size_t k = 1; k < as_written.size(); ++k)
                    if (as_written[k] == '-' || as_written[k] == '\'' || as_written.substr(k).starts_with("\xE2\x80\x99"))
                        mid_capitalised_.insert(as_written.substr(0, k));
            }
            mid_capitalised_built_ = true;
        }
        return mid_capitalised_.contains(word);
    }

    // The words of the text in s, their offsets into the whole text (so that a quote's words serve each of
    // its sentences).
    std::vector<speech::Word> words_in(Span s) const {
        auto ws = speech::words(std::string_view(t_).substr(s.begin, s.end - s.begin));
        for (auto& w : ws) {
            w.begin += s.begin;
            w.end += s.begin;
        }
        return ws;
    }

    // The words of ws (in text order) that begin inside s. A part of a text cut at separators has the same words
    // as the whole has there.
    static std::span<const speech::Word> words_within(std::span<const speech::Word> ws, Span s) {
        auto before = [](const speech::Word& w, std::size_t p) { return w.begin < p; };
        auto b = std::lower_bound(ws.begin(), ws.end(), s.begin, before);
        return {b, std::lower_bound(b, ws.end(), s.end, before)};
    }

    // What the text's words are about, from its words (offsets into the whole text, as words_in gives).
    std::vector<std::string> subjects_of(std::span<const speech::Word> ws) const {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < ws.size(); ++i) {
            const auto& w = ws[i];
            if (w.lower.size() < 2 || (w.lower[0] >= '0' && w.lower[0] <= '9') || speech::is_stopword(w.lower)) continue;
            // Capitalised words inside the text are names (kept as written); a capital at the start is not evidence.
            std::string_view as_written = std::string_view(t_).substr(w.begin, w.end - w.begin);
            if (roles::is_calendar_word(as_written)) continue;  // when, not what
            bool sentence_start = i == 0 || (w.begin >= 2 && t_[w.begin - 2] == '.');
            // At a sentence start a capital proves nothing; a place or name found there, or the same word
            // capitalised mid-sentence elsewhere, does.
            if (sentence_start && w.capitalised)
                sentence_start = !named_here(Span{w.begin, w.end}) && !capitalised_elsewhere(as_written);
            std::string s = w.capitalised && !sentence_start && !roles::is_title_word(as_written) ? std::string(as_written)
                                                             : speech::lemma(w.lower);
            if (s.ends_with("'s") || s.ends_with("\xE2\x80\x99s")) s.resize(s.size() - (s.ends_with("'s") ? 2 : 4));
            if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
        }
        return out;
    }

    // An appeal in the imperative ("Do not undermine ...", "Let us move on") asserts and denies nothing.
    static bool appeal(std::string_view text) {
        static constexpr std::string_view openings[] = {"do not ", "don't ", "don\xE2\x80\x99t ", "let us ",
                                                        "let's ", "let\xE2\x80\x99s ", "please "};
        for (auto o : openings)
            if (text.size() > o.size() && std::equal(o.begin(), o.end(), text.begin(), [](char a, char b) {
                    return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b);
                }))
                return true;
        return false;
    }

    // A question asserts and denies nothing, nor does advice put as one: "advised him that 'why don't you resign
    // ... you will not win it'" (its "not" is no denial of the speaker's).
    static bool question(std::string_view text) {
        std::string_view t = trim(text);
        while (!t.empty() && (t.back() == '"' || t.back() == '\'' || static_cast<unsigned char>(t.back()) >= 0x80)) t.remove_suffix(1);
        if (!t.empty() && t.back() == '?') return true;
        for (std::string_view w : {"why don't", "why not ", "why doesn't", "why won't", "why didn't", "why don\xE2\x80\x99t"})
            for (std::size_t at = 0; (at = t.find(w.substr(1), at)) != std::string_view::npos; ++at)
                if (at > 0 && (t[at - 1] == 'w' || t[at - 1] == 'W') && (at == 1 || !std::isalpha(static_cast<unsigned char>(t[at - 2]))))
                    return true;
        return false;
    }

    // `tokenised`, when given, holds the words of a text around the content (a quote's, for each sentence).
    void add_claim(const Speaker& who, const Cue& c, Span content, Span whole, bool deny_verb,
                   const std::string* name = nullptr,
                   std::optional<std::span<const speech::Word>> tokenised = std::nullopt) {
        std::string_view text = trim(src_.slice(content));
        if (text.empty()) return;
        content.begin = static_cast<std::size_t>(text.data() - t_.data());
        content.end = content.begin + text.size();
        // "that", "on Tuesday that": the complementiser is not content.
        // "that", "earlier in Moscow that": the complementiser and adverbials before it are not content.
        if (auto p = text.find("that "); p != std::string_view::npos && (p == 0 || text[p - 1] == ' ') &&
                                          speech::word_count(text.substr(0, p)) <= 4 &&
                                          text.substr(0, p).find(',') == std::string_view::npos &&
                                          (p == 0 || circumstantial(speech::first_word(text.substr(0, p))))) {
            content.begin += p + 5;
            text.remove_prefix(p + 5);
        }
        if (appeal(text) || question(text)) return;
        // "rejected claims that X", "dismissed reports that X": what is denied is X.
        if (deny_verb) {
            std::size_t cut = speech::denied_statement_prefix(text);
            content.begin += cut;
            text.remove_prefix(cut);
        }
        // Tokenised once: the length test and the subjects read the same words.
        std::vector<speech::Word> own;
        if (!tokenised) tokenised = own = words_in(content);
        std::span<const speech::Word> ws = words_within(*tokenised, content);
        if (ws.size() < 3) return;
        Claim cl;
        cl.span = whole;
        cl.speaker_mention = who.mention;
        cl.speaker_organisation = who.organisation;
        cl.speaker_name = who.name;
        if (name) cl.speaker_name = *name;
        else if (who.mention >= 0 && ex_.people_mentions[who.mention].pronoun) cl.speaker_name = nearest_named_before(who.span.begin);
        cl.verb = squash(src_.slice(c.verb));
        cl.content = squash(text);
        cl.content_span = content;
        cl.polarity = (deny_verb != speech::negated(text, ws, content.begin)) ? Polarity::denies : Polarity::asserts;
        cl.subjects = subjects_of(ws);
        cl.sentence = src_.sentence_index(whole.begin);
        cl.date_value = date_in_sentence(cl.sentence, content);
        if (!cl.subjects.empty()) ex_.claims.push_back(std::move(cl));
    }

    // The text before a speaker without the determiner that opens the speaker's phrase ("his", "the", "a"), which
    // the people grammar leaves out of the mention.
    static std::string_view without_determiner(std::string_view lead) {
        std::string_view t = lead.substr(0, lead.find_last_not_of(" \t") + 1);
        for (std::string_view d : {"his", "her", "their", "its", "our", "the", "a", "an"})
            if (t.size() > d.size() && t.ends_with(d) && blank_byte(t[t.size() - d.size() - 1]))
                return t.substr(0, t.size() - d.size());
        return lead;
    }

    // '"...," Mattis said at a press conference': the cue attributes the quote before it and makes no claim.
    bool attributes_quote(const Cue& c) const {
        if (!quote_cues_.contains(c.span)) return false;
        std::size_t fb = frame_begin(c.span.begin);
        std::size_t k = first_from(quotes_, fb);
        return k < quotes_.size() && quotes_[k].span.end <= c.span.begin;
    }

    // After "CLAUSE, X said" only circumstances may follow ("on Thursday", "in an interview"), not an object
    // or a complement ("Pentagon rejects proposal", "X insisted that ...").
    bool ends_clause(std::size_t from, std::size_t end) const {
        std::string first = speech::first_word(std::string_view(t_).substr(from, end - from));
        return first.empty() || circumstantial(first);
    }

    // A word that opens a circumstance of time, place or manner: "on Thursday", "earlier", "in Moscow".
    static bool circumstantial(std::string_view w) {
        static const std::vector<std::string_view> words = {
            "on", "in", "at", "after", "before", "during", "last", "earlier", "later", "this", "yesterday",
            "today", "when", "while", "as", "from", "to", "following", "amid", "late", "early", "again"};
        return std::find(words.begin(), words.end(), w) != words.end() || (w.size() > 4 && w.ends_with("ly"));
    }

    // Where a claim's clause stops: the next cue, a contrast or a new clause.
    std::size_t clause_end(std::size_t from, std::size_t limit) const {
        std::size_t end = limit;
        if (std::size_t k = first_from(cues_, from + 1); k < cues_.size() && cues_[k].span.begin < end) {
            // Back up over ", " before the participle: "..., dismissing".
            std::size_t e = cues_[k].span.begin;
            while (e > from && (blank_byte(t_[e - 1]) || t_[e - 1] == ',')) --e;
            end = e;
        }
        std::string_view rest = std::string_view(t_).substr(from, end - from);
        for (std::string_view stop : {" but ", "; ", ", while ", ", although ", ", where "})
            if (auto p = rest.find(stop); p != std::string_view::npos) end = std::min(end, from + p);
        return end;
    }

    // "told MPs the budget would not ...", "told the BBC he had": after a verb of address and its addressee (a
    // name, or a determiner and a word or two), a clause with no "that" (a determiner, pronoun or name, then within
    // a few words a finite auxiliary or modal). Where the clause begins, or npos.
    std::size_t bare_clause_after_addressee(const Cue& c) const {
        std::string_view verb = std::string_view(t_).substr(c.verb.begin, c.verb.end - c.verb.begin);
        if (verb != "told" && verb != "tells") return std::string::npos;
        std::size_t i = c.span.end;
        auto next_word = [&](std::size_t& at) {
            while (at < t_.size() && t_[at] == ' ') ++at;
            std::size_t b = at;
            while (at < t_.size() && (std::isalnum(static_cast<unsigned char>(t_[at])) || t_[at] == '\'' || t_[at] == '.' ||
                                      t_[at] == '-'))
                ++at;
            std::string_view w = std::string_view(t_).substr(b, at - b);
            while (!w.empty() && w.back() == '.') w.remove_suffix(1), --at;  // a sentence's full stop
            return w;
        };
        auto capital = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
        auto determiner = [](std::string_view w) {
            for (std::string_view d : {"the", "a", "an", "his", "her", "their", "its", "our", "this"})
                if (w == d) return true;
            return false;
        };
        if (c.span.end == c.verb.end) {  // no audience in the cue: read the addressee
            std::size_t at = i;
            std::string_view w = next_word(at);
            if (determiner(w)) {
                // "the Commons", "a news conference", "the BBC's Today programme"
                std::size_t words = 0;
                for (std::size_t k = at; words < 3; ++words) {
                    std::size_t before = k;
                    std::string_view x = next_word(k);
                    if (x.empty() || determiner(x) || speech::is_stopword(speech::first_word(x))) {
                        k = before;
                        break;
                    }
                    at = k;
                    if (!capital(x) && words >= 1) break;
                }
                if (at == i) return std::string::npos;
            } else if (!capital(w) || roles::is_function_word(w)) {
                return std::string::npos;  // "told him", "told of": no addressee read
            }
            while (true) {  // "MPs", "Sky News"
                std::size_t k = at;
                std::string_view x = next_word(k);
                if (!capital(x) || at >= t_.size() || t_[at] != ' ') break;
                at = k;
            }
            i = at;
        }
        std::size_t from = i;
        while (from < t_.size() && t_[from] == ' ') ++from;
        std::size_t at = from;
        std::string_view first = next_word(at);
        static constexpr std::string_view pronouns[] = {"he", "she", "it", "they", "we", "i", "there", "you"};
        std::string lower_first = speech::first_word(first);
        bool opens = determiner(lower_first) || capital(first) ||
                     std::find(std::begin(pronouns), std::end(pronouns), lower_first) != std::end(pronouns);
        if (!opens || lower_first == "that") return std::string::npos;
        static constexpr std::string_view finite[] = {"would", "will", "was", "were", "is", "are", "had", "has",
                                                      "have", "could", "should", "can", "may", "might", "must",
                                                      "did", "does", "do", "wanted", "believed", "expected"};
        for (int n = 0; n < 5; ++n) {
            std::size_t before = at;
            std::string_view w = next_word(at);
            if (w.empty() || at == before) return std::string::npos;
            if (std::find(std::begin(finite), std::end(finite), w) != std::end(finite)) return from;
        }
        return std::string::npos;
    }

    void claims_from_cues() {
        for (const auto& c : cues_) {
            // "told reporters that ...": a verb of address makes a claim only with its "that" clause, or with a
            // clause that plainly begins after its addressee ("told MPs the budget would ...").
            std::size_t clause = std::string::npos;  // where the "that" clause's words begin
            if (!(c.flags & (ga::cue_claim | ga::cue_speaker_after))) {
                std::size_t limit = std::min(t_.size(), c.span.end + 40);
                std::size_t that = t_.find(" that ", c.span.end);
                if (that != std::string::npos && that < limit && !in_quote_range(c.span.end, that)) {
                    clause = that + 6;
                } else {
                    clause = bare_clause_after_addressee(c);
                    if (clause == std::string::npos || in_quote_range(c.span.end, clause)) continue;
                }
            }
            if (attributes_quote(c)) continue;
            std::size_t fb = frame_begin(c.span.begin), fe = frame_end(c.span.end);
            while (fb < c.span.begin && blank_byte(t_[fb])) ++fb;
            Speaker who = speaker_of(c, fb, fe, true);
            if (!who.found()) continue;
            bool deny = c.flags & ga::cue_deny;
            bool speaker_after = who.span.begin >= c.verb.end;
            std::size_t lead_end = std::min(who.span.begin, c.span.begin);
            std::string_view lead = std::string_view(t_).substr(fb, lead_end - fb);
            lead = without_determiner(lead);  // "CLAUSE, his lawyer X said": "his" is the speaker's phrase's
            std::string_view lead_trim = trim(lead);
            if (clause != std::string::npos) {
                if (speaker_after || who.span.begin > c.span.begin) continue;
                std::size_t from = clause, end = clause_end(from, fe);
                std::string_view rest = trim(std::string_view(t_).substr(from, end - from));
                if (rest.empty() || in_double_quote(static_cast<std::size_t>(rest.data() - t_.data()))) continue;
                add_claim(who, c, Span{from, end}, Span{who.span.begin, end}, false);
                continue;
            }
            // "According to X, CLAUSE": the clause follows the speaker.
            if ((c.flags & ga::cue_speaker_after) && trim(std::string_view(t_).substr(fb, c.span.begin - fb)).empty()) {
                std::size_t from = who.span.end, end = clause_end(from, fe);
                add_claim(who, c, Span{from, end}, Span{c.span.begin, end}, false);
                continue;
            }
            bool trailing = speaker_after || (c.flags & ga::cue_speaker_after) ||
                            (!lead_trim.empty() && lead[lead.find_last_not_of(" \t")] == ',' &&
                             speech::word_count(lead_trim) >= 3 && ends_clause(std::max(c.span.end, who.span.end), fe));
            if (trailing) {
                // "CLAUSE, X said." / "CLAUSE, said X" / "CLAUSE, according to X": the clause is the content,
                // unless it is a direct quote (the quote makes its own claim).
                std::size_t end = fb + lead.find_last_not_of(" \t,");
                if (lead_trim.empty() || in_double_quote(end)) continue;
                Span content{fb, end + 1};
                add_claim(who, c, content, Span{fb, std::max(c.span.end, who.span.end)}, deny);
            } else {
                std::size_t from = std::max(c.span.end, who.span.end);
                std::size_t end = clause_end(from, fe);
                // 'X said: "..."' - the quote is the content; it makes its own claim.
                std::string_view rest = trim(std::string_view(t_).substr(from, end - from));
                if (rest.starts_with("that ")) rest = trim(rest.substr(5));
                if (rest.empty() || in_double_quote(static_cast<std::size_t>(rest.data() - t_.data()))) continue;
                add_claim(who, c, Span{from, end}, Span{std::min(who.span.begin, c.span.begin), end}, deny);
            }
        }
    }

    // Direct speech is reported speech too: each sentence of an attributed quote is a claim of its speaker.
    void claims_from_quotes() {
        for (std::size_t i = 0; i < quotes_.size(); ++i) {
            const Quote& q = ex_.quotes[quote_of_raw_[i]];
            if (!attributed(q) || quotes_[i].scare) continue;
            Speaker who;
            who.span = q.cue_span;
            who.mention = q.speaker_mention;
            who.name = q.speaker_name;
            who.organisation = q.speaker_organisation;
            std::size_t s = q.text_span.begin;
            std::optional<std::vector<std::string>> quote_subjects;
            // Tokenised once for the length test, the claim and the subjects of every sentence.
            const std::vector<speech::Word> quote_words = words_in(q.text_span);
            for (std::size_t k = q.text_span.begin; k <= q.text_span.end; ++k) {
                bool end = k == q.text_span.end ||
                           ((t_[k] == '.' || t_[k] == '?' || t_[k] == '!') && k + 1 < q.text_span.end && t_[k + 1] == ' ');
                if (!end) continue;
                Span sent{s, k};
                while (sent.begin < sent.end && blank_byte(t_[sent.begin])) ++sent.begin;
                if (std::span<const speech::Word> sent_words = words_within(quote_words, sent); sent_words.size() >= 4) {
                    std::size_t before = ex_.claims.size();
                    Cue c;
                    c.verb = q.cue_span.empty() ? sent : q.cue_span;
                    add_claim(who, c, sent, sent, false, &q.speaker_name, sent_words);
                    if (ex_.claims.size() > before) {
                        // "In this regard cooperation ...": the quote's other sentences say what it is about.
                        // Computed once per quote: per sentence, a long quote cost its length squared.
                        if (!quote_subjects) quote_subjects = subjects_of(quote_words);
                        for (const auto& e : *quote_subjects)
                            if (!e.empty() && e[0] >= 'A' && e[0] <= 'Z' &&
                                std::find(ex_.claims.back().subjects.begin(), ex_.claims.back().subjects.end(), e) ==
                                    ex_.claims.back().subjects.end())
                                ex_.claims.back().subjects.push_back(e);
                        ex_.claims.back().verb = q.verb;
                        ex_.claims.back().sentence = src_.sentence_index(q.span.begin);
                        ex_.claims.back().date_value =
                            date_in_sentence(ex_.claims.back().sentence, ex_.claims.back().content_span);
                    }
                }
                s = k + 1;
            }
        }
    }
};

}  // namespace

void extract_attribution(const Source& src, const grammars::WordStarts& words, Extraction& ex) {
    Attributor(src, words, ex).run();
}

void extract_attribution(const Source& src, Extraction& ex) { extract_attribution(src, grammars::WordStarts(src.text), ex); }

}  // namespace crosscheck
