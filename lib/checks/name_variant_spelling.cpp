// name.variant-spelling: one person's surname written two ways ("Ambassador Anatolov" ... "Anatoly Antonov").
// The resolver links the two only with supporting context (same given name, or a shared title or
// organisation); this rule reports the minority spelling and suggests the majority one. Case, diacritics and
// transliteration variants (al-Assad / Al-Assad, Zelensky / Zelenskyy) and nicknames (Jim / James) are not
// reported.
#include <fmt/format.h>

#include <algorithm>
#include <bitset>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "checks/check.hpp"
#include "checks/people_common.hpp"
#include "grammars/attribution.hpp"
#include "knowledge/names.hpp"
#include "knowledge/roles.hpp"
#include "util/find_bytes.hpp"

namespace crosscheck {

namespace {

class NameVariantSpelling : public Check {
public:
    std::string_view id() const override { return "name.variant-spelling"; }
    Severity default_severity() const override { return Severity::error; }
    std::string_view summary() const override {
        return "one person's name is spelt two ways (within an article or across articles)";
    }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        std::size_t linked = out.size();
        NameKeys keys;  // names' spelling keys worked out once per run: a known person has thousands of mentions
        for (const auto& gp : ctx.corpus.people) check_person(ctx, gp, keys, out);
        // Name pairs are looked for once per source (each word asks the word list and the gazetteer).
        std::vector<std::vector<NamePair>> pairs;
        PlainWords plain;  // words asked about once per run: a newswire repeats its names in thousands of stories
        for (const auto& src : ctx.corpus.sources) pairs.push_back(name_pairs(ctx, src.text, plain));
        std::unordered_map<std::string, bool> surname_places;  // place_word() of full names' surnames, per run
        std::vector<Undecided> undecided;
        for (std::size_t s = 0; s < ctx.corpus.sources.size(); ++s)
            check_unlinked(ctx, s, pairs[s], linked, surname_places, undecided, out);
        settle_by_other_articles(ctx, undecided, out);
        for (std::size_t s = 0; s < ctx.corpus.sources.size(); ++s) check_given_names(ctx, s, pairs[s], out);
    }

private:
    struct Spelling {
        std::string written;                 // surname as first written
        std::vector<MentionRef> mentions;
        std::set<std::string> words;         // keys of every word of its mentions' names
    };

    static bool plural_of(std::string_view a, std::string_view b) {
        while (!a.empty() && (a.back() == '\'' || a.back() == 's') && a.size() > b.size()) a.remove_suffix(1);
        return a.size() == b.size() && a == b;
    }

    static bool place_word(const CheckContext& ctx, const std::string& w) {
        const Gazetteer& gaz = ctx.knowledge.gazetteer;
        if (!gaz.demonym_country(w).empty()) return true;
        auto places = gaz.resolve(w);
        return !places.empty() && places.front().kind != PlaceKind::city;
    }

    // Words of a name as spelling keys: "Li Ka-shing" -> li, kashing.
    static void add_words(std::string_view name, std::set<std::string>& out) {
        std::size_t i = 0;
        while (i < name.size()) {
            std::size_t j = name.find(' ', i);
            if (j == std::string_view::npos) j = name.size();
            if (j > i) out.insert(transliteration_key(surname_key(name.substr(i, j - i))));
            i = j + 1;
        }
    }

    // How often a word is written alone (no letter either side) in a text.
    static std::size_t occurrences(const std::string& t, const std::string& w) {
        std::size_t n = 0;
        for (std::size_t k = t.find(w); k != std::string::npos; k = t.find(w, k + w.size())) {
            std::size_t e = k + w.size();
            n += (k == 0 || !std::isalpha(static_cast<unsigned char>(t[k - 1]))) &&
                 (e >= t.size() || !std::isalpha(static_cast<unsigned char>(t[e])));
        }
        return n;
    }

    static bool upper(char c) { return c >= 'A' && c <= 'Z'; }
    static bool lower(char c) { return c >= 'a' && c <= 'z'; }

