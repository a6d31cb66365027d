// The attribution grammar's one translation unit: defines and instantiates its rules for iterator_type.
#include "grammars/attribution_def.hpp"

namespace crosscheck::grammars::attribution {

using context_type = x3::unused_type;
BOOST_SPIRIT_INSTANTIATE(double_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(single_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(cue_type, iterator_type, context_type)

double_quote_type const& double_quote() { return double_quote_rule; }
single_quote_type const& single_quote() { return single_quote_rule; }
cue_type const& cue() { return cue_rule; }

StartSet const& cue_starts() {
    static const StartSet starts = [] {
        StartSet s;
        parser::verbs.for_each([&](std::string const& verb, int) { s.add(verb); });
        return s;
    }();
    return starts;
}

int cue_flags(std::string_view verb) {
    const int* flags = parser::verbs.find(std::string(verb));
    return flags ? *flags : 0;
}

bool is_speech_verb(std::string_view verb) { return parser::verbs.find(std::string(verb)) != nullptr; }

}  // namespace crosscheck::grammars::attribution
