#include "knowledge/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "data/embedded.hpp"
#include "data/fold.hpp"
#include "data/gazetteer_format.hpp"

namespace crosscheck {

namespace fmt = crosscheck::data;

namespace {

// GeoNames gives districts and boroughs no parent city: a city is taken to contain a smaller populated place
// this close to it ("Manhattan, New York City", "Mitte, Berlin"), never a distant one ("Helsinki, Moscow").
constexpr double district_radius_km = 20.0;

double distance_km(const fmt::PlaceRecord& a, const fmt::PlaceRecord& b) {
    constexpr double to_rad = 3.14159265358979323846 / 180.0 / 1e5;
    double la1 = a.lat_e5 * to_rad, la2 = b.lat_e5 * to_rad, dlo = (b.lon_e5 - a.lon_e5) * to_rad;
    double c = std::sin(la1) * std::sin(la2) + std::cos(la1) * std::cos(la2) * std::cos(dlo);
    return 6371.0 * std::acos(std::clamp(c, -1.0, 1.0));
}

using fmt::bloom_bits;
using fmt::bloom_word;
using fmt::key_hash;

std::string_view key_of(const char* pool, const fmt::NameEntry& e) { return {pool + e.key_off, e.key_len}; }

// data::fold_name of a name of ASCII bytes (the rules of data/fold.hpp for them), into buf without allocating,
// with its key_hash computed on the way (hash); false when the name has other bytes or its key would not fit.
bool fold_ascii(std::string_view in, char* buf, std::size_t cap, std::size_t& n, std::uint64_t& hash) {
    n = 0;
    std::uint64_t h = 14695981039346656037ull;  // key_hash's FNV-1a over buf[0, n)
    std::uint64_t h_word = h;                    // ... before its last space: the key's if that space trails
    // What each byte folds to: a letter or digit (lower case), ' ' for a separator, 0 for a byte dropped ('.',
    // '\''), 0x80 for a byte that is not ASCII. One table look-up a byte: the extractors fold every n-gram of
    // every capitalised run.
    static constexpr auto folded = [] {
        std::array<unsigned char, 256> t{};
        for (int c = 0; c < 0x80; ++c) t[c] = ' ';
        for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = static_cast<unsigned char>(c);
        for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<unsigned char>(c);
        t['.'] = t['\''] = 0;
        for (int c = 0x80; c < 0x100; ++c) t[c] = 0x80;
        return t;
    }();
    for (char ch : in) {
        unsigned char f = folded[static_cast<unsigned char>(ch)];
        if (f > ' ' && f < 0x80) {  // a letter or digit, most bytes: one test before it is kept
            if (n == cap) return false;
            buf[n++] = static_cast<char>(f);
            h = (h ^ f) * 1099511628211ull;
            continue;
        }
        if (f == 0x80) return false;
        if (f == 0 || (f == ' ' && (n == 0 || buf[n - 1] == ' '))) continue;
        char out = static_cast<char>(f);
        if (n == cap) return false;
        buf[n++] = out;
        if (out == ' ') h_word = h;
        h = (h ^ static_cast<unsigned char>(out)) * 1099511628211ull;
    }
    // Spaces never follow a space, so at most one trails.
    if (n > 0 && buf[n - 1] == ' ') {
        --n;
        h = h_word;
    }
    hash = h ^ (h >> 29);
    return true;
}

}  // namespace

Gazetteer Gazetteer::load_embedded() {
    Gazetteer g;
    g.blob_ = data::gazetteer_blob();
    fmt::GazetteerHeader h;
    if (g.blob_.size() < sizeof h) throw std::runtime_error("gazetteer: embedded table is truncated");
    std::memcpy(&h, g.blob_.data(), sizeof h);
    if (std::memcmp(h.magic, fmt::gazetteer_magic, 8) != 0) throw std::runtime_error("gazetteer: bad table format");
    std::size_t need = sizeof h + (std::size_t(h.name_slot_count) + h.demonym_slot_count) * (sizeof(std::uint64_t) + sizeof(std::uint32_t)) +
                       2 * fmt::bloom_words * sizeof(std::uint64_t) + h.n_places * sizeof(fmt::PlaceRecord) +
                       (std::size_t(h.n_names) + h.n_demonyms) * sizeof(fmt::NameEntry) +
                       h.n_disputed * sizeof(fmt::Disputed) + h.pool_size;
    if (g.blob_.size() != need) throw std::runtime_error("gazetteer: embedded table has the wrong size");
    // The blob is 16-byte aligned and every array starts at a multiple of its element's size.
    const char* p = g.blob_.data() + sizeof h;
    auto take = [&p]<class T>(std::size_t count, const T*& out) {
        out = reinterpret_cast<const T*>(p);
        p += count * sizeof(T);
    };
    g.name_index_.size = h.name_slot_count;
    g.demonym_index_.size = h.demonym_slot_count;
    take(h.name_slot_count, g.name_index_.slots);
    take(h.demonym_slot_count, g.demonym_index_.slots);
    take(fmt::bloom_words, g.name_bloom_);
    take(fmt::bloom_words, g.prefix_bloom_);
    take(h.name_slot_count, g.name_index_.runs);
    take(h.demonym_slot_count, g.demonym_index_.runs);
    g.places_ = p;
    p += h.n_places * sizeof(fmt::PlaceRecord);
    g.names_ = p;
    p += h.n_names * sizeof(fmt::NameEntry);
    g.demonyms_ = p;
    p += h.n_demonyms * sizeof(fmt::NameEntry);
    g.disputed_ = p;
    p += h.n_disputed * sizeof(fmt::Disputed);
    g.pool_ = p;
    g.n_places_ = h.n_places;
    g.n_names_ = h.n_names;
    g.n_demonyms_ = h.n_demonyms;
    g.n_disputed_ = h.n_disputed;
    return g;
}

std::size_t Gazetteer::first_entry(const Index& index, const void* table, std::string_view key, std::uint64_t h) const {
    auto* entries = static_cast<const fmt::NameEntry*>(table);
    const std::uint64_t* slots = index.slots;
    std::size_t mask = index.size - 1;
    for (std::size_t s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
        auto entry = static_cast<std::uint32_t>(slots[s]);
        if ((slots[s] >> 32) == (h >> 32) && key_of(pool_, entries[entry - 1]) == key) return s;
    }
    return index.size;
}

Gazetteer::Range Gazetteer::find(std::string_view name, bool demonyms) const {
    if (empty()) return {};
    // Most names asked about are short and ASCII: their key is folded on the stack.
    char buf[64];
    std::size_t len = 0;
    std::string heap;
    std::string_view key;
    std::uint64_t h = 0;
    if (fold_ascii(name, buf, sizeof buf, len, h)) {
        key = std::string_view(buf, len);
    } else {
        heap = data::fold_name(name);
        key = heap;
        h = key_hash(key);
    }
    if (key.empty()) return {};
    auto* entries = static_cast<const fmt::NameEntry*>(demonyms ? demonyms_ : names_);
    const Index& index = demonyms ? demonym_index_ : name_index_;
    std::size_t slot = index.size;
    if (demonyms) {
        slot = first_entry(index, entries, key, h);
    } else if (std::uint64_t bits = bloom_bits(h); (name_bloom_[bloom_word(h)] & bits) == bits) {
        slot = first_entry(index, entries, key, h);
    }
    if (slot == index.size && !demonyms) {
        // Abbreviated first words as written in copy: "St. Petersburg" for GeoNames' "Saint Petersburg".
        static constexpr std::pair<std::string_view, std::string_view> prefixes[] = {
            {"st ", "saint "}, {"ste ", "sainte "}, {"mt ", "mount "}, {"ft ", "fort "}};
        for (auto [abbr, full] : prefixes)
            if (key.starts_with(abbr)) return find(std::string(full) + std::string(key.substr(abbr.size())), false);
    }
    if (slot == index.size) return {};
    std::size_t lo = static_cast<std::uint32_t>(index.slots[slot]) - 1;
    return {entries + lo, index.runs[slot]};
}

Place Gazetteer::make_place(std::uint32_t index, bool alias) const {
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    const auto& r = recs[index];
    const auto& c = recs[r.country];
    Place p;
    p.id = index;
    p.name.assign(pool_ + r.name_off, r.name_len);
    p.kind = r.kind == fmt::kind_country ? PlaceKind::country : r.kind == fmt::kind_region ? PlaceKind::region : PlaceKind::city;
    p.country_code.assign(c.code, strnlen(c.code, 4));
    p.country.assign(pool_ + c.name_off, c.name_len);
    if (r.kind == fmt::kind_country) p.region.clear();
    else if (r.kind == fmt::kind_region) p.region = p.name;
    else if (r.region != fmt::no_index) p.region.assign(pool_ + recs[r.region].name_off, recs[r.region].name_len);
    p.population = r.population;
    p.capital = r.flags & fmt::flag_capital;
    p.district = r.flags & fmt::flag_district;
    p.alias = alias;
    p.lat = r.lat_e5 / 1e5;
    p.lon = r.lon_e5 / 1e5;
    return p;
}

std::vector<Place> Gazetteer::resolve(std::string_view name, std::string_view context_country) const {
    auto range = find(name, false);
    auto* e = static_cast<const fmt::NameEntry*>(range.first);
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    auto code_of = [&](std::uint32_t place) {
        const auto& c = recs[recs[place].country];
        return std::string_view(c.code, strnlen(c.code, 4));
    };
    // Order the name entries, then build the places: sorting built places moved their strings around.
    std::vector<std::uint32_t> order(range.count);
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t i, std::uint32_t j) {
        std::uint32_t a = e[i].place, b = e[j].place;
        bool ca = recs[a].kind == fmt::kind_country, cb = recs[b].kind == fmt::kind_country;
        if (ca != cb) return ca;
        bool xa = !context_country.empty() && code_of(a) == context_country;
        bool xb = !context_country.empty() && code_of(b) == context_country;
        if (xa != xb) return xa;
        return recs[a].population > recs[b].population;
    });
    std::vector<Place> out;
    out.reserve(range.count);
    for (std::uint32_t i : order) out.push_back(make_place(e[i].place, e[i].alias));
    return out;
}