    // A misspelt surname written alone ("Baekr said" after "James Baker") is no known name, so extraction takes
    // it for no person and the resolver cannot link it. Within one article, a lone capitalised word one edit from
    // the surname of a person named in full there, that is no known name, English word or place, is that
    // person's name misspelt.
    struct NamePair;
    // A lone word reported against a full mention when neither spelling is a known name and the article writes
    // neither more often: the other articles of the run may know which is right (settle_by_other_articles).
    struct Undecided {
        std::size_t finding;  // index in out
        std::string word, surname;
        Span surname_span;    // the surname within the full mention
        std::string full_text;
        const char* apart;
    };
    // Does a speech verb follow the word ending at j ("Lasu told", "Lasu said")?
    static bool speaks_after(std::string_view t, std::size_t j) {
        if (j >= t.size() || t[j] != ' ') return false;
        std::size_t e = j + 1;
        while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
        return e > j + 1 && grammars::attribution::is_speech_verb(t.substr(j + 1, e - j - 1));
    }

    static void check_unlinked(const CheckContext& ctx, std::size_t source, const std::vector<NamePair>& pairs,
                               std::size_t linked, std::unordered_map<std::string, bool>& surname_places,
                               std::vector<Undecided>& undecided, std::vector<Finding>& out) {
        auto surname_place = [&](const std::string& surname) {
            auto [it, fresh] = surname_places.try_emplace(surname, false);
            if (fresh) it->second = place_word(ctx, surname);
            return it->second;
        };
        const Source& src = ctx.corpus.sources[source];
        const Extraction& ex = ctx.corpus.extractions[source];
        const Names& names = ctx.knowledge.names;
        struct Full {
            std::string surname;
            Span span;  // the full mention
        };
        std::vector<Full> full;
        // Every word of every full name (two words or more) in this article, as written: a doubled letter is a
        // slip here, not a transliteration (the word must also be no known name). A surname alone may be the slip
        // itself ("Mayor Lindgern" after "Astrid Lindgren": the resolver had no given name to link them by).
        std::set<std::string, std::less<>> name_words;
        for (const auto& m : ex.people_mentions) {
            if (m.name.empty()) continue;
            for (std::size_t a = 0, b; a < m.name.size() && m.name.find(' ') != std::string::npos; a = b + 1) {
                b = std::min(m.name.find(' ', a), m.name.size());
                name_words.emplace(strip_possessive(std::string_view(m.name).substr(a, b - a)));
            }
            NameParts parts = split_name(m.name);
            if (parts.given.empty() || parts.surname.size() < 5 || parts.surname.find(' ') != std::string::npos ||
                surname_place(parts.surname))
                continue;
            if (std::none_of(full.begin(), full.end(), [&](const Full& f) { return f.surname == parts.surname; }))
                full.push_back({parts.surname, m.span});
        }
        const std::string& t = src.text;
        for (const auto& pair : pairs)
            if (std::none_of(full.begin(), full.end(), [&](const Full& f) { return f.surname == pair.surname; }))
                full.push_back({pair.surname, pair.span});
        if (full.empty()) return;
        std::set<std::string> reported;
        for (std::size_t i = next_capital(t, 0); i < t.size(); i = next_capital(t, i)) {
            if (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '-' ||
                          (t[i - 1] == '\'' && i > 1 && upper(t[i - 2])))) {
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            while (j < t.size() && lower(t[j])) ++j;
            // A hyphenated surname is one word ("Dubois-Martinn" after "Jean-Pierre Dubois-Martin"), and so is one
            // with an apostrophe after its first capital ("O'Brein" after "Darragh O'Brien", "D'Arcy").
            if (j == i + 1 && j + 2 < t.size() && t[j] == '\'' && upper(t[j + 1]) && lower(t[j + 2])) {
                j += 2;
                while (j < t.size() && lower(t[j])) ++j;
            }
            while (j + 2 < t.size() && t[j] == '-' && upper(t[j + 1]) && lower(t[j + 2])) {
                j += 2;
                while (j < t.size() && lower(t[j])) ++j;
            }
            Span span{i, j};
            std::string_view w(t.data() + i, j - i);
            i = j;
            if (w.size() < 4 || (j < t.size() && (std::isalnum(static_cast<unsigned char>(t[j])) || t[j] == '-')))
                continue;
            // A surname of the article one edit away, or a doubled letter moved: the test most words fail, so it
            // comes first (the tests below ask the word lists and the gazetteer: only for a match). Either changes
            // the length by one at most.
            const Full* match = nullptr;
            for (const auto& f : full)
                if (f.surname[0] == w[0] && f.surname.size() + 1 >= w.size() && w.size() + 1 >= f.surname.size() &&
                    f.surname != w && (osa_distance(f.surname, w) == 1 || typing_slip(f.surname, w)) &&
                    !plural_of(w, f.surname) && !plural_of(f.surname, w))
                    match = &f;
            // Two edits apart only as the subject of a speech verb ("Guillermo Lasso ... Lasu told local leaders"):
            // a lone word that speaks is a person, and one named in full with a surname this near is that person.
            bool two_apart = false;
            if (!match && w.size() >= 4 && speaks_after(t, j))
                for (const auto& f : full)
                    if (f.surname[0] == w[0] && f.surname.size() >= 5 && f.surname.size() + 1 >= w.size() &&
                        w.size() + 1 >= f.surname.size() && osa_distance(f.surname, w) == 2 &&
                        !plural_of(w, f.surname) && !plural_of(f.surname, w)) {
                        match = &f;
                        two_apart = true;
                    }
            if (!match) continue;
            if (two_apart && (names.known_name(w) || occurrences(t, std::string(w)) > 1)) continue;
            // Part of a longer name: a capitalised word right before or after ("First Boston", "Baker Hughes"), but
            // a generational suffix ("Maarcos Jr. told reporters").
            if (j + 1 < t.size() && t[j] == ' ' && upper(t[j + 1])) {
                std::size_t k = j + 1;
                while (k < t.size() && std::isalpha(static_cast<unsigned char>(t[k]))) ++k;
                if (!is_generational_suffix(std::string_view(t).substr(j + 1, k - j - 1))) continue;
            }
            // A sentence's first word that is an ordinary word ("Besides Baekr's", "A Caampeau source") names nothing.
            if (span.begin >= 2 && t[span.begin - 1] == ' ') {
                std::size_t k = span.begin - 2;
                while (k > 0 && std::isalpha(static_cast<unsigned char>(t[k - 1]))) --k;
                bool starts = k == 0 || t[k - 1] == '\n' || (k >= 2 && t[k - 1] == ' ' && t[k - 2] == '.');
                std::string_view before(t.data() + k, span.begin - 1 - k);
                // A title or function word before it is no part of a name ("Treasury Secretary Baekr", "Mr Baekr").
                auto title = [&] {
                    return roles::is_title_head(before) || roles::is_title_abbreviation(before) ||
                           roles::is_function_word(before);
                };
                if (upper(t[k]) && std::isalpha(static_cast<unsigned char>(t[span.begin - 2])) && !title() &&
                    !(starts && names.common_word(before)))
                    continue;
            }
            std::string word(w);
            if (reported.contains(word) || name_words.contains(word)) continue;
            // A known name written more than once beside another known name ("Reagan" beside "Donald Regan") is
            // another person: a slip is a one-off, unless the full mention's surname is no name at all
            // ("Zabihullah Mujaihd" ... "Mujahid" twice: the full mention holds the slip). One word the other with a
            // "n" added ("Africa" / "African", "Sumatra" / "Sumatran") is a word form.
            bool known_word = match && names.known_name(word);
            if (known_word && occurrences(t, word) > 1 &&
                (names.known_name(match->surname) || occurrences(t, match->surname) > 1))
                continue;
            if (match && (match->surname == word + "n" || word == match->surname + "n")) continue;
            // A place name is no slip, but a known name that is also a small town's ("Edwards") may be one.
            const Gazetteer& gaz = ctx.knowledge.gazetteer;
            bool place = !gaz.resolve(word).empty() && (!known_word || gaz.largest_city_population(word) >= 100000);
            if (!match || names.common_word(word) || place_word(ctx, word) || place) continue;
            // Already reported through the resolver's links, as either spelling of a pair.
            auto reported_at = [&](Span sp) {
                return std::any_of(out.begin() + static_cast<std::ptrdiff_t>(linked), out.end(), [&](const Finding& o) {
                    return std::any_of(o.evidence.begin(), o.evidence.end(), [&](const Evidence& e) {
                        return e.source == source && e.span.overlaps(sp);
                    });
                });
            };
            if (reported_at(span)) continue;
            reported.insert(word);
            Finding f;
            f.rule = "name.variant-spelling";
            f.severity = Severity::error;
            f.confidence = 0.7;
            // When the lone word is a known name and the full mention's surname is not ("Prime Minister Ingvar
            // Calrsson" ... "Carlsson said"), or the lone spelling is the one written more often ("Mevlut
            // Cavusgolu" ... "Cavusoglu said" ... "Cavusoglu added"), the full mention holds the slip.
            std::string_view full_text = src.slice(match->span);
            const char* apart = two_apart ? "two letters" : osa_distance(match->surname, word) == 1 ? "one letter" : "a moved double letter";
            std::size_t at = full_text.rfind(match->surname);
            bool known = names.known_name(word) && !names.known_name(match->surname);
            // (A known full surname against an unknown lone word keeps the lone word as the slip, however often
            // it is written: "Douglas Danforth" ... "Danworth".)
            bool more_often = occurrences(t, word) > occurrences(t, match->surname) &&
                              (!names.known_name(match->surname) || names.known_name(word));
            if ((known || more_often) && at != std::string_view::npos) {
                Span surname{match->span.begin + at, match->span.begin + at + match->surname.size()};
                if (reported_at(surname)) continue;
                f.message = fmt::format("'{}' ({}) is {} from '{}' written later in this article, {}",
                                        match->surname, full_text, apart, word,
                                        known ? "a known name" : "the spelling written more often");
                f.fix = word;
                f.evidence.push_back(ctx.evidence(source, surname));
                f.evidence.push_back(ctx.evidence(source, span, "conflicts-with"));
            } else {
                f.message = fmt::format("'{}' is {} from '{}' ({}) named in this article; {}", word, apart,
                                        match->surname, full_text,
                                        names.known_name(word) ? "written only once" : "no known name");
                f.fix = match->surname;
                f.evidence.push_back(ctx.evidence(source, span));
                f.evidence.push_back(ctx.evidence(source, match->span, "conflicts-with"));
                if (at != std::string_view::npos && !names.known_name(word) && !names.known_name(match->surname) &&
                    ctx.corpus.sources.size() > 1)
                    undecided.push_back({out.size(), word, match->surname,
                                         {match->span.begin + at, match->span.begin + at + match->surname.size()},
                                         std::string(full_text), apart});
            }
            out.push_back(std::move(f));
        }
    }

