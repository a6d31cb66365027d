// The people grammar's one translation unit: defines and instantiates its rules for iterator_type.
#include "grammars/people_def.hpp"

namespace crosscheck::grammars::people {

using context_type = x3::unused_type;
BOOST_SPIRIT_INSTANTIATE(mention_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(pronoun_type, iterator_type, context_type)

mention_type const& mention() { return mention_rule; }
pronoun_type const& pronoun() { return pronoun_rule; }

StartSet const& mention_starts() {
    static const StartSet starts = [] {
        StartSet s;
        s.capitals = true;    // cap_word, dotted, abbreviated
        s.hyphenated = true;  // particle_hyphen ("al-Assad"), lower_title ("co-founder")
        // An article starts a mention only before a word that starts one ("the spokesman", "a Pentagon official").
        for (auto w : {"the", "a", "an"}) s.add_lead(w);
        for (const auto& w : roles::title_words()) s.add(w);  // lower_title
        for (auto w : name_particles()) s.add(w);               // particle_space
        return s;
    }();
    return starts;
}

StartSet const& pronoun_starts() {
    static const StartSet starts = [] {
        StartSet s;
        s.add("he");
        s.add("she");
        return s;
    }();
    return starts;
}

}  // namespace crosscheck::grammars::people
