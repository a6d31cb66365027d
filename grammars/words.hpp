// Byte-level word classes shared by the grammars that read names in running text (people, places): UTF-8
// letters, capitals, apostrophes and the separators that real copy puts between words.
#pragma once

#include "grammars/scan.hpp"

namespace crosscheck::grammars::words {

using x3::char_;
using x3::lit;

// UTF-8 letters: any multi-byte sequence except U+2000..U+2BFF (E2 lead byte: quotes, dashes, symbols) and C2
// (no-break space, punctuation), so that curly quotes and dashes end a word.
auto const cont = char_('\x80', '\xBF');
auto const mb_letter = (char_('\xC3', '\xDF') >> cont) | (char_('\xE0', '\xE1') >> cont >> cont) |
                       (char_('\xE3', '\xEF') >> cont >> cont) | (char_('\xF0', '\xF4') >> cont >> cont >> cont);
auto const lower = char_('a', 'z');
auto const upper = char_('A', 'Z');
auto const word_char = lower | upper | char_('0', '9') | mb_letter;
// Capitals: ASCII, Latin-1 (U+00C0..U+00DE) and Latin Extended-A lead bytes (case is not told apart there).
auto const cap_start = upper | (char_('\xC3') >> char_('\x80', '\x9E')) | (char_('\xC4', '\xC5') >> cont);
auto const apostrophe = lit('\'') | lit("\xE2\x80\x99");
// Words are separated by a space or a no-break space (U+00A0), which real copy puts inside names.
auto const sp = lit(' ') | lit("\xC2\xA0");

}  // namespace crosscheck::grammars::words
