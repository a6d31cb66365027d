// The byte scans of util/find_bytes.hpp against the plain library searches they stand in for.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "util/find_bytes.hpp"

using namespace crosscheck;

TEST(FindBytes, FindTextAgreesWithFind) {
    const std::string text = "Jane Doe, who died aged 96, was aged 95 last year; aged.";
    for (std::string_view needle : {" aged ", "aged", "ag", "g", "gg", "year", "x", "d.", "", "; aged."})
        for (std::size_t i = 0; i <= text.size() + 1; ++i)
            EXPECT_EQ(find_text(text, needle, i), std::string_view(text).find(needle, i)) << needle << " from " << i;
}

TEST(FindBytes, BytesEqualMarksEveryEqualByte) {
    // "a b  c d" as a little-endian word: spaces at bytes 1, 3, 4 and 6.
    std::uint64_t x = 0;
    std::string_view s = "a b  c d";
    for (std::size_t k = 0; k < 8; ++k) x |= std::uint64_t(static_cast<unsigned char>(s[k])) << (8 * k);
    std::uint64_t m = bytes_equal(x, ' ');
    for (std::size_t k = 0; k < 8; ++k) EXPECT_EQ((m >> (8 * k + 7)) & 1, s[k] == ' ' ? 1u : 0u) << k;
    EXPECT_EQ(bytes_equal(x, 'z'), 0u);
}
