#include "checks/people_common.hpp"

#include <algorithm>

namespace crosscheck {

std::vector<MentionRef> person_mentions(const Corpus& corpus, const GlobalPerson& gp) {
    std::vector<MentionRef> out;
    for (auto [s, e] : gp.members)
        for (std::size_t m : corpus.extractions[s].people[e].mentions)
            if (!corpus.extractions[s].people_mentions[m].pronoun) out.push_back({s, m});
    std::sort(out.begin(), out.end(), [](const MentionRef& a, const MentionRef& b) {
        return a.source != b.source ? a.source < b.source : a.mention < b.mention;
    });
    return out;
}

const PersonMention& mention_of(const Corpus& corpus, MentionRef r) {
    return corpus.extractions[r.source].people_mentions[r.mention];
}

Span surname_span(const Source& src, const PersonMention& m) {
    Span s = m.name_span;
    std::size_t b = s.end;
    // Back to the last separator: a space, or the second byte of a no-break space (C2 A0).
    while (b > s.begin && src.text[b - 1] != ' ' &&
           !(src.text[b - 1] == '\xA0' && b - 1 > s.begin && src.text[b - 2] == '\xC2'))
        --b;
    return Span{b, s.end};
}

}  // namespace crosscheck
