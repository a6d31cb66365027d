// Segmentation: line starts, paragraphs (one a line, as CMS copy has them; blank lines between are allowed)
// and sentences (ICU's sentence rules with English abbreviation suppressions, plus a few news-copy exceptions).
// Works directly on the UTF-8 text through a UText, so ICU's boundaries are byte offsets: nothing is copied.
#include "segment/segment.hpp"

#include "util/find_bytes.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace crosscheck {

namespace {

// Whitespace at a paragraph's or sentence's edge: ASCII blanks and U+00A0 (no-break space), which CMS copy
// often leaves at line ends.
std::size_t skip_space_forward(std::string_view t, std::size_t i, std::size_t end) {
    for (;;) {
        if (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\f' || t[i] == '\v')) ++i;
        else if (i + 1 < end && t[i] == '\xC2' && t[i + 1] == '\xA0') i += 2;
        else if (i + 2 < end && t.substr(i, 3) == "\xE2\x80\x8B") i += 3;  // zero-width space
        else return i;
    }
}

std::size_t skip_space_back(std::string_view t, std::size_t begin, std::size_t i) {
    for (;;) {
        if (i > begin && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\f' || t[i - 1] == '\v' ||
                          t[i - 1] == '\n'))
            --i;
        else if (i >= begin + 2 && t[i - 2] == '\xC2' && t[i - 1] == '\xA0') i -= 2;
        else if (i >= begin + 3 && t.substr(i - 3, 3) == "\xE2\x80\x8B") i -= 3;
        else return i;
    }
}

bool ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Abbreviations that end in a period. ICU's own list (en@ss=standard) covers Mr., Dr., U.S. and more; these are
// the ones news copy needs beyond it. Titles and ranks come before a name, so never end a sentence; the others
// (months, "Inc.", "Jr.") often do, so they run on only into a number or a lower-case word ("Feb. 16",
// "Smith Jr. said").
bool title_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 31> list = {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cmdr", "Maj", "Sgt", "Adm", "Cpl", "Pvt",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Brig", "Fr", "St", "Mt", "Ft", "Gens",
        "vs"};
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool other_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 36> list = {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "etc", "approx", "Ave", "Blvd", "Rd", "No", "Nos", "Art", "pp"};
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Should the sentence that ends at `end` (after its trailing spaces were trimmed) run on into the next one
// that starts at `next`? True after an abbreviation, an initial ("J. Mattis") or "No." before a number.
bool joins_next(std::string_view t, std::size_t begin, std::size_t end, std::size_t next) {
    if (end == begin || t[end - 1] != '.' || next >= t.size()) return false;
    // A list number opening a paragraph ("1. Western Truth ...") is not a sentence.
    if (end - begin <= 4 && std::all_of(t.begin() + begin, t.begin() + end - 1, ascii_digit)) return end - begin > 1;
    std::size_t w = end - 1;
    while (w > begin && (ascii_alpha(t[w - 1]) || t[w - 1] == '.')) --w;
    std::string_view word = t.substr(w, end - 1 - w);  // without the final period
    if (word.empty()) return false;
    char after = t[next];
    bool continues = ascii_digit(after) || (after >= 'a' && after <= 'z');
    // An initial or dotted initials: "J. Mattis", "U.S. officials", "U.N.".
    bool dotted = word.size() == 1 ? ascii_upper(word[0])
                                   : word.find('.') != std::string_view::npos &&
                                         std::all_of(word.begin(), word.end(),
                                                     [](char c) { return ascii_alpha(c) || c == '.'; });
    if (dotted) return ascii_upper(after) ? word.size() <= 3 : true;
    if (title_abbreviation(word)) return true;
    return other_abbreviation(word) && continues;
}

// One sentence iterator per thread: creating one (with the suppression list) costs far more than segmenting
// an article, and segment() runs on worker threads.
icu::BreakIterator* sentence_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(
            icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            bi.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        }
        return U_FAILURE(status) ? nullptr : std::move(bi);
    }();
    return it.get();
}

