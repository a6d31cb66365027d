// The one normalisation of place names, shared by the gazetteer generator and the lookups: lower-case ASCII,
// Latin letters with diacritics folded to their base letter ("São Paulo" -> "sao paulo"), dots and apostrophes
// dropped ("U.S." -> "us"), hyphens and runs of spaces made one space. Lookups and the generated index must
// agree byte for byte, so both include this header.
#pragma once

#include <string>
#include <string_view>

namespace crosscheck::data {

// Base letter of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A); '\0' drops the code point,
// '*' marks the two-letter folds handled below (ß, æ, œ, þ, ĳ). Derived from Unicode decompositions.
inline char fold_latin(char32_t cp) {
    static constexpr char table[] =
        "aaaaaa*ceeeeiiiidnooooo\0ouuuuy**"  // U+00C0 (× dropped)
        "aaaaaa*ceeeeiiiidnooooo\0ouuuuy*y"  // U+00E0 (÷ dropped)
        "aaaaaaccccccccddddeeeeeeeeeegggg"   // U+0100
        "gggghhhhiiiiiiiiii**jjkkklllllll"   // U+0120
        "lllnnnnnnnnnoooooo**rrrrrrssssss"   // U+0140
        "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";  // U+0160
    // U+1E00..U+1EFF (Latin Extended Additional): the dotted and macron letters of Arabic and Vietnamese
    // transliterations in GeoNames ("Rafaḩ", "Đà Nẵng").
    static constexpr char extended[] =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        "wwwwwwwwwwxxxxyyzzzzzzhtwy\0\0\0\0\0\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";
    if (cp >= 0x1E00 && cp <= 0x1EFF) return extended[cp - 0x1E00];
    if (cp < 0xC0 || cp > 0x17F) return '\0';
    return table[cp - 0xC0];
}

inline std::string fold_name(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    auto space = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
    };
    for (std::size_t i = 0; i < in.size();) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            ++i;
            if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
            else if (c == '.' || c == '\'') continue;
            else space();
            continue;
        }
        // Decode one UTF-8 sequence (input is valid UTF-8: the reader replaces invalid bytes).
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + static_cast<std::size_t>(len) > in.size()) len = static_cast<int>(in.size() - i);  // truncated
        char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3F);
        i += len;
        // Typographic apostrophes and the ayn and hamza signs of transliterations ("‘Ayn", "Ma‘arrat").
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB || cp == 0x02BE || cp == 0x02BF) continue;
        char f = fold_latin(cp);
        if (f == '*') {
            switch (cp) {
                case 0xC6: case 0xE6: out += "ae"; break;
                case 0xDF: out += "ss"; break;
                case 0xDE: case 0xFE: out += "th"; break;
                case 0x132: case 0x133: out += "ij"; break;
                default: out += "oe"; break;  // Œ œ
            }
        } else if (f) {
            out += f;
        } else if (cp >= 0x2010 && cp <= 0x2015) {
            space();  // dashes
        } else {
            out += std::string_view(in.data() + i - len, static_cast<std::size_t>(len));  // other scripts kept
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace crosscheck::data
