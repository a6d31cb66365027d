// name.variant-spelling: one person's surname written two ways ("Ambassador Anatolov" ... "Anatoly Antonov").
// The resolver links the two only with supporting context (same given name, or a shared title or
// organisation); this rule reports the minority spelling and suggests the majority one. Case, diacritics and
// transliteration variants (al-Assad / Al-Assad, Zelensky / Zelenskyy) and nicknames (Jim / James) are not
// reported.
#include <fmt/format.h>

#include <map>
#include <set>

#include "checks/check.hpp"
#include "checks/people_common.hpp"
#include "knowledge/names.hpp"

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
        for (const auto& gp : ctx.corpus.people) check_person(ctx, gp, out);
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
