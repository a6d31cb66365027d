// Shared by the people rules (name.variant-spelling, role.conflict): the mentions of one person across sources.
#pragma once

#include <vector>

#include "model/corpus.hpp"

namespace crosscheck {

struct MentionRef {
    std::size_t source = 0;
    std::size_t mention = 0;  // index into Extraction::people_mentions
};

// Every non-pronoun mention of a GlobalPerson, in source then text order.
std::vector<MentionRef> person_mentions(const Corpus&, const GlobalPerson&);
const PersonMention& mention_of(const Corpus&, MentionRef);
// The span of a mention's last name word as written ("Anatolov" in "Ambassador Anatolov").
Span surname_span(const Source&, const PersonMention&);

}  // namespace crosscheck