    // Neither spelling a known name and the article no help ("Foreign Minister Vahit Halefolu" ... "Halefoglu
    // said"): in an archive the other articles usually write the name right. When more other articles write the
    // lone word than the full mention's surname, the full mention holds the slip. One pass over
    // the run's texts counts, per article, only the words asked about.
    static void settle_by_other_articles(const CheckContext& ctx, const std::vector<Undecided>& undecided,
                                         std::vector<Finding>& out) {
        if (undecided.empty()) return;
        std::unordered_map<std::string_view, std::size_t> articles;  // word -> articles writing it
        std::bitset<26 * 32> shape;  // (first letter, length): most capitalised words are ruled out by it
        auto shape_of = [](std::string_view w) { return static_cast<std::size_t>(w[0] - 'A') * 32 + (w.size() & 31); };
        for (const auto& u : undecided)
            for (const std::string* w : {&u.word, &u.surname}) {
                articles.try_emplace(*w, 0);
                shape.set(shape_of(*w));
            }
        std::vector<std::size_t*> seen;
        for (const auto& src : ctx.corpus.sources) {
            const std::string& t = src.text;
            seen.clear();
            for (std::size_t i = next_capital(t, 0); i < t.size(); i = next_capital(t, i)) {
                std::size_t j = i + 1;
                while (j < t.size() && (std::isalpha(static_cast<unsigned char>(t[j])) ||
                                        (t[j] == '-' && j + 1 < t.size() && std::isalpha(static_cast<unsigned char>(t[j + 1])))))
                    ++j;
                bool whole = (i == 0 || !std::isalpha(static_cast<unsigned char>(t[i - 1]))) &&
                             (j >= t.size() || static_cast<unsigned char>(t[j]) < 0x80);
                std::string_view w(t.data() + i, j - i);
                i = j;
                if (!whole || !shape.test(shape_of(w))) continue;
                if (auto it = articles.find(w); it != articles.end() &&
                                               std::find(seen.begin(), seen.end(), &it->second) == seen.end())
                    seen.push_back(&it->second);
            }
            for (std::size_t* n : seen) ++*n;
        }
        for (const auto& u : undecided) {
            // Both spellings are in the article itself: the counts beyond it are one less.
            std::size_t lone = articles[u.word] - 1, full = articles[u.surname] - 1;
            if (lone == 0 || lone <= full) continue;
            Finding& f = out[u.finding];
            std::size_t source = f.evidence.front().source;
            f.message = fmt::format("'{}' ({}) is {} from '{}' written later in this article, the spelling the other "
                                    "articles of this run use ({} of them against {})",
                                    u.surname, u.full_text, u.apart, u.word, lone, full);
            f.fix = u.word;
            Span lone_span = f.evidence.front().span;
            f.evidence.clear();
            f.evidence.push_back(ctx.evidence(source, u.surname_span));
            f.evidence.push_back(ctx.evidence(source, lone_span, "conflicts-with"));
        }
    }

