// Inputs to sources: which files to read (directories, stdin), reading them in a bounded way, and turning each
// format into Source values. Nothing here stops at a bad input: it becomes a Diagnostic and the rest go on.
#include "read/read.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "read/detail.hpp"

namespace fs = std::filesystem;

namespace crosscheck {

namespace {

using namespace read_detail;

enum class Format { text, html, jsonl, unknown };

Format format_of(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".txt") return Format::text;
    if (ext == ".html" || ext == ".htm") return Format::html;
    if (ext == ".jsonl") return Format::jsonl;
    return Format::unknown;
}

// Standard input has no name to go by: a page that says it is HTML is read as HTML, anything else as text.
Format sniff(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    auto b = bytes.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return Format::text;
    std::string head(bytes.substr(b, 14));
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
    return head.starts_with("<!doctype html") || head.starts_with("<html") ? Format::html : Format::text;
}

class Reader {
public:
    explicit Reader(const ReadOptions& options) : options_(options) {}

    void input(const std::string& path) {
        if (path == "-") {
            std::string bytes;
            if (!read_stream(std::cin, path, bytes)) return;
            Format format = sniff(bytes);  // before the move below: argument order is unspecified
            source_from_bytes(path, "stdin", format, std::move(bytes));
            return;
        }
        std::error_code ec;
        fs::file_status st = fs::status(path, ec);
        if (ec || !fs::exists(st)) {
            error(path, ec && ec != std::errc::no_such_file_or_directory ? ec.message() : "no such file or directory");
            return;
        }
        if (fs::is_directory(st)) {
            std::vector<fs::path> files;
            walk(path, files);
            std::sort(files.begin(), files.end());
            for (const auto& f : files) file(f.string(), format_of(f));
            return;
        }
        if (!fs::is_regular_file(st)) {
            error(path, "not a regular file");
            return;
        }
        Format format = format_of(path);
        if (format == Format::unknown) {
            error(path, "skipped: not a .txt, .html, .htm or .jsonl file");
            return;
        }
        file(path, format);
    }

    ReadResult result() && { return std::move(result_); }

private:
    const ReadOptions& options_;
    ReadResult result_;
    simdjson::dom::parser json_;  // one for every JSONL line: it keeps its buffers
    std::map<std::string, int> ids_;  // id -> times used, for unique ids

    void error(const std::string& path, std::string message) {
        result_.diagnostics.push_back({Diagnostic::Level::error, path, std::move(message)});
        ++result_.failed_inputs;
    }
    void warning(const std::string& path, std::string message) {
        result_.diagnostics.push_back({Diagnostic::Level::warning, path, std::move(message)});
    }

    // Files below `dir` that crosscheck reads; other files are passed over silently (the user did not name
    // them). Directory symlinks are not followed, so a link loop cannot recurse forever.
    void walk(const fs::path& dir, std::vector<fs::path>& files) {
        std::error_code ec;
        fs::directory_iterator it(dir, ec), end;
        if (ec) {
            error(dir.string(), "cannot read directory: " + ec.message());
            return;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                error(dir.string(), "cannot read directory: " + ec.message());
                return;
            }
            std::error_code sec;
            if (it->is_symlink(sec) && it->is_directory(sec)) continue;
            if (it->is_directory(sec)) walk(it->path(), files);
            else if (it->is_regular_file(sec) && format_of(it->path()) != Format::unknown) files.push_back(it->path());
        }
        if (ec) error(dir.string(), "cannot read directory: " + ec.message());
    }

    // Reads at most max_bytes + 1 bytes, so a huge file or an endless pipe never fills memory.
    // `size_hint` (a file's size) lets a file be read in one go without over-allocating: a run over 100,000
    // small files must not keep a megabyte of capacity for each.
    bool read_stream(std::istream& in, const std::string& path, std::string& bytes, std::size_t size_hint = 0) {
        constexpr std::size_t chunk = 1 << 20;
        bytes.clear();
        std::size_t first = size_hint ? size_hint + 1 : 64 * 1024;
        while (in) {
            std::size_t old = bytes.size();
            std::size_t want = std::min(old == 0 ? first : chunk, options_.max_bytes + 1 - old);
            bytes.resize(old + want);
            in.read(bytes.data() + old, static_cast<std::streamsize>(want));
            bytes.resize(old + static_cast<std::size_t>(in.gcount()));
            if (bytes.size() > options_.max_bytes) {
                error(path, too_large());
                return false;
            }
        }
        if (in.bad()) {
            error(path, "read error");
            return false;
        }
        if (bytes.capacity() > bytes.size() + bytes.size() / 4 + 64) bytes.shrink_to_fit();
        return true;
    }

    std::string too_large() const {
        return fmt::format("file too large: the limit is {} MiB per input (--max-file-size)",
                           options_.max_bytes >> 20 ? options_.max_bytes >> 20 : 1);
    }

    void file(const std::string& path, Format format) {
        std::error_code ec;
        auto size = fs::file_size(path, ec);
        if (!ec && size > options_.max_bytes) {
            error(path, too_large());
            return;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            error(path, "cannot open file");
            return;
        }
        std::string bytes;
        if (!read_stream(in, path, bytes, ec ? 0 : static_cast<std::size_t>(size))) return;
        source_from_bytes(path, fs::path(path).stem().string(), format, std::move(bytes));
    }

