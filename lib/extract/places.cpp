// Places: runs grammars/places over each paragraph and keeps the names the gazetteer knows, the demonyms
// ("Russian military" -> Russia) and the parent claims ("Helsinki, Moscow": Helsinki, said to be in Moscow).
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "data/fold.hpp"
#include "extract/extract.hpp"
#include "grammars/attribution.hpp"
#include "grammars/places.hpp"
#include "knowledge/roles.hpp"
#include "util/ascii.hpp"

namespace crosscheck {

namespace {

namespace ast = grammars::places::ast;

// Bare city names (no preposition, no parent) are kept only from this size: small towns share their names with
// people and ordinary words far more often than news copy means them.
constexpr std::uint64_t bare_city_population = 15000;
// Cities this large are places even when their name is also a personal name ("Houston", "Paris", "Moscow").
constexpr std::uint64_t major_city_population = 250000;
// Longest place name tried, in words ("Bosnia and Herzegovina", "Democratic Republic of the Congo").
constexpr std::size_t max_name_words = 7;

struct Word {
    Span span;
    std::string_view text;
    bool connector = false;
};

// Words after which a capitalised run is the subject of a new clause, not a parent: "In Geneva, Jordan said",
// "in Paris, Japan promised".
bool clause_verb(std::string_view w) {
    static constexpr std::array<std::string_view, 26> verbs = {
        "said", "says", "told", "added", "is", "was", "has", "had", "have", "will", "would", "could", "can",
        "did", "does", "announced", "stated", "noted", "insisted", "warned", "denied", "confirmed", "are", "were",
        "should", "may"};
    if (w.size() > 3 && w.front() >= 'a' && w.front() <= 'z' && w.ends_with("ed")) return true;  // a past verb
    return std::find(verbs.begin(), verbs.end(), w) != verbs.end();
}

bool all_caps(std::string_view w) {
    return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

class PlaceExtractor {
public:
    PlaceExtractor(const Source& src, const Knowledge& k, const grammars::WordStarts& words, Extraction& ex)
        : src_(src), k_(k), words_(words), ex_(ex) {}

    // Paragraph by paragraph, not sentence by sentence: a segmenter may end a sentence after "St." in
    // "St. Petersburg"; a run never crosses ". " otherwise. Each mention gets the sentence it starts in.
    void run() {
        if (src_.paragraphs.empty()) {
            scan_range(0, src_.text.size());
            return;
        }
        for (const auto& p : src_.paragraphs) scan_range(p.span.begin, p.span.end);
    }

private:
    const Source& src_;
    const Knowledge& k_;
    const grammars::WordStarts& words_;
    Extraction& ex_;
    std::size_t sentence_ = 0;
    std::size_t range_end_ = 0;
    std::vector<Word> name_words_, parent_words_;  // words_of's buffers, reused from match to match

    const Gazetteer& gaz() const { return k_.gazetteer; }

    void scan_range(std::size_t begin, std::size_t end) {
        range_end_ = end;
        const char* base = src_.text.data();
        grammars::scan<ast::Mention>(base + begin, base + end, grammars::places::mention(),
                                     [&](const ast::Mention& m, const char* first, const char*) {
                                         sentence_ = src_.sentence_index(static_cast<std::size_t>(first - base));
                                         on_match(m);
                                     },
                                     &grammars::places::mention_starts(), &words_);
    }

    Span span_of(const ast::Range& r) const {
        return {static_cast<std::size_t>(r.begin() - src_.text.data()), static_cast<std::size_t>(r.end() - src_.text.data())};
    }

    // The words of a run: split at spaces and no-break spaces.
    // Into `out`, which a caller reuses: a fresh vector per match cost an allocation per capitalised run.
    void words_of(const ast::Run& run, std::vector<Word>& out) const {
        out.clear();
        Span whole = span_of(run);
        std::size_t i = whole.begin;
        while (i < whole.end) {
            std::size_t j = i;
            while (j < whole.end && src_.text[j] != ' ' &&
                   !(src_.text[j] == '\xC2' && j + 1 < src_.text.size() && src_.text[j + 1] == '\xA0'))
                ++j;
            Word w{{i, j}, src_.slice({i, j}), false};
            w.connector = !w.text.empty() && w.text.front() >= 'a' && w.text.front() <= 'z' &&
                          grammars::places::is_connector(w.text);
            // "of the", "de los", "an der": one connector of two words.
            auto pair = [&] { return std::string(out.back().text) + " " + std::string(w.text); };
            if (!out.empty() && out.back().connector && !w.text.empty() && w.text.front() >= 'a' && w.text.front() <= 'z' &&
                grammars::places::is_connector(pair())) {
                out.back().span.end = j;
                out.back().text = src_.slice(out.back().span);
            } else if (!w.text.empty()) {
                out.push_back(w);
            }
            i = j < whole.end && src_.text[j] == ' ' ? j + 1 : j + 2;
        }
    }

    // A known place spanning words [i, i + n) of the run.
    struct Unit {
        std::size_t first = 0, count = 0;
        Span span;
        std::string text;
    };

    // The longest name the gazetteer knows starting at word i, if any.
    std::optional<Unit> longest_known(const std::vector<Word>& w, std::size_t i) const {
        if (w[i].connector) return std::nullopt;
        // A known name's leading words begin a known name: the n-grams longer than the first that begins none are
        // not looked up (most capitalised runs name no place). The word alone is always looked up.
        std::size_t top = std::min(max_name_words, w.size() - i), reach = 1;
        while (reach < top && gaz().may_begin_name(src_.slice({w[i].span.begin, w[i + reach - 1].span.end}))) ++reach;
        for (std::size_t n = reach; n >= 1; --n) {
            if (w[i + n - 1].connector) continue;
            Span s{w[i].span.begin, w[i + n - 1].span.end};
            // Most n-grams name nothing: the unit's own copy of the text is made only for a known one.
            if (gaz().knows(src_.slice(s))) return Unit{i, n, s, std::string(src_.slice(s))};
        }
        return std::nullopt;
    }

    bool whole_run(const Unit& u, const std::vector<Word>& w) const { return u.first == 0 && u.count == w.size(); }

    // Is the unit a place the copy means? Countries almost always are; regions and cities only when they make the
    // whole run (so "Vladimir" in "Vladimir Putin" or "Davis" in "Jeff Davis" are not places).
    // "in London and Moscow", "Kano, Kaduna or Abuja": a run that is known places joined by "and" or "or" (and not
    // itself one name, as "Trinidad and Tobago" is) lists them; each is then a whole run of its own. Returns the
    // number of places listed, or 0.
    std::size_t listed_places(const std::vector<Word>& w) const {
        std::size_t n = 0, begin = 0;
        bool joined = false;
        for (std::size_t i = 0; i <= w.size(); ++i) {
            bool conjunction = i < w.size() && w[i].connector && (w[i].text == "and" || w[i].text == "or");
            if (i < w.size() && !conjunction) continue;
            if (i == begin) return 0;
            auto u = longest_known(w, begin);
            if (!u || u->count != i - begin) return 0;
            if (begin == 0 && i == w.size()) return 0;  // one name
            ++n;
            joined = joined || conjunction;
            begin = i + 1;
        }
        return joined ? n : 0;
    }

    // `listed`: the run lists places (listed_places), so a unit that is one item of the list is whole.
    bool plausible(const Unit& u, const std::vector<Word>& w, bool anchored, const Place& best, bool listed = false) const {
        if (best.kind == PlaceKind::country) {
            // "Michael Jordan", "Jordan Peterson": a country name next to a person's name is part of that name.
            auto person_word = [&](std::size_t i) {
                return i < w.size() && !w[i].connector && k_.names.known_name(w[i].text) &&
                       !k_.names.common_word(w[i].text) && !major_place(w[i].text);
            };
            return !(u.first > 0 && person_word(u.first - 1)) && !person_word(u.first + u.count);
        }
        auto item_end = [&](std::size_t i) { return i == w.size() || (w[i].connector && (w[i].text == "and" || w[i].text == "or")); };
        bool item = listed && (u.first == 0 || item_end(u.first - 1)) && item_end(u.first + u.count);
        if (!whole_run(u, w) && !item) return false;
        auto population = gaz().largest_city_population(u.text);
        if (u.count == 1) {
            // Acronyms ("UN", "EU"), demonyms ("Arab") and ordinary words ("Western", "Congress") that also name
            // some town or region are not places, unless the place is large ("Nice", "Reading").
            if (all_caps(u.text) || !gaz().demonym_country(u.text).empty()) return false;
            if (k_.names.common_word(u.text) && population < major_city_population) return false;
        }
        // "in the Arab republic": after an article comes a country or region ("the Netherlands"), not a city.
        if (best.kind == PlaceKind::city && after_article(u.span.begin)) return false;
        if (anchored) return true;
        // Bare: a region, or a sizeable city whose name is not also a common personal name ("Allen", "Davis")
        // unless the city is large.
        if (best.kind == PlaceKind::region) return true;
        if (u.count == 1 && k_.names.known_name(u.text)) return population >= major_city_population;
        return population >= bare_city_population;
    }

    // A name that continues a list of places: a country or region, or a sizeable city; not an acronym ("NATO").
    bool listed_place(std::string_view name) const {
        auto place = gaz().best(name);
        if (!place) return false;
        if (place->kind == PlaceKind::country) return true;
        if (all_caps(name)) return false;
        return place->kind == PlaceKind::region || gaz().largest_city_population(name) >= bare_city_population;
    }

    bool after_article(std::size_t pos) const {
        std::string_view before = std::string_view(src_.text).substr(0, pos);
        return before.ends_with("the ") || before.ends_with("The ");
    }

    // A country, a populous region or a large city: a word that names one is not taken for a person's name.
    bool major_place(std::string_view word) const {
        auto place = gaz().best(word);
        if (!place) return false;
        if (place->kind == PlaceKind::country) return true;
        if (place->kind == PlaceKind::region) return place->population >= major_city_population;
        return gaz().largest_city_population(word) >= major_city_population;
    }

    // A month before a day ("NEW YORK, March 11 (Reuters)"): a date, though towns are called March and May.
    bool month_before_day(std::string_view name, Span span) const {
        std::size_t e = span.end;
        return roles::is_calendar_word(name) && e + 1 < src_.text.size() && src_.text[e] == ' ' &&
               std::isdigit(static_cast<unsigned char>(src_.text[e + 1]));
    }

    void add(Span span, std::string name, Span name_span, bool demonym, std::string country_code) {
        if (month_before_day(name, name_span)) return;
        PlaceMention m;
        m.span = span;
        m.name = std::move(name);
        m.name_span = name_span;
        m.demonym = demonym;
        m.country_code = std::move(country_code);
        m.sentence = sentence_;
        ex_.places.push_back(std::move(m));
    }

    // Demonyms and country names inside one word, whole or hyphenated: "Russian", "US-led", "Russian-backed",
    // "US-Russia", "Syrian-Turkish".
    void word_references(const Word& w) {
        std::size_t start = 0;
        while (start <= w.text.size()) {
            std::size_t dash = w.text.find('-', start);
            std::size_t end = dash == std::string_view::npos ? w.text.size() : dash;
            std::string_view part = w.text.substr(start, end - start);
            Span ps{w.span.begin + start, w.span.begin + end};
            if (!part.empty() && part.front() >= 'A' && part.front() <= 'Z') {
                if (auto code = gaz().demonym_country(part); !code.empty()) {
                    add(ps, std::string(part), ps, true, code);
                } else if (part.size() < w.text.size()) {  // the whole word was tried as a name already
                    auto place = gaz().best(part);
                    if (place && place->kind == PlaceKind::country) add(ps, std::string(part), ps, false, place->country_code);
                }
            }
            if (dash == std::string_view::npos) break;
            start = dash + 1;
        }
    }

    // Every place and demonym in a run; returns the units found.
    std::vector<Unit> references(const std::vector<Word>& w, bool anchored) {
        std::vector<Unit> found;
        // A list only when every item could be a place alone ("Wesson and Paris": a town Wesson is too small).
        // Nor when an item is a person's name and no large city ("at Johnson and Johnson", "Barnes and Noble"),
        // or the same name twice.
        bool listed = listed_places(w) >= 2;
        std::vector<std::string_view> items;
        for (std::size_t i = 0; listed && i < w.size(); ++i) {
            if (w[i].connector) continue;
            auto u = longest_known(w, i);
            listed = u && plausible(*u, w, anchored, *gaz().best(u->text), true) &&
                     !(k_.names.known_name(u->text) && gaz().best(u->text)->kind == PlaceKind::city &&
                       gaz().largest_city_population(u->text) < major_city_population) &&
                     std::find(items.begin(), items.end(), src_.slice(u->span)) == items.end();
            if (u) {
                items.push_back(src_.slice(u->span));
                i += u->count - 1;
            }
        }
        for (std::size_t i = 0; i < w.size();) {
            // Two-word demonyms: "North Korean", "South African", "New Zealander".
            if (i + 1 < w.size() && !w[i].connector && !w[i + 1].connector) {
                Span s2{w[i].span.begin, w[i + 1].span.end};
                std::string_view two = src_.slice(s2);  // copied only for a demonym: most pairs are none
                if (auto code = gaz().demonym_country(two); !code.empty()) {
                    add(s2, std::string(two), s2, true, code);
                    i += 2;
                    continue;
                }
            }
            if (auto u = longest_known(w, i)) {
                Place best = *gaz().best(u->text);  // a known unit has one
                if (plausible(*u, w, anchored, best, listed)) {
                    add(u->span, u->text, u->span, false, {});
                    found.push_back(*u);
                    i += u->count;
                    continue;
                }
            }
            if (!w[i].connector) word_references(w[i]);
            ++i;
        }
        return found;
    }

    // Does the mention starting at `begin` open its clause ("In Paris, Japan promised", "He said that in Paris,
    // Japan ...")? Only then can the capitalised run after the comma be the clause's subject; after a noun or verb
    // ("Rescuers in Dujiangyan, France pulled", "jumped 5 percent in Hong Kong, Nigeria said") the phrase is no
    // introduction and the run is the place's parent.
    bool opens_clause(std::size_t begin) const {
        std::string_view t(src_.text);
        std::size_t i = begin;
        while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '"' || t[i - 1] == '(')) --i;
        if (i == 0 || t[i - 1] == '\n' || t[i - 1] == ',' || t[i - 1] == ';' || t[i - 1] == ':' || t[i - 1] == '.' ||
            t[i - 1] == '-' || static_cast<unsigned char>(t[i - 1]) >= 0x80)  // dashes, curly quotes
            return true;
        std::size_t e = i;
        while (i > 0 && std::isalpha(static_cast<unsigned char>(t[i - 1]))) --i;
        static constexpr std::array<std::string_view, 16> openers = {
            "that", "and", "but", "or", "as", "when", "while", "because", "after", "before", "where", "so", "if",
            "though", "although", "since"};
        std::string w = ascii_lower(t.substr(i, e - i));
        if (std::find(openers.begin(), openers.end(), w) != openers.end()) return true;
        // A sentence that opens with an adverbial ("During his visit to Tokyo, Howard said", "Earlier in Geneva,
        // Jordan said", "Speaking in Madrid,") may put a subject after any comma; one that opens with its subject
        // ("Rescuers in Dujiangyan, France pulled") has its verb to come.
        if (src_.sentences.empty()) return false;
        std::size_t s0 = src_.sentences[src_.sentence_index(begin)].span.begin;
        while (s0 < begin && !std::isalpha(static_cast<unsigned char>(t[s0]))) ++s0;
        std::size_t s1 = s0;
        while (s1 < t.size() && std::isalpha(static_cast<unsigned char>(t[s1]))) ++s1;
        std::string first = ascii_lower(t.substr(s0, s1 - s0));
        static constexpr std::array<std::string_view, 26> adverbials = {
            "during", "at", "in", "on", "after", "before", "following", "despite", "with", "under", "for", "among",
            "as", "while", "when", "since", "by", "from", "to", "earlier", "later", "meanwhile", "today",
            "yesterday", "speaking", "elsewhere"};
        return std::find(adverbials.begin(), adverbials.end(), first) != adverbials.end() ||
               (first.size() > 4 && first.ends_with("ly"));
    }

