// One grammar's extractor on arbitrary text; compiled once per grammar with -DCROSSCHECK_FUZZ_KIND=<kind>.
#include "extract/extract.hpp"
#include "fuzz/fuzz_input.hpp"

using namespace crosscheck;

namespace {
const Knowledge& knowledge() {
    static const Knowledge k = Knowledge::load();
    return k;
}

template <class T>
void check_spans(const Source& s, const std::vector<T>& items) {
    for (const auto& a : items)
        if (a.span.end > s.text.size() || a.span.begin > a.span.end) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto r = fuzz::read_bytes(data, size);
    for (const auto& s : r.sources) {
        Extraction ex;
#define KIND_dates 1
#define KIND_places 2
#define KIND_people 3
#define KIND_attribution 4
#define KIND_quantities 5
#define CAT(a, b) a##b
#define KIND(k) CAT(KIND_, k)
#if KIND(CROSSCHECK_FUZZ_KIND) == KIND_dates
        extract_dates(s, ex);
        check_spans(s, ex.dates);
#elif KIND(CROSSCHECK_FUZZ_KIND) == KIND_places
        extract_places(s, knowledge(), ex);
        check_spans(s, ex.places);
#elif KIND(CROSSCHECK_FUZZ_KIND) == KIND_people
        extract_people(s, knowledge(), ex);
        check_spans(s, ex.people_mentions);
#elif KIND(CROSSCHECK_FUZZ_KIND) == KIND_attribution
        extract_people(s, knowledge(), ex);
        extract_attribution(s, ex);
        check_spans(s, ex.quotes);
        check_spans(s, ex.claims);
#elif KIND(CROSSCHECK_FUZZ_KIND) == KIND_quantities
        extract_quantities(s, ex);
        check_spans(s, ex.quantities);
#else
#error "unknown CROSSCHECK_FUZZ_KIND"
#endif
    }
    return 0;
}
