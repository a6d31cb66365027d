// Byte scans for rules that read whole texts looking for a rare byte (a capital letter starting a name).
#pragma once

#include <cstddef>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace crosscheck {

// The first position at or after i holding an ASCII capital ('A'..'Z'), or t.size(): sixteen bytes at a time.
inline std::size_t next_capital(std::string_view t, std::size_t i) {
#ifdef __SSE2__
    // Bytes are compared as signed: those of 0x80 and more are negative, so never in 'A'..'Z'.
    const __m128i lo = _mm_set1_epi8('A' - 1), hi = _mm_set1_epi8('Z' + 1);
    for (; i + 16 <= t.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
        if (int m = _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmpgt_epi8(hi, v))))
            return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m)));
    }
#endif
    for (; i < t.size(); ++i)
        if (t[i] >= 'A' && t[i] <= 'Z') return i;
    return t.size();
}

}  // namespace crosscheck