    // The text right after a parent run decides whether the run is a parent or the next item of a list or the
    // subject of a new clause (only for a mention that opens its clause: `opens`).
    bool parent_ends_cleanly(std::size_t pos, bool opens = true) const {
        std::string_view rest = std::string_view(src_.text).substr(pos, std::min<std::size_t>(range_end_ - std::min(pos, range_end_), 64));
        // Does s start with a place name (a capitalised word the gazetteer knows, alone or with the next word)?
        auto next_is_capital = [&](std::string_view s) {
            if (s.empty() || !((s.front() >= 'A' && s.front() <= 'Z') || static_cast<unsigned char>(s.front()) >= 0xC3))
                return false;
            std::size_t e1 = s.find_first_of(" ,.;:!?\"()");
            if (listed_place(s.substr(0, e1))) return true;
            if (e1 == std::string_view::npos || s[e1] != ' ') return false;
            return listed_place(s.substr(0, s.find_first_of(" ,.;:!?\"()", e1 + 1)));
        };
        if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) return false;
        // A list goes on with a place name: ", Homs", ", and Homs", " and Homs" ("Idlib, Aleppo and Homs"); not
        // with another name ("in Brussels, Belgium, NATO ministers") or a lower-case word (", and on to").
        // "Fort Wayne, Ohio, and Cincinnati, Ohio": a list of city-state pairs, each a parent claim.
        auto conjunction_then_capital = [&](std::string_view s) {
            for (std::string_view c : {"and ", "or "})
                if (s.starts_with(c))
                    return next_is_capital(s.substr(c.size())) && !starts_with_city_pair(gaz(), s.substr(c.size()));
            return false;
        };
        if (rest.starts_with(", ")) {
            std::string_view after = rest.substr(2);
            return !next_is_capital(after) && !conjunction_then_capital(after);
        }
        if (rest.starts_with(" ") && conjunction_then_capital(rest.substr(1))) return false;
        if (rest.starts_with(" ")) {
            std::string_view after = rest.substr(1);
            std::string_view word = after.substr(0, after.find_first_of(" ,.;:"));
            // A reporting verb ("..., Santos said") closes wherever it stands.
            if (clause_verb(word) && (opens || grammars::attribution::is_speech_verb(word))) return false;
        }
        return true;
    }

