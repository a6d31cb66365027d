// Finding the next of a few given bytes in text, eight bytes at a time: the scanners that look for quote marks or
// sentence ends read every byte of every source, and most bytes are none of those they look for.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace crosscheck {

// The first i' in [i, end) with s[i'] one of Bytes, or end.
template <unsigned char... Bytes>
std::size_t find_any_of(std::string_view s, std::size_t i, std::size_t end) {
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        // The bytes of x equal to b get their high bit set. A false positive can only follow a true one (a borrow
        // runs upwards), so the lowest set bit is exact.
        auto equal = [](std::uint64_t x, std::uint64_t b) {
            std::uint64_t y = x ^ (ones * b);
            return (y - ones) & ~y & highs;
        };
        while (i + 8 <= end) {
            std::uint64_t x;
            std::memcpy(&x, s.data() + i, 8);
            if (std::uint64_t m = (equal(x, Bytes) | ...)) return i + static_cast<std::size_t>(std::countr_zero(m)) / 8;
            i += 8;
        }
    }
    while (i < end && ((static_cast<unsigned char>(s[i]) != Bytes) && ...)) ++i;
    return i;
}

}  // namespace crosscheck
