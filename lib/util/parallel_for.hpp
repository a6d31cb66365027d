// Runs body(i) for i in [0, n) on `jobs` threads (0: all cores). Each index writes only its own slot, so results
// do not depend on the thread count or on scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace crosscheck {

template <class Body>
void parallel_for(std::size_t n, unsigned jobs, Body body) {
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
    if (jobs <= 1) {
        for (std::size_t i = 0; i < n; ++i) body(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < jobs; ++t)
        workers.emplace_back([&] {
            for (std::size_t i; (i = next.fetch_add(1)) < n;) body(i);
        });
}

}  // namespace crosscheck