    // A place said to lie in a parent: "Helsinki, Moscow", "the Russian city of Kharkiv", "Odesa in Russia".
    void claim(const Unit& child, std::string parent, Span parent_span, Span whole) {
        PlaceMention pm;
        pm.span = whole;
        pm.name = child.text;
        pm.name_span = child.span;
        pm.parent = std::move(parent);
        pm.parent_span = parent_span;
        pm.sentence = sentence_;
        ex_.places.push_back(std::move(pm));
    }

    // "the Russian city of Kharkiv": a place named in full after a nationality claims that nationality's country
    // as its parent (the parent span is the nationality's word). Otherwise the words are read as the scan would
    // have read them alone: a nationality, then a place after "of".
    void described(const ast::Mention& m, std::vector<Word>& name) {
        Span nationality = span_of(*m.parent);
        std::string code = gaz().demonym_country(src_.slice(nationality));
        std::string country = code.empty() ? std::string() : gaz().country_name(code);
        auto unit = longest_known(name, 0);
        if (!country.empty() && unit && whole_run(*unit, name)) {
            auto place = gaz().best(unit->text);
            if (place && place->kind != PlaceKind::country && data::fold_name(unit->text) != data::fold_name(country)) {
                claim(*unit, country, nationality, {nationality.begin, unit->span.end});
                std::vector<Word>& parent = parent_words_;
                words_of(*m.parent, parent);
                references(parent, false);  // the nationality is a mention of its country too
                return;
            }
        }
        std::vector<Word>& parent = parent_words_;
        words_of(*m.parent, parent);
        references(parent, false);
        references(name, true);
    }