// Sentence_Break classes (UAX #29) of the ASCII bytes that matter below.
bool sb_close(char c) { return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'; }
bool sb_lower(char c) { return c >= 'a' && c <= 'z'; }
bool sb_stop(char c) { return c == '.' || c == '!' || c == '?' || c == '\r' || c == '\n'; }  // SATerm, ParaSep

// The first '.', '!', '?', CR or LF in s[i, end), or end.
std::size_t next_stop(std::string_view s, std::size_t i, std::size_t end) {
    return find_any_of<'.', '!', '?', '\r', '\n'>(s, i, end);
}

// Can ICU's sentence rules put a break inside this trimmed ASCII paragraph? UAX #29 breaks only after a
// separator (SB4: CR, LF) or after a terminator with its closing marks and spaces (SB11); a '.' directly before a
// digit (SB6) or a comma (SB8a), between a letter and a capital (SB7: "U.S.A"), or whose next letter comes
// before any other terminator and is lower case (SB8), never breaks, nor do the terminators and closing marks
// that end the paragraph. Most news paragraphs are one
// sentence with such periods only ("5.93 mln", "U.S."): they need no iterator. When this says yes, ICU decides.
bool ascii_break_possible_impl(std::string_view para) {
    std::size_t end = para.size();
    while (end > 0 && sb_close(para[end - 1])) --end;
    while (end > 0 && (para[end - 1] == '.' || para[end - 1] == '!' || para[end - 1] == '?')) --end;
    for (std::size_t i = next_stop(para, 0, end); i < end; i = next_stop(para, i + 1, end)) {
        if (para[i] != '.') return true;  // '!', '?', CR, LF
        char next = para[i + 1];  // a '.' before `end` is never the last byte
        if (ascii_digit(next) || next == ',') continue;
        if (ascii_upper(next) && i > 0 && ascii_alpha(para[i - 1])) continue;
        // SB8: no break when the first letter, separator or terminator after the '.' is a lower-case letter
        // ("the U.S. company", "approx. 5 pct").
        std::size_t k = i + 1;
        while (k < para.size() && !ascii_alpha(para[k]) && !sb_stop(para[k])) ++k;
        if (k < para.size() && sb_lower(para[k])) continue;
        return true;
    }
    return false;
}

void split_sentences(Source& source, std::size_t paragraph) {
    std::string_view t = source.text;
    Span p = source.paragraphs[paragraph].span;
    std::string_view para = t.substr(p.begin, p.size());
    unsigned char high = 0;
    for (char c : para) high |= static_cast<unsigned char>(c);
    bool ascii = high < 0x80;  // no byte has its high bit set
    if (ascii && !detail::ascii_sentence_break_possible(para)) {
        // One sentence: what the loop below makes of the breaks {p.begin, p.end}.
        std::size_t s = skip_space_forward(t, p.begin, p.end);
        std::size_t e = skip_space_back(t, s, p.end);
        if (e > s) source.sentences.push_back({{s, e}, paragraph});
        return;
    }
    std::vector<std::size_t> breaks;
    icu::BreakIterator* bi = sentence_iterator();
    UErrorCode status = U_ZERO_ERROR;
    // An ASCII paragraph is handed to ICU as UTF-16, whose UText ICU reads inline (a UTF-8 UText converts the
    // text chunk by chunk through calls); its UTF-16 indices are its byte offsets.
    thread_local std::u16string wide;
    UText* ut = nullptr;
    if (bi && ascii) {
        wide.assign(para.begin(), para.end());
        ut = utext_openUChars(nullptr, wide.data(), static_cast<int64_t>(wide.size()), &status);
    } else if (bi) {
        ut = utext_openUTF8(nullptr, para.data(), static_cast<int64_t>(para.size()), &status);
    }
    if (ut && U_SUCCESS(status)) {
        bi->setText(ut, status);
        for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next())
            breaks.push_back(p.begin + static_cast<std::size_t>(b));
        utext_close(ut);
    }
    if (breaks.empty() || breaks.front() != p.begin) breaks.insert(breaks.begin(), p.begin);
    if (breaks.back() != p.end) breaks.push_back(p.end);

    std::size_t start = p.begin;
    for (std::size_t i = 1; i < breaks.size(); ++i) {
        std::size_t b = breaks[i];
        std::size_t s = skip_space_forward(t, start, b);
        std::size_t e = skip_space_back(t, s, b);
        if (b < p.end && joins_next(t, s, e, skip_space_forward(t, b, p.end))) continue;
        if (e > s) source.sentences.push_back({{s, e}, paragraph});
        start = b;
    }
}

}  // namespace

bool detail::ascii_sentence_break_possible(std::string_view paragraph) { return ascii_break_possible_impl(paragraph); }

// Longest paragraph kept whole; see segment().
constexpr std::size_t kMaxParagraphBytes = 16 * 1024;

// Column checkpoints for Source::position(): one pass counting UTF-8 lead bytes, reset at each line start.
static void column_checkpoints(Source& source) {
    std::string_view t = source.text;
    source.column_checkpoints.clear();
    source.column_checkpoints.reserve(t.size() / Source::kColumnStride + 1);
    std::uint32_t column = 0;
    for (std::size_t block = 0; block < t.size(); block += Source::kColumnStride) {
        source.column_checkpoints.push_back(column);
        std::size_t end = std::min(t.size(), block + Source::kColumnStride);
        // Only the bytes after the block's last line break count on from it (a branch-free count the compiler
        // vectorises).
        std::size_t from = block;
        if (const void* nl = memrchr(t.data() + block, '\n', end - block)) {
            from = static_cast<std::size_t>(static_cast<const char*>(nl) - t.data()) + 1;
            column = 0;
        }
        std::uint32_t lead = 0;
        for (std::size_t i = from; i < end; ++i) lead += (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
        column += lead;
    }
}

void segment(Source& source) {
    column_checkpoints(source);
    std::string_view t = source.text;
    source.line_starts.assign(1, 0);
    source.paragraphs.clear();
    source.sentences.clear();
    for (std::size_t i = 0; i < t.size();) {
        std::size_t nl = t.find('\n', i);
        std::size_t end = nl == std::string_view::npos ? t.size() : nl;
        std::size_t b = skip_space_forward(t, i, end);
        std::size_t e = skip_space_back(t, b, end);
        // News paragraphs are a few hundred bytes; an enormous "paragraph" (a whole file on one line) is cut at
        // white space into pieces of bounded size, so no per-paragraph step downstream can go quadratic.
        while (e > b) {
            std::size_t cut = e;
            if (e - b > kMaxParagraphBytes) {
                cut = b + kMaxParagraphBytes;
                while (cut > b + kMaxParagraphBytes / 2 && t[cut] != ' ') --cut;
                while (cut > b && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
            }
            source.paragraphs.push_back({{b, cut}});
            split_sentences(source, source.paragraphs.size() - 1);
            b = skip_space_forward(t, cut, e);
        }
        if (nl == std::string_view::npos) break;
        source.line_starts.push_back(nl + 1);
        i = nl + 1;
    }
}

}  // namespace crosscheck
