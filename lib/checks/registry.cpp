// The one place where rules are registered: adding a rule adds one line here.
#include "checks/registry.hpp"

#include <algorithm>

namespace crosscheck {

// Each factory is defined in the rule's own file.
#define CROSSCHECK_RULES(X) \
    X(make_age_conflict) \
    X(make_location_parent_mismatch) \
    X(make_name_variant_spelling) \
    X(make_role_conflict) \
    X(make_attribution_conflict) \
    X(make_quote_wording_drift) \
    X(make_claim_disputed) \
    X(make_text_repeated_word) \
    X(make_text_misspelling) \
    X(make_text_indefinite_article) \
    X(make_text_spelling_variant) \
    X(make_date_weekday_mismatch) \
    X(make_date_impossible) \
    X(make_date_conflict) \
    X(make_date_anachronism) \
    X(make_number_conflict)

#define CROSSCHECK_DECLARE(f) std::unique_ptr<Check> f();
CROSSCHECK_RULES(CROSSCHECK_DECLARE)
#undef CROSSCHECK_DECLARE

std::vector<std::unique_ptr<Check>> make_checks() {
    std::vector<std::unique_ptr<Check>> checks;
#define CROSSCHECK_ADD(f) checks.push_back(f());
    CROSSCHECK_RULES(CROSSCHECK_ADD)
#undef CROSSCHECK_ADD
    std::sort(checks.begin(), checks.end(), [](const auto& a, const auto& b) { return a->id() < b->id(); });
    return checks;
}

}  // namespace crosscheck