std::optional<Place> Gazetteer::best(std::string_view name) const {
    auto range = find(name, false);
    if (range.count == 0) return std::nullopt;
    auto* e = static_cast<const fmt::NameEntry*>(range.first);
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    // The first of resolve()'s stable order: a country before anything else, then the most populous; ties keep
    // table order.
    std::size_t top = 0;
    for (std::size_t i = 1; i < range.count; ++i) {
        const auto& a = recs[e[i].place];
        const auto& b = recs[e[top].place];
        bool ca = a.kind == fmt::kind_country, cb = b.kind == fmt::kind_country;
        if (ca != cb ? ca : a.population > b.population) top = i;
    }
    return make_place(e[top].place, e[top].alias);
}

bool Gazetteer::knows(std::string_view name) const { return find(name, false).count > 0; }

bool Gazetteer::may_begin_name(std::string_view words) const {
    if (empty()) return false;
    char buf[64];
    std::size_t len = 0;
    std::uint64_t h = 0;
    // The key of longer words is this key, a space and more (folding reads bytes in order and keeps at most one
    // space between words), or this key alone; unsure for keys folded otherwise.
    if (!fold_ascii(words, buf, sizeof buf, len, h) || len == 0) return true;
    std::string_view key(buf, len);
    // find() spells "st petersburg" as "saint petersburg": a key beginning so may begin a name it has not seen.
    for (std::string_view abbr : {"st", "ste", "mt", "ft"})
        if (key.starts_with(abbr) && (key.size() == abbr.size() || key[abbr.size()] == ' ')) return true;
    std::uint64_t bits = bloom_bits(h);
    return (prefix_bloom_[bloom_word(h)] & bits) == bits;
}

