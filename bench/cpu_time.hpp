// CPU time of the calling thread, for the benchmarks: steadier than wall time when other work shares the cores.
#pragma once

#include <ctime>

namespace crosscheck::bench {

inline double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace crosscheck::bench
