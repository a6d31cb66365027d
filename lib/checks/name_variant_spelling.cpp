// name.variant-spelling: one person's surname written two ways ("Ambassador Anatolov" ... "Anatoly Antonov").
// The resolver links the two only with supporting context (same given name, or a shared title or
// organisation); this rule reports the minority spelling and suggests the majority one. Case, diacritics and
// transliteration variants (al-Assad / Al-Assad, Zelensky / Zelenskyy) and nicknames (Jim / James) are not
// reported.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "checks/check.hpp"
#include "checks/people_common.hpp"
#include "knowledge/names.hpp"
#include "knowledge/roles.hpp"

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
        for (const auto& gp : ctx.corpus.people) check_person(ctx, gp, out);
        for (std::size_t s = 0; s < ctx.corpus.sources.size(); ++s) check_unlinked(ctx, s, linked, out);
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

    static bool upper(char c) { return c >= 'A' && c <= 'Z'; }
    static bool lower(char c) { return c >= 'a' && c <= 'z'; }

    // A misspelt surname written alone ("Baekr said" after "James Baker") is no known name, so extraction takes
    // it for no person and the resolver cannot link it. Within one article, a lone capitalised word one edit from
    // the surname of a person named in full there, that is no known name, English word or place, is that
    // person's name misspelt.
    static void check_unlinked(const CheckContext& ctx, std::size_t source, std::size_t linked,
                               std::vector<Finding>& out) {
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
                place_word(ctx, parts.surname))
                continue;
            if (std::none_of(full.begin(), full.end(), [&](const Full& f) { return f.surname == parts.surname; }))
                full.push_back({parts.surname, m.span});
        }
        if (full.empty()) return;
        std::set<std::string> reported;
        const std::string& t = src.text;
        for (std::size_t i = 0; i < t.size();) {
            if (!upper(t[i]) || (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '-'))) {
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            while (j < t.size() && lower(t[j])) ++j;
            Span span{i, j};
            std::string_view w(t.data() + i, j - i);
            i = j;
            if (w.size() < 4 || (j < t.size() && (std::isalnum(static_cast<unsigned char>(t[j])) || t[j] == '-')))
                continue;
            // Part of a longer name: a capitalised word right before or after ("First Boston", "Baker Hughes").
            if (j + 1 < t.size() && t[j] == ' ' && upper(t[j + 1])) continue;
            // A sentence's first word that is an ordinary word ("Besides Baekr's", "A Caampeau source") names nothing.
            if (span.begin >= 2 && t[span.begin - 1] == ' ') {
                std::size_t k = span.begin - 2;
                while (k > 0 && std::isalpha(static_cast<unsigned char>(t[k - 1]))) --k;
                bool starts = k == 0 || t[k - 1] == '\n' || (k >= 2 && t[k - 1] == ' ' && t[k - 2] == '.');
                std::string_view before(t.data() + k, span.begin - 1 - k);
                // A title or function word before it is no part of a name ("Treasury Secretary Baekr", "Mr Baekr").
                bool title = roles::is_title_head(before) || roles::is_title_abbreviation(before) ||
                             roles::is_function_word(before);
                if (upper(t[k]) && std::isalpha(static_cast<unsigned char>(t[span.begin - 2])) && !title &&
                    !(starts && names.common_word(before)))
                    continue;
            }
            std::string word(w);
            if (reported.contains(word) || name_words.contains(word)) continue;
            const Full* match = nullptr;
            for (const auto& f : full)
                if (f.surname != word && f.surname[0] == word[0] && osa_distance(f.surname, word) == 1 &&
                    !plural_of(word, f.surname) && !plural_of(f.surname, word))
                    match = &f;
            if (!match || names.known_name(word) || names.common_word(word) || place_word(ctx, word) ||
                !ctx.knowledge.gazetteer.resolve(word).empty())
                continue;
            // Already reported through the resolver's links.
            if (std::any_of(out.begin() + static_cast<std::ptrdiff_t>(linked), out.end(), [&](const Finding& f) {
                    return f.evidence[0].source == source && f.evidence[0].span.overlaps(span);
                }))
                continue;
            reported.insert(word);
            Finding f;
            f.rule = "name.variant-spelling";
            f.severity = Severity::error;
            f.confidence = 0.7;
            f.message = fmt::format("'{}' is one letter from '{}' ({}) named in this article; no known name",
                                    word, match->surname, src.slice(match->span));
            f.fix = match->surname;
            f.evidence.push_back(ctx.evidence(source, span));
            f.evidence.push_back(ctx.evidence(source, match->span, "conflicts-with"));
            out.push_back(std::move(f));
        }
    }

    static void check_person(const CheckContext& ctx, const GlobalPerson& gp, std::vector<Finding>& out) {
        std::map<std::string, Spelling> spellings;  // by transliteration key
        for (MentionRef r : person_mentions(ctx.corpus, gp)) {
            const PersonMention& m = mention_of(ctx.corpus, r);
            if (m.name.empty()) continue;
            std::string surname = split_name(m.name).surname;
            auto& sp = spellings[transliteration_key(surname_key(surname))];
            if (sp.written.empty()) sp.written = std::string(ctx.corpus.sources[r.source].slice(surname_span(ctx.corpus.sources[r.source], m)));
            sp.mentions.push_back(r);
            add_words(m.name, sp.words);
        }
        if (spellings.size() < 2) return;
        const Names& names = ctx.knowledge.names;
        // The majority spelling: most mentions, then a known name, then the first written.
        const Spelling* major = nullptr;
        for (const auto& [key, sp] : spellings) {
            if (!major || sp.mentions.size() > major->mentions.size() ||
                (sp.mentions.size() == major->mentions.size() && names.known_name(sp.written) &&
                 !names.known_name(major->written)))
                major = &sp;
        }
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
                // minority spelling is no known name and the majority one is.
                if (!same_source && (names.known_name(sp.written) || !names.known_name(major->written))) continue;
                if (!other) other = &major->mentions.front();
                const Source& src = ctx.corpus.sources[source];
                const PersonMention& m = mention_of(ctx.corpus, r);
                const PersonMention& om = mention_of(ctx.corpus, *other);
                Finding f;
                f.rule = "name.variant-spelling";
                f.severity = Severity::error;
                f.confidence = same_source ? 0.8 : 0.6;
                f.message = fmt::format("'{}' and '{}' name the same person ({}){}; '{}' is written {} time{}",
                                        sp.written, major->written, gp.name,
                                        same_source ? " in this article" : " across articles", major->written,
                                        major->mentions.size(), major->mentions.size() == 1 ? "" : "s");
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
