// role.conflict: one person given incompatible employers or nationalities ("State Department spokesman John
// Kirby" / "Pentagon spokesman John Kirby"). Aliases of one body agree (Pentagon = Department of Defense), a
// title implies its office (Defence Secretary -> Pentagon), and "former" titles never conflict.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "checks/check.hpp"
#include "checks/people_common.hpp"
#include "knowledge/roles.hpp"

namespace crosscheck {

namespace {

class RoleConflict : public Check {
public:
    std::string_view id() const override { return "role.conflict"; }
    Severity default_severity() const override { return Severity::warning; }
    std::string_view summary() const override {
        return "one person is given incompatible titles or employers";
    }

    void run(const CheckContext& ctx, std::vector<Finding>& out) const override {
        for (const auto& gp : ctx.corpus.people) check_person(ctx, gp, out);
    }

private:
    struct Role {
        std::set<std::string> orgs;
        std::string country;
        std::string label;  // as written: the first organisation, else the title that implies one
        std::vector<MentionRef> mentions;
    };

    static void check_person(const CheckContext& ctx, const GlobalPerson& gp, std::vector<Finding>& out) {
        std::map<std::pair<std::set<std::string>, std::string>, Role> roles_seen;
        for (MentionRef r : person_mentions(ctx.corpus, gp)) {
            const PersonMention& m = mention_of(ctx.corpus, r);
            if (std::any_of(m.titles.begin(), m.titles.end(), [](const std::string& t) { return roles::is_former(t); }))
                continue;  // a past office is compatible with any present one
            Role role;
            role.orgs = roles::role_orgs(m.titles, m.organisations);
            if (!m.country.empty()) role.country = roles::country_key(m.country, ctx.knowledge.gazetteer);
            if (role.orgs.empty() && role.country.empty()) continue;
            if (!m.organisations.empty()) role.label = m.organisations.front();
            for (const auto& t : m.titles)
                if (role.label.empty() && !roles::implied_org(t).empty()) role.label = t;
            auto& slot = roles_seen[{role.orgs, role.country}];
            if (slot.mentions.empty()) slot = role;
            slot.mentions.push_back(r);
        }
        std::vector<const Role*> list;
        for (const auto& [key, role] : roles_seen) list.push_back(&role);
        for (std::size_t i = 0; i < list.size(); ++i)
            for (std::size_t j = i + 1; j < list.size(); ++j) {
                const Role &a = *list[i], &b = *list[j];
                bool org_conflict = !a.orgs.empty() && !b.orgs.empty() &&
                                    std::none_of(a.orgs.begin(), a.orgs.end(), [&](const std::string& o) { return b.orgs.contains(o); });
                bool country_conflict = !a.country.empty() && !b.country.empty() && a.country != b.country;
                if (!org_conflict && !country_conflict) continue;
                // The less attested role is reported against the better attested one; on a tie, the later one.
                auto later = [](MentionRef x, MentionRef y) {
                    return x.source != y.source ? x.source > y.source : x.mention > y.mention;
                };
                bool a_minor = a.mentions.size() != b.mentions.size() ? a.mentions.size() < b.mentions.size()
                                                                      : later(a.mentions.front(), b.mentions.front());
                const Role& minor = a_minor ? a : b;
                const Role& major = &minor == &a ? b : a;
                MentionRef pr = minor.mentions.front(), or_ = major.mentions.front();
                const PersonMention& pm = mention_of(ctx.corpus, pr);
                const PersonMention& om = mention_of(ctx.corpus, or_);
                Finding f;
                f.rule = "role.conflict";
                f.severity = Severity::warning;
                f.confidence = pr.source == or_.source ? 0.75 : 0.6;
                f.message = org_conflict
                                ? fmt::format("{} is placed at {} here but at {} in '{}'", gp.name, minor.label,
                                              major.label, std::string(ctx.corpus.sources[or_.source].slice(om.span)))
                                : fmt::format("{} is given the nationality '{}' here but '{}' elsewhere", gp.name, pm.country, om.country);
                f.evidence.push_back(ctx.evidence(pr.source, pm.span));
                f.evidence.push_back(ctx.evidence(or_.source, om.span, "conflicts-with"));
                out.push_back(std::move(f));
            }
    }
};

}  // namespace

std::unique_ptr<Check> make_role_conflict() { return std::make_unique<RoleConflict>(); }

}  // namespace crosscheck
