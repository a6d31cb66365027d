// Readers (txt, html, jsonl) and segmentation on arbitrary bytes.
#include "fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto r = crosscheck::fuzz::read_bytes(data, size);
    for (const auto& s : r.sources)
        for (const auto& sentence : s.sentences)
            if (sentence.span.end > s.text.size()) __builtin_trap();  // spans must stay inside the text
    return 0;
}