    // Common checks on a whole input; false when it yields no source.
    bool decode(const std::string& path, std::string& bytes) {
        if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })) {
            warning(path, "empty");
            return false;
        }
        std::string converted;
        if (utf16_to_utf8(bytes, converted)) bytes = std::move(converted);  // then checked like any text
        if (looks_binary(bytes)) {
            error(path, "binary file");
            return false;
        }
        Utf8Repair r = make_valid_utf8(bytes);  // before normalising, so the offset is the file's own
        if (r.bad_bytes)
            warning(path, fmt::format("invalid UTF-8 at byte {} ({} bad byte{} replaced by U+FFFD)", r.first_bad,
                                      r.bad_bytes, r.bad_bytes == 1 ? "" : "s"));
        normalise_text(bytes);
        return true;
    }

    std::string unique_id(std::string id) {
        if (id.empty()) id = "source";
        int& n = ids_[id];
        if (++n == 1) return id;
        for (;;) {  // "a-2" may itself be taken by a file called a-2
            std::string candidate = fmt::format("{}-{}", id, n);
            if (ids_.emplace(candidate, 1).second) return candidate;
            ++n;
        }
    }

    void set_published(Source& s, std::optional<std::chrono::year_month_day> metadata) {
        if (metadata) {
            s.published = metadata;
            s.published_origin = DateOrigin::metadata;
        } else if (options_.published) {
            s.published = options_.published;
            s.published_origin = DateOrigin::option;
        }
    }

    void source_from_bytes(const std::string& path, const std::string& stem, Format format, std::string bytes) {
        if (!decode(path, bytes)) return;
        if (format == Format::jsonl) {
            jsonl(path, stem, bytes);
            return;
        }
        Source s;
        s.path = path;
        if (format == Format::html) {
            HtmlArticle a = extract_html(bytes);
            if (a.too_deep) warning(path, "HTML nested too deep to parse; read with a plain tag stripper");
            if (a.text.empty()) {
                warning(path, "no article text found in the page");
                return;
            }
            s.text = std::move(a.text);
            s.title = std::move(a.title);
            s.url = std::move(a.url);
            s.suppressions = std::move(a.suppressions);
            set_published(s, a.published);
        } else {
            s.text = std::move(bytes);
            s.title = first_line(s.text);
            set_published(s, std::nullopt);
        }
        s.id = unique_id(stem);
        result_.sources.push_back(std::move(s));
    }

    // A field as text: a string as it is, a number as JSON writes it ("id": 123 -> "123"); anything else "".
    static std::string string_field(simdjson::dom::object o, std::string_view key) {
        simdjson::dom::element e;
        if (o.at_key(key).get(e)) return {};
        switch (e.type()) {
            case simdjson::dom::element_type::STRING: return std::string(e.get_string().value_unsafe());
            case simdjson::dom::element_type::INT64: return std::to_string(e.get_int64().value_unsafe());
            case simdjson::dom::element_type::UINT64: return std::to_string(e.get_uint64().value_unsafe());
            case simdjson::dom::element_type::DOUBLE: return fmt::format("{}", e.get_double().value_unsafe());
            default: return {};
        }
    }

    void jsonl(const std::string& path, const std::string& stem, std::string_view bytes) {
        std::size_t line_no = 0;
        while (!bytes.empty()) {
            ++line_no;
            auto nl = bytes.find('\n');
            std::string_view line = bytes.substr(0, nl);
            bytes = nl == std::string_view::npos ? std::string_view{} : bytes.substr(nl + 1);
            if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
            auto where = fmt::format("{}:{}", path, line_no);
            // simdjson validates the whole line (syntax and UTF-8) an order of magnitude faster than a DOM of
            // std::map and std::string: on an archive, reading was a tenth of the whole run.
            simdjson::dom::object j;
            if (json_.parse(line.data(), line.size()).get_object().get(j)) {
                error(where, "malformed JSON line (expected an object with a \"text\" field)");
                continue;
            }
            std::string_view text;
            if (j.at_key("text").get_string().get(text)) {
                error(where, "JSON line has no \"text\" string");
                continue;
            }
            Source s;
            s.path = path;
            s.record_line = line_no;
            s.text = std::string(text);
            normalise_text(s.text);
            if (s.text.find_first_not_of(" \t\n") == std::string::npos) {
                warning(where, "empty");
                continue;
            }
            std::string id = string_field(j, "id");
            s.id = unique_id(id.empty() ? fmt::format("{}-{}", stem, line_no) : id);
            s.title = string_field(j, "title");
            if (s.title.empty()) s.title = first_line(s.text);
            s.url = string_field(j, "url");
            std::string published = string_field(j, "published");
            auto date = parse_iso_date(published);
            if (!published.empty() && !date) warning(where, "\"published\" is not an ISO date: " + published);
            set_published(s, date);
            result_.sources.push_back(std::move(s));
        }
    }
};

}  // namespace

ReadResult read_inputs(const std::vector<std::string>& inputs, const ReadOptions& options) {
    Reader reader(options);
    for (const auto& path : inputs) reader.input(path);
    return std::move(reader).result();
}

}  // namespace crosscheck
