// Cross-source cost: resolve + run_checks (and each rule on its own) over 10, 100, 1,000 (and 2,000) generated
// articles, with the growth exponent log(t2/t1)/log(n2/n1) per step. Extraction runs once, outside the clock:
// this measures the stages that compare sources with each other, which must stay near-linear (issue #3).
//   usage: crosssource_bench [MAX_ARTICLES=2000 [--dump DIR]]   (sizes 10, 100, 1,000, 2,000, 5,000, 10,000 up to it)
//   DIR: also write each size's findings (rule, message, evidence) to DIR/findings-<n>.txt, so a change that
//   should only make a rule faster can be checked for identical output (diff the files before and after).
// Times are CPU time of this process (the machine is shared); small sizes repeat and the best run counts.
#include <time.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "bench/corpus.hpp"
#include "checks/engine.hpp"
#include "checks/registry.hpp"
#include "extract/extract.hpp"
#include "resolve/resolve.hpp"
#include "segment/segment.hpp"

using namespace crosscheck;

static double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Best CPU time of `repeats` runs of f.
template <class F>
static double best_of(std::size_t repeats, F f) {
    double best = 1e300;
    for (std::size_t r = 0; r < repeats; ++r) {
        double t0 = cpu_seconds();
        f();
        best = std::min(best, cpu_seconds() - t0);
    }
    return best;
}

struct Step {
    std::size_t n = 0;
    double resolve = 0, checks = 0;
    std::size_t findings = 0, people = 0;
    std::map<std::string, std::pair<double, std::size_t>> rules;  // id -> (seconds, findings)
};

static double exponent(double t1, double t2, std::size_t n1, std::size_t n2) {
    // Below the clock's resolution a ratio means nothing: report 0 growth for sub-10-microsecond times.
    if (t1 < 1e-5 || t2 < 1e-5) return 0;
    return std::log(t2 / t1) / std::log(double(n2) / double(n1));
}

int main(int argc, char** argv) {
    std::size_t max_n = argc > 1 ? std::stoul(argv[1]) : 2000;
    std::string dump = argc > 3 && std::strcmp(argv[2], "--dump") == 0 ? argv[3] : "";
    Knowledge knowledge = Knowledge::load();
    // generated_corpus(n) is a prefix of generated_corpus(m) for n < m (one random stream, article by article),
    // so the largest corpus is extracted once and each size takes its first n articles.
    auto all_sources = bench::generated_corpus(max_n);
    std::vector<Extraction> all_extractions;
    all_extractions.reserve(max_n);
    double t_extract = best_of(1, [&] {
        for (auto& s : all_sources) {
            segment(s);
            all_extractions.push_back(extract(s, knowledge));
        }
    });
    std::printf("segment+extract of %zu articles (once, not part of the figures below): %.2f s\n", max_n, t_extract);

    auto checks = make_checks();
    std::vector<std::size_t> sizes;
    for (std::size_t n : {10, 100, 1000, 2000, 5000, 10000})
        if (n <= max_n) sizes.push_back(n);

    std::vector<Step> steps;
    for (std::size_t n : sizes) {
        std::vector<Source> sources(all_sources.begin(), all_sources.begin() + n);
        std::vector<Extraction> extractions(all_extractions.begin(), all_extractions.begin() + n);
        std::size_t repeats = std::max<std::size_t>(3, 300 / n);
        Step st;
        st.n = n;
        Corpus corpus;
        st.resolve = best_of(repeats, [&] { corpus = resolve(sources, extractions, knowledge); });
        st.people = corpus.people.size();
        std::vector<Finding> findings;
        st.checks = best_of(repeats, [&] { findings = run_checks(corpus, knowledge, CheckOptions{}); });
        st.findings = findings.size();
        if (!dump.empty()) {
            std::filesystem::create_directories(dump);
            std::ofstream f(std::filesystem::path(dump) / ("findings-" + std::to_string(n) + ".txt"));
            for (const auto& x : findings) {
                f << x.rule << " | " << x.message;
                for (const auto& e : x.evidence) f << " | " << e.source << ":" << e.span.begin << " " << e.role << " " << e.text;
                f << "\n";
            }
        }
        CheckContext ctx{corpus, knowledge};
        for (const auto& check : checks) {
            std::vector<Finding> out;
            double t = best_of(repeats, [&] {
                out.clear();
                check->run(ctx, out);
            });
            st.rules[std::string(check->id())] = {t, out.size()};
        }
        std::printf("%6zu articles: resolve %9.1f ms (%zu people), run_checks %9.1f ms, %zu findings\n", n,
                    st.resolve * 1e3, st.people, st.checks * 1e3, st.findings);
        std::fflush(stdout);
        steps.push_back(std::move(st));
    }

    std::printf("\n%-26s", "per rule: ms / findings");
    for (const auto& s : steps) std::printf(" %18zu", s.n);
    std::printf("   exponent per step\n");
    auto row = [&](const std::string& name, auto time_of, auto count_of) {
        std::printf("%-26s", name.c_str());
        for (const auto& s : steps) std::printf(" %10.2f / %5zu", time_of(s) * 1e3, count_of(s));
        std::printf("  ");
        for (std::size_t i = 1; i < steps.size(); ++i)
            std::printf(" %5.2f", exponent(time_of(steps[i - 1]), time_of(steps[i]), steps[i - 1].n, steps[i].n));
        std::printf("\n");
    };
    row("resolve", [](const Step& s) { return s.resolve; }, [](const Step& s) { return s.people; });
    row("run_checks (all rules)", [](const Step& s) { return s.checks; }, [](const Step& s) { return s.findings; });
    row("resolve + run_checks", [](const Step& s) { return s.resolve + s.checks; }, [](const Step& s) { return s.findings; });
    for (const auto& check : checks) {
        std::string id(check->id());
        row(id, [&](const Step& s) { return s.rules.at(id).first; }, [&](const Step& s) { return s.rules.at(id).second; });
    }
    if (steps.size() >= 2) {
        const Step &a = steps.front(), &b = steps.back();
        std::printf("\noverall exponent %zu -> %zu articles (resolve + run_checks): %.2f\n", a.n, b.n,
                    exponent(a.resolve + a.checks, b.resolve + b.checks, a.n, b.n));
    }
    return 0;  // figures to read, not a gate
}