    // "near Bakhmut in eastern Ukraine", "Odesa in southern Russia": a city or region said to lie in a country or
    // region, when a locative preposition stands before it or a direction word before the parent (a team "in
    // Spain" for a match is no place in a country). Otherwise the two runs are read as places on their own.
    void within(const ast::Mention& m, std::vector<Word>& name) {
        const char* p = m.within->begin();
        const char* e = m.within->end();
        bool direction = false;
        // Past the separator, "in", "the" and a direction word: the rest is the parent's run.
        auto skip_word = [&] {
            while (p < e && (*p == ' ' || static_cast<unsigned char>(*p) == 0xC2 || static_cast<unsigned char>(*p) == 0xA0)) ++p;
            const char* w = p;
            while (p < e && ((*p >= 'a' && *p <= 'z') || *p == '-')) ++p;
            return std::string_view(w, static_cast<std::size_t>(p - w));
        };
        skip_word();  // "in"
        const char* mark = p;
        std::string_view w = skip_word();
        if (w == "the") mark = p, w = skip_word();
        if (!w.empty() && grammars::places::is_direction_word(w)) direction = true, mark = p;
        p = mark;
        while (p < e && (*p == ' ' || static_cast<unsigned char>(*p) == 0xC2 || static_cast<unsigned char>(*p) == 0xA0)) ++p;
        std::vector<Word>& parent = parent_words_;
        words_of(ast::Run(p, e), parent);
        auto child_unit = longest_known(name, 0);
        auto parent_unit = parent.empty() ? std::nullopt : longest_known(parent, 0);
        // Where something happens, not where it comes from or goes ("products from Hitachi in U.S.").
        bool locative = false;
        if (m.preposition) {
            std::string w = ascii_lower(std::string_view(m.preposition->begin(), m.preposition->size()));
            for (std::string_view l : {"in", "at", "near", "outside", "inside", "around", "across", "within"})
                locative = locative || w == l;
        }
        if ((locative || direction) && child_unit && parent_unit && whole_run(*child_unit, name) &&
            whole_run(*parent_unit, parent) && place_ends(parent_unit->span.end) &&
            gaz().demonym_country(parent_unit->text).empty()) {
            auto child_place = gaz().best(child_unit->text);
            auto parent_place = gaz().best(parent_unit->text);
            // Without a direction word, only a major city: a town abroad may share its name with one the gazetteer
            // lacks ("the mine at Faro in Canada", Yukon).
            if (child_place && child_place->kind != PlaceKind::country && parent_place &&
                parent_place->kind != PlaceKind::city &&
                (direction || (child_place->kind == PlaceKind::city && child_place->population >= major_city_population)) &&
                data::fold_name(child_unit->text) != data::fold_name(parent_unit->text)) {
                claim(*child_unit, parent_unit->text, parent_unit->span, {child_unit->span.begin, parent_unit->span.end});
                add(parent_unit->span, parent_unit->text, parent_unit->span, false, {});  // the parent is a place too
                return;
            }
        }
        references(name, m.preposition.has_value());
        references(parent, true);
    }