std::uint64_t Gazetteer::largest_city_population(std::string_view name) const {
    auto range = find(name, false);
    auto* e = static_cast<const fmt::NameEntry*>(range.first);
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    std::uint64_t best = 0;
    for (std::size_t i = 0; i < range.count; ++i)
        if (recs[e[i].place].kind == fmt::kind_city) best = std::max<std::uint64_t>(best, recs[e[i].place].population);
    return best;
}

bool Gazetteer::disputed(std::uint32_t region, std::uint32_t country) const {
    auto* d = static_cast<const fmt::Disputed*>(disputed_);
    for (std::size_t i = 0; i < n_disputed_; ++i)
        if (d[i].region == region && d[i].claimant == country) return true;
    return false;
}

bool Gazetteer::holds(std::uint32_t parent, std::uint32_t child) const {
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    const auto& p = recs[parent];
    const auto& c = recs[child];
    if (parent == child || c.kind == fmt::kind_country) return false;
    switch (p.kind) {
        // A dependent territory's places lie in its sovereign too ("San Juan, US"; "Nuuk, Denmark").
        case fmt::kind_country: return c.country == parent || recs[c.country].region == parent;
        case fmt::kind_region: return c.kind == fmt::kind_city && c.region == parent;
        default:
            return c.kind == fmt::kind_city && c.country == p.country && c.population < p.population &&
                   distance_km(p, c) <= district_radius_km;
    }
}

