// Shared by the fuzz targets: turns fuzzer bytes into sources the way a user's file would arrive, through the
// real readers (so the text downstream is what the pipeline really sees), via one scratch file per process.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <string>

#include "read/read.hpp"
#include "segment/segment.hpp"

namespace crosscheck::fuzz {

// The first byte picks the format; the rest is the file's content.
inline ReadResult read_bytes(const std::uint8_t* data, std::size_t size) {
    static const char* extensions[] = {".txt", ".html", ".jsonl"};
    const char* ext = extensions[size ? data[0] % 3 : 0];
    std::string path = "/tmp/crosscheck-fuzz-" + std::to_string(::getpid()) + ext;
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (size > 1) out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    }
    ReadOptions options;
    ReadResult r = read_inputs({path}, options);
    for (auto& s : r.sources)
        if (s.line_starts.empty()) segment(s);
    return r;
}

}  // namespace crosscheck::fuzz