    // Does the parent of "X in Parent" end as a place name ends: at punctuation, the text's end, a conjunction, a
    // preposition or a past verb; not before a noun it qualifies ("London in the Saudi riyal market").
    bool place_ends(std::size_t end) const {
        std::string_view t = src_.text;
        if (end >= t.size() || t[end] != ' ') return true;
        std::size_t b = end + 1, e = b;
        while (e < t.size() && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
        std::string_view w = t.substr(b, e - b);
        if (w.empty() || !(w.front() >= 'a' && w.front() <= 'z')) return w.empty();
        static constexpr std::array<std::string_view, 24> ok = {
            "on", "in", "at", "for", "to", "from", "with", "by", "after", "before", "last", "this", "where", "which",
            "when", "since", "during", "as", "and", "or", "but", "near", "while", "until"};
        return std::find(ok.begin(), ok.end(), w) != ok.end() || w.ends_with("ed") || clause_verb(w);
    }

    void on_match(const ast::Mention& m) {
        std::vector<Word>& name = name_words_;
        words_of(m.name, name);
        if (name.empty()) return;
        bool anchored = m.preposition.has_value();
        if (m.kind) {
            described(m, name);
            return;
        }
        if (m.within) {
            within(m, name);
            return;
        }
        if (m.parent) {
            std::vector<Word>& parent = parent_words_;
            words_of(*m.parent, parent);
            auto child_unit = longest_known(name, 0);
            auto parent_unit = parent.empty() ? std::nullopt : longest_known(parent, 0);
            // "Brooklyn, N.Y. Later she ...": a dotted abbreviation may end the sentence and the parent with it.
            bool parent_whole = parent_unit && (whole_run(*parent_unit, parent) ||
                                                (parent_unit->first == 0 && parent_unit->text.ends_with('.')));
            if (child_unit && parent_unit && whole_run(*child_unit, name) && parent_whole &&
                parent_ends_cleanly(parent_unit->span.end,
                                    opens_clause(m.preposition ? span_of(*m.preposition).begin : child_unit->span.begin))) {
                auto child_place = gaz().best(child_unit->text);
                auto parent_place = gaz().best(parent_unit->text);
                // Only a city or region can have a parent ("Russia, Iran and Turkey" is a list), and a parent is a
                // country, a region or a city (for a district).
                if (child_place && child_place->kind != PlaceKind::country && parent_place &&
                    data::fold_name(child_unit->text) != data::fold_name(parent_unit->text) &&
                    !month_before_day(parent_unit->text, parent_unit->span)) {
                    claim(*child_unit, parent_unit->text, parent_unit->span, {child_unit->span.begin, parent_unit->span.end});
                    // The parent is itself a place mention.
                    add(parent_unit->span, parent_unit->text, parent_unit->span, false, {});
                    return;
                }
            }
            references(name, anchored);
            references(parent, false);
            return;
        }
        references(name, anchored);
    }
};

}  // namespace

void extract_places(const Source& source, const Knowledge& knowledge, Extraction& ex) {
    extract_places(source, knowledge, grammars::WordStarts(source.text), ex);
}

void extract_places(const Source& source, const Knowledge& knowledge, const grammars::WordStarts& words, Extraction& ex) {
    if (knowledge.gazetteer.empty()) return;
    PlaceExtractor(source, knowledge, words, ex).run();
    auto by_start = [](const PlaceMention& a, const PlaceMention& b) { return a.span.begin < b.span.begin; };
    // Mentions mostly come in text order already: sorting one that is moves every mention through a buffer.
    if (!std::is_sorted(ex.places.begin(), ex.places.end(), by_start))
        std::stable_sort(ex.places.begin(), ex.places.end(), by_start);
}

}  // namespace crosscheck