    struct NamePair {
        std::string given, surname;
        Span span;        // both words
        Span given_span;
    };

    // Two capitalised words that read as a given name and a surname although the extractor, not knowing the given
    // name, took them for no person ("Mevlut Cavusoglu said", "Agathon Rwasa, leader of"): the first no English
    // word, title, function word or place; the second five letters or more, no English word or place.
    // Whether a word is plain (see name_pairs), by its text; the views point into the corpus's texts.
    using PlainWords = std::unordered_map<std::string_view, bool>;

    static std::vector<NamePair> name_pairs(const CheckContext& ctx, const std::string& t, PlainWords& memo) {
        const Names& names = ctx.knowledge.names;
        auto plain = [&](std::string_view w) {
            auto [it, fresh] = memo.try_emplace(w, false);
            if (fresh)
                it->second = !names.common_word(w) && !roles::is_title_word(w) && !roles::is_function_word(w) &&
                             !place_word(ctx, std::string(w)) && ctx.knowledge.gazetteer.resolve(w).empty();
            return it->second;
        };
        std::vector<NamePair> out;
        Span prev{};  // the last capitalised word (empty if not whole)
        // Only capitals can start a word here: the bytes between are skipped sixteen at a time. The word before
        // counts when one space, and nothing else, separates the two.
        for (std::size_t i = next_capital(t, 0); i < t.size(); i = next_capital(t, i)) {
            bool starts = i == 0 || !(std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '-' ||
                                      static_cast<unsigned char>(t[i - 1]) >= 0x80);
            if (!starts) {
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            while (j < t.size() && lower(t[j])) ++j;
            Span word{i, j};
            bool whole = j >= t.size() || !(std::isalnum(static_cast<unsigned char>(t[j])) || t[j] == '-' ||
                                            static_cast<unsigned char>(t[j]) >= 0x80);
            if (whole && !prev.empty() && prev.end + 1 == i && t[prev.end] == ' ' && word.size() >= 5) {
                std::string_view g(t.data() + prev.begin, prev.size()), sn(t.data() + i, j - i);
                if (g.size() >= 3 && plain(g) && plain(sn))
                    out.push_back({std::string(g), std::string(sn), {prev.begin, j}, prev});
            }
            prev = whole ? word : Span{};
            i = j;
        }
        return out;
    }

    // One person's given name written two ways in one article ("Zabihullah Mujahid" ... "Zaibullah Mujahid"): the
    // same surname after given names at most two edits apart, that are no nickname or transliteration of each
    // other, with the rarer spelling no known name (two known names, "Mark" and "Mary Kelly", are two people).
    static void check_given_names(const CheckContext& ctx, std::size_t source, const std::vector<NamePair>& pairs,
                                  std::vector<Finding>& out) {
        const Source& src = ctx.corpus.sources[source];
        const Names& names = ctx.knowledge.names;
        struct Written {
            std::string given;
            std::vector<Span> spans;  // the given name's spans in full mentions, in order of appearance
            Span full;                // the first full mention
        };
        std::map<std::string, std::vector<Written>> by_surname;
        auto add = [&](const std::string& given, const std::string& surname, Span given_span, Span full) {
            if (given.size() < 4 || surname.empty()) return;
            auto& list = by_surname[surname];
            auto it = std::find_if(list.begin(), list.end(), [&](const Written& w) { return w.given == given; });
            if (it == list.end()) list.push_back({given, {given_span}, full});
            else if (std::find(it->spans.begin(), it->spans.end(), given_span) == it->spans.end())
                it->spans.push_back(given_span);
        };
        for (const auto& m : ctx.corpus.extractions[source].people_mentions) {
            if (m.name.empty() || m.name_span.empty()) continue;
            NameParts parts = split_name(m.name);
            if (parts.given.empty() || !parts.middle.empty()) continue;
            std::string_view written = src.slice(m.name_span);
            if (!written.starts_with(parts.given)) continue;
            add(parts.given, parts.surname, {m.name_span.begin, m.name_span.begin + parts.given.size()}, m.span);
        }
        for (const auto& pair : pairs) add(pair.given, pair.surname, pair.given_span, pair.span);
        // How often each spelling is written as a word anywhere in the article ("Zabihullah said" counts too).
        auto written_count = [&](const std::string& w) { return occurrences(src.text, w); };
        for (auto& [surname, list] : by_surname) {
            if (list.size() < 2) continue;
            for (std::size_t a = 0; a < list.size(); ++a)
                for (std::size_t b = 0; b < list.size(); ++b) {
                    const Written& major = list[a];
                    const Written& minor = list[b];
                    // The rarer spelling, the later one on a tie, is the slip.
                    std::size_t n_major = written_count(major.given), n_minor = written_count(minor.given);
                    if (a == b || n_minor > n_major || (n_minor == n_major && minor.spans[0].begin < major.spans[0].begin))
                        continue;
                    // A slip of the keys written once against a spelling written more often is a slip even when
                    // both are listed names ("Phillipa" once, "Philippa Rendall" twice): no two people's given
                    // names are a moved double letter apart in one article.
                    bool slip = n_minor == 1 && n_major >= 2 && typing_slip(major.given, minor.given);
                    if (major.given[0] != minor.given[0] || osa_distance(major.given, minor.given) > 2 ||
                        (!slip && transliteration_key(major.given) == transliteration_key(minor.given)) ||
                        names.nickname_of(major.given, minor.given) || names.nickname_of(minor.given, major.given) ||
                        (!slip && (names.same_given_name(major.given, minor.given) || names.known_name(minor.given))) ||
                        names.common_word(minor.given))
                        continue;
                    Finding f;
                    f.rule = "name.variant-spelling";
                    f.severity = Severity::error;
                    f.confidence = 0.7;
                    f.message = fmt::format("'{} {}' and '{} {}' in this article: one name spelt two ways",
                                            minor.given, surname, major.given, surname);
                    f.fix = major.given;
                    f.evidence.push_back(ctx.evidence(source, minor.spans[0]));
                    f.evidence.push_back(ctx.evidence(source, major.full, "conflicts-with"));
                    out.push_back(std::move(f));
                }
        }
    }

    // A name's spelling key (its surname's) and the keys of all its words, by name.
    struct Keyed {
        std::string key;
        std::set<std::string> words;
    };
    using NameKeys = std::unordered_map<std::string, Keyed>;

    static void check_person(const CheckContext& ctx, const GlobalPerson& gp, NameKeys& keys, std::vector<Finding>& out) {
        std::map<std::string, Spelling> spellings;  // by transliteration key
        std::map<std::string, std::set<std::string>> names_added;  // names whose words a spelling holds already
        for (MentionRef r : person_mentions(ctx.corpus, gp)) {
            const PersonMention& m = mention_of(ctx.corpus, r);
            if (m.name.empty()) continue;
            auto [keyed, fresh] = keys.try_emplace(m.name);
            if (fresh) {
                keyed->second.key = transliteration_key(surname_key(split_name(m.name).surname));
                add_words(m.name, keyed->second.words);
            }
            auto& sp = spellings[keyed->second.key];
            if (sp.written.empty()) sp.written = std::string(ctx.corpus.sources[r.source].slice(surname_span(ctx.corpus.sources[r.source], m)));
            sp.mentions.push_back(r);
            if (names_added[keyed->second.key].insert(m.name).second)
                sp.words.insert(keyed->second.words.begin(), keyed->second.words.end());
        }
        if (spellings.size() < 2) return;
        const Names& names = ctx.knowledge.names;
        // The majority spelling: most mentions, then a known name, then the first written. A known name against
        // one no list holds wins unless the other is written three times as often ("President Maithripala
        // Sirisena" once, "Sirisens" twice: a slip repeated is still a slip).
        const Spelling* major = nullptr;
        // Neither known and as many mentions each, the spelling written with the given name wins over the surname
        // written alone (a tie otherwise went by key order). One mention apart decides nothing: "Mevlut Cavusgolu"
        // ... "Cavusoglu" twice, but "Maithripala Sirisena" ... "Sirisens" twice.
        auto full = [&](const Spelling& sp) {
            return std::any_of(sp.mentions.begin(), sp.mentions.end(), [&](MentionRef r) {
                return mention_of(ctx.corpus, r).name.find(' ') != std::string::npos;
            });
        };
        auto outweighs = [&](const Spelling& a, const Spelling& b) {
            bool ka = names.known_name(a.written), kb = names.known_name(b.written);
            if (ka != kb) return ka ? 3 * a.mentions.size() > b.mentions.size() : a.mentions.size() >= 3 * b.mentions.size();
            std::size_t na = a.mentions.size(), nb = b.mentions.size();
            if (!ka && na == nb && full(a) != full(b)) return full(a);
            return na > nb;
        };
        for (const auto& [key, sp] : spellings)
            if (!major || outweighs(sp, *major)) major = &sp;
        // The majority spelling's first mention in each source: one look-up per minority source, not a scan of
        // every majority mention (a well-known person has thousands).
        std::map<std::size_t, MentionRef> major_in_source;
        for (MentionRef r : major->mentions) major_in_source.emplace(r.source, r);
        for (const auto& [key, sp] : spellings) {
            if (&sp == major) continue;
            // One spelling is another word of the other's full name: the family name written first ("Li Ka-shing"
            // ... "Li"), a given name used alone ("Redzuan Sumun" ... "Redzuan"), not a misspelling.
            if (major->words.contains(key) || sp.words.contains(transliteration_key(surname_key(major->written))))
                continue;
            // A plural or possessive of the other ("Democrats", "Reagans'"), or a country and its nationality
            // ("Germany" / "German"): word forms, not spellings of a name.
            if (plural_of(sp.written, major->written) || plural_of(major->written, sp.written) ||
                place_word(ctx, sp.written) || place_word(ctx, major->written))
                continue;
            // Report once per source that has the minority spelling.
            std::map<std::size_t, MentionRef> first_in_source;
            for (MentionRef r : sp.mentions) first_in_source.emplace(r.source, r);
            for (auto [source, r] : first_in_source) {
                auto in_source = major_in_source.find(source);
                const MentionRef* other = in_source == major_in_source.end() ? nullptr : &in_source->second;
                bool same_source = other != nullptr;
                // Across articles a rare but real name may be spelt differently on purpose: report only when the
                // minority spelling is no known name and the majority one is, or the two are a slip of the keys
                // apart (the name lists hold some misspellings: "Jonhson").
                if (!same_source && (names.known_name(sp.written) || !names.known_name(major->written)) &&
                    !typing_slip(sp.written, major->written))
                    continue;
                if (!other) other = &major->mentions.front();
                const Source& src = ctx.corpus.sources[source];
                const PersonMention& m = mention_of(ctx.corpus, r);
                const PersonMention& om = mention_of(ctx.corpus, *other);
                Finding f;
                f.rule = "name.variant-spelling";
                f.severity = Severity::error;
                f.confidence = same_source ? 0.8 : 0.6;
                // The count is of the whole run's mentions, said so: within one article the other spelling may be
                // written once ("Muilenburg" once here, 16 times across the run).
                const std::size_t in = source;  // (a structured binding: lambdas may not capture one under clang 14)
                const std::size_t here = static_cast<std::size_t>(std::count_if(
                    major->mentions.begin(), major->mentions.end(), [in](MentionRef x) { return x.source == in; }));
                const std::size_t n = major->mentions.size();
                f.message = same_source && n > here
                                ? fmt::format("'{}' and '{}' name the same person ({}) in this article; '{}' is written {} "
                                              "time{} here, {} in all the articles checked",
                                              sp.written, major->written, gp.name, major->written, here,
                                              here == 1 ? "" : "s", n)
                                : fmt::format("'{}' and '{}' name the same person ({}){}; '{}' is written {} time{}",
                                              sp.written, major->written, gp.name,
                                              same_source ? " in this article" : " across articles", major->written, n,
                                              n == 1 ? "" : "s");
                f.fix = major->written;
                f.evidence.push_back(ctx.evidence(source, surname_span(src, m)));
                f.evidence.push_back(ctx.evidence(other->source, om.span, "conflicts-with"));
                out.push_back(std::move(f));
            }
        }
    }
};

}  // namespace

std::unique_ptr<Check> make_name_variant_spelling() { return std::make_unique<NameVariantSpelling>(); }

}  // namespace crosscheck