Containment Gazetteer::contains(std::string_view parent, std::string_view child) const {
    auto pr = find(parent, false), cr = find(child, false);
    if (pr.count == 0 || cr.count == 0) return Containment::unknown;
    auto* pe = static_cast<const fmt::NameEntry*>(pr.first);
    auto* ce = static_cast<const fmt::NameEntry*>(cr.first);
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    bool below_country = false;
    for (std::size_t j = 0; j < cr.count; ++j) below_country |= recs[ce[j].place].kind != fmt::kind_country;
    if (!below_country) return Containment::unknown;
    for (std::size_t i = 0; i < pr.count; ++i)
        for (std::size_t j = 0; j < cr.count; ++j) {
            std::uint32_t p = pe[i].place, c = ce[j].place;
            if (holds(p, c)) return Containment::yes;
            // A disputed region (or a city in it) claimed by the parent country: not for the gazetteer to judge.
            const auto& cc = recs[c];
            std::uint32_t region = cc.kind == fmt::kind_region ? c : cc.region;
            if (recs[p].kind == fmt::kind_country && region != fmt::no_index && disputed(region, p)) return Containment::unknown;
        }
    return Containment::no;
}

std::string Gazetteer::demonym_country(std::string_view word) const {
    auto range = find(word, true);
    auto* e = static_cast<const fmt::NameEntry*>(range.first);
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    const fmt::PlaceRecord* best = nullptr;
    for (std::size_t i = 0; i < range.count; ++i) {
        const auto& r = recs[e[i].place];
        if (!best || r.population > best->population) best = &r;
    }
    return best ? std::string(best->code, strnlen(best->code, 4)) : std::string();
}

std::string Gazetteer::country_name(std::string_view code) const {
    auto* recs = static_cast<const fmt::PlaceRecord*>(places_);
    // Countries come first in the table, sorted by code.
    std::size_t n = 0;
    while (n < n_places_ && recs[n].kind == fmt::kind_country) ++n;
    auto it = std::lower_bound(recs, recs + n, code, [](const fmt::PlaceRecord& r, std::string_view k) {
        return std::string_view(r.code, strnlen(r.code, 4)) < k;
    });
    if (it == recs + n || std::string_view(it->code, strnlen(it->code, 4)) != code) return {};
    return std::string(pool_ + it->name_off, it->name_len);
}

bool starts_with_city_pair(const Gazetteer& gaz, std::string_view text) {
    // Capitalised words from k ("Fort Wayne", "St. Louis"), and where they end.
    auto run = [&](std::size_t k) {
        while (k < text.size() && text[k] >= 'A' && text[k] <= 'Z') {
            while (k < text.size() && text[k] != ' ' && text[k] != ',' && text[k] != ';' && text[k] != ':') ++k;
            if (k + 1 < text.size() && text[k] == ' ' && text[k + 1] >= 'A' && text[k + 1] <= 'Z') ++k;
            else break;
        }
        return k;
    };
    std::size_t e = run(0);
    if (e == 0 || e + 2 >= text.size() || text[e] != ',' || text[e + 1] != ' ') return false;
    std::string_view parent = text.substr(e + 2, run(e + 2) - e - 2);
    while (!parent.empty() && (parent.back() == '.' || parent.back() == '\'')) parent.remove_suffix(1);
    if (parent.empty()) return false;
    auto city = gaz.best(text.substr(0, e));
    auto region = gaz.best(parent);
    return city && city->kind == PlaceKind::city && region && region->kind != PlaceKind::city;
}

}  // namespace crosscheck
