// Byte-level normalisation of what was read: UTF-8 repair, binary detection, UTF-16, line ends, ISO dates.
#include <unicode/unistr.h>

#include <algorithm>
#include <initializer_list>

#include "read/detail.hpp"

namespace crosscheck::read_detail {

namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 with `bad` set to the length of the maximal
// ill-formed subsequence there (Unicode's "substitution of maximal subparts").
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;       // overlong
        if (c == 0xED) hi = 0x9F;       // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;       // overlong
        if (c == 0xF4) hi = 0x8F;       // beyond U+10FFFF
    } else {
        bad = 1;
        return 0;
    }
    std::size_t j = 1;
    for (; j < len && i + j < s.size(); ++j) {
        auto b = static_cast<unsigned char>(s[i + j]);
        if (j == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) break;
    }
    if (j == len) return len;
    bad = j;
    return 0;
}

}  // namespace

Utf8Repair make_valid_utf8(std::string& text) {
    Utf8Repair r;
    std::string_view s = text;
    // Fast path: most input is valid; copy only once a bad byte is met.
    std::size_t i = 0, bad = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = utf8_sequence(s, i, bad);
        if (n == 0) break;
        i += n;
    }
    if (i >= s.size()) return r;
    r.first_bad = i;
    std::string out(s.substr(0, i));
    out.reserve(s.size() + 16);
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            out += s[i++];
            continue;
        }
        std::size_t n = utf8_sequence(s, i, bad);
        if (n) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out += "\xEF\xBF\xBD";
            r.bad_bytes += bad;
            i += bad;
        }
    }
    text = std::move(out);
    return r;
}

bool looks_binary(std::string_view bytes) {
    if (bytes.find('\0') != std::string_view::npos) return true;
    std::string_view sample = bytes.substr(0, 64 * 1024);
    std::size_t odd = 0, bad = 0;
    for (std::size_t i = 0; i < sample.size();) {
        auto c = static_cast<unsigned char>(sample[i]);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) ++odd;
            if (c == 0x7F) ++odd;
            ++i;
            continue;
        }
        std::size_t n = utf8_sequence(sample, i, bad);
        if (n) i += n;
        else {
            odd += bad;
            i += bad;
        }
    }
    // A Latin-1 article has a few ill-formed bytes (accented letters); a binary file is mostly such bytes.
    return odd * 10 > sample.size() * 3;
}

bool utf16_to_utf8(std::string_view bytes, std::string& out) {
    if (bytes.size() < 2) return false;
    auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
    const char* codepage = nullptr;
    if (b0 == 0xFF && b1 == 0xFE) codepage = "UTF-16LE";
    else if (b0 == 0xFE && b1 == 0xFF) codepage = "UTF-16BE";
    else return false;
    bytes.remove_prefix(2);
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
    out.clear();
    u.toUTF8String(out);
    return true;
}

void normalise_text(std::string& text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (text.find('\r') == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') out += text[i];
        else if (i + 1 >= text.size() || text[i + 1] != '\n') out += '\n';  // lone CR (old Mac line end)
    }
    text = std::move(out);
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](std::size_t at, std::size_t len) {
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                    std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

std::string first_line(std::string_view text) {
    // Web copy often opens with a language link or a bullet ("اردو", "• Headline"): the title is the first
    // line of two words or more, without leading bullets; else the first non-empty line.
    std::string fallback;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        for (bool trimmed = true; trimmed;) {
            trimmed = false;
            for (std::string_view lead : {" ", "\t", "\f", "\xC2\xA0", "\xE2\x80\xA2", "*", "-", "\xE2\x80\x93"})
                if (line.starts_with(lead)) {
                    line.remove_prefix(lead.size());
                    trimmed = true;
                }
        }
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\f')) line.remove_suffix(1);
        if (!line.empty()) {
            std::size_t words = 0;
            for (std::size_t i = 0; i < line.size(); ++i)
                if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) ++words;
            if (words >= 2) return std::string(line);
            if (fallback.empty()) fallback = line;
        }
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return fallback;
}

}  // namespace crosscheck::read_detail
