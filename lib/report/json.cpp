#include "report/json.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "knowledge/calendar.hpp"
#include "model/span_index.hpp"

namespace crosscheck {

using nlohmann::json;

namespace {

const char* origin_name(DateOrigin o) {
    switch (o) {
        case DateOrigin::metadata: return "metadata";
        case DateOrigin::dateline: return "dateline";
        case DateOrigin::option: return "option";
        case DateOrigin::unknown: break;
    }
    return "unknown";
}

const char* granularity_name(Granularity g) {
    switch (g) {
        case Granularity::day: return "day";
        case Granularity::week: return "week";
        case Granularity::month: return "month";
        case Granularity::year: return "year";
        case Granularity::range: return "range";
        case Granularity::weekday: return "weekday";
        case Granularity::unknown: break;
    }
    return "unknown";
}

json base(const Source& s, const char* kind, Span span) {
    json j = span_to_json(s, span);
    j["kind"] = kind;
    return j;
}

}  // namespace

// Built member by member: nlohmann's initializer lists copy every nested value, and a report holds hundreds of
// thousands of spans.
json span_to_json(const Source& s, Span span) {
    Position b = s.position(span.begin), e = s.position(span.end);
    auto line_column = [](Position p) {
        json j(json::value_t::object);
        auto& o = j.get_ref<json::object_t&>();
        o.emplace("line", p.line);
        o.emplace("column", p.column);
        return j;
    };
    json range(json::value_t::array);
    range.get_ref<json::array_t&>().reserve(2);
    range.push_back(span.begin);
    range.push_back(span.end);
    json j(json::value_t::object);
    auto& o = j.get_ref<json::object_t&>();
    o.emplace("source", s.id);
    o.emplace("span", std::move(range));
    o.emplace("start", line_column(b));
    o.emplace("end", line_column(e));
    o.emplace("text", s.slice(span));
    return j;
}

namespace {

// The corpus as JSON: sources with their assertions, and the people resolved across them. With `keep`, a source's
// assertions are only those overlapping a span of keep[source] (the evidence of the findings).
json corpus_to_json(const Corpus& corpus, const std::vector<SpanIndex>* keep) {
    json out = json::object();
    out["tool"] = {{"name", "crosscheck"}, {"version", CROSSCHECK_VERSION}};
    json sources = json::array();
    sources.get_ref<json::array_t&>().reserve(corpus.sources.size());
    for (std::size_t i = 0; i < corpus.sources.size(); ++i) {
        const Source& s = corpus.sources[i];
        const Extraction& ex = corpus.extractions[i];
        auto wanted = [&](Span span) { return !keep || (*keep)[i].overlaps(span); };
        // Emplaced, not an initializer list (which copies every value): an archive has tens of thousands.
        json js(json::value_t::object);
        {
            auto& o = js.get_ref<json::object_t&>();
            o.emplace("id", s.id);
            o.emplace("path", s.path);
            o.emplace("title", s.title);
            o.emplace("url", s.url);
            o.emplace("published", s.published ? json(calendar::format_day(*s.published)) : json(nullptr));
            o.emplace("published_origin", origin_name(s.published_origin));
            o.emplace("paragraphs", s.paragraphs.size());
            o.emplace("sentences", s.sentences.size());
        }
        json a = json::array();
        for (const auto& d : ex.dates) {
            if (!wanted(d.span)) continue;
            json j = base(s, "date", d.span);
            j["relative"] = d.relative;
            j["resolved"] = d.resolved;
            j["granularity"] = granularity_name(d.granularity);
            j["value"] = d.value;
            if (d.stated_weekday) j["stated_weekday"] = std::string(calendar::weekday_name(*d.stated_weekday));
            if (d.impossible) j["impossible"] = true;
            if (d.context == DateContext::dateline) j["context"] = "dateline";
            if (d.context == DateContext::comment) j["context"] = "comment";
            if (d.context == DateContext::copyright) j["context"] = "copyright";
            a.push_back(std::move(j));
        }
        for (const auto& p : ex.places) {
            if (!wanted(p.span)) continue;
            json j = base(s, "place", p.span);
            j["name"] = p.name;
            if (!p.parent.empty()) j["parent"] = p.parent;
            if (p.demonym) j["demonym"] = true;
            if (!p.country_code.empty()) j["country"] = p.country_code;
            a.push_back(std::move(j));
        }
        for (const auto& p : ex.people_mentions) {
            if (!wanted(p.span)) continue;
            json j = base(s, "person", p.span);
            j["name"] = p.name;
            j["titles"] = p.titles;
            j["organisations"] = p.organisations;
            if (!p.country.empty()) j["country"] = p.country;
            if (p.pronoun) j["pronoun"] = true;
            if (p.entity >= 0 && static_cast<std::size_t>(p.entity) < ex.people.size())
                j["entity"] = ex.people[p.entity].name;
            a.push_back(std::move(j));
        }
        for (const auto& o : ex.organisations) {
            if (!wanted(o.span)) continue;
            json j = base(s, "organisation", o.span);
            j["name"] = o.name;
            a.push_back(std::move(j));
        }
        for (const auto& q : ex.quotes) {
            if (!wanted(q.span)) continue;
            json j = base(s, "quote", q.span);
            j["quote"] = q.text;
            j["speaker"] = q.speaker_name;
            if (!q.speaker_organisation.empty()) j["organisation"] = q.speaker_organisation;
            j["verb"] = q.verb;
            if (!q.cue_span.empty()) j["cue"] = span_to_json(s, q.cue_span);
            a.push_back(std::move(j));
        }
        for (const auto& c : ex.claims) {
            if (!wanted(c.span)) continue;
            json j = base(s, "claim", c.span);
            j["speaker"] = c.speaker_name;
            if (!c.speaker_organisation.empty()) j["organisation"] = c.speaker_organisation;
            j["verb"] = c.verb;
            j["polarity"] = c.polarity == Polarity::asserts ? "asserts" : "denies";
            j["content"] = c.content;
            j["subjects"] = c.subjects;
            if (!c.date_value.empty()) j["date"] = c.date_value;
            a.push_back(std::move(j));
        }
        for (const auto& g : ex.ages) {
            if (!wanted(g.span)) continue;
            json j = base(s, "age", g.span);
            if (g.born) j["born"] = g.born;
            else j["years"] = g.years;
            const auto& who = ex.people_mentions[g.person];
            j["person"] = who.name.empty() ? std::string(s.slice(who.span)) : who.name;
            a.push_back(std::move(j));
        }
        for (const auto& q : ex.quantities) {
            if (!wanted(q.span)) continue;
            json j = base(s, "quantity", q.span);
            j["value"] = q.value;
            j["approximate"] = q.approximate;
            j["unit"] = q.unit;
            j["counted"] = q.counted;
            if (q.increment) j["increment"] = true;
            if (q.whole) j["whole"] = true;
            a.push_back(std::move(j));
        }
        // One stable order for all kinds: by position, then kind. The keys are read once: comparing json values
        // inside the sort (object look-ups, string copies) cost more than building them.
        std::vector<std::tuple<std::size_t, std::string, std::size_t>> keys;
        keys.reserve(a.size());
        for (std::size_t k = 0; k < a.size(); ++k)
            keys.emplace_back(a[k]["span"][0].get<std::size_t>(), a[k]["kind"].get<std::string>(), k);
        std::sort(keys.begin(), keys.end());  // the index breaks ties: a stable order
        json sorted = json::array();
        for (const auto& key : keys) sorted.push_back(std::move(a[std::get<2>(key)]));
        js["assertions"] = std::move(sorted);
        sources.push_back(std::move(js));
    }
    out["sources"] = std::move(sources);
    json people = json::array();
    for (const auto& p : corpus.people) {
        json members = json::array();
        for (auto [src, ent] : p.members)
            members.push_back({{"source", corpus.sources[src].id}, {"name", corpus.extractions[src].people[ent].name}});
        people.push_back({{"name", p.name}, {"titles", p.titles}, {"organisations", p.organisations},
                          {"countries", p.countries}, {"members", members}});
    }
    out["people"] = std::move(people);
    return out;
}

}  // namespace

json assertions_to_json(const Corpus& corpus) { return corpus_to_json(corpus, nullptr); }

json finding_to_json(const Corpus& corpus, const Finding& f) {
    json ev = json::array();
    for (const auto& e : f.evidence) {
        json j = span_to_json(corpus.sources[e.source], e.span);
        j["role"] = e.role;
        ev.push_back(std::move(j));
    }
    json j{{"rule", f.rule}, {"severity", to_string(f.severity)}, {"confidence", f.confidence},
           {"message", f.message}, {"evidence", std::move(ev)}, {"fingerprint", f.fingerprint}};
    if (!f.fix.empty()) j["fix"] = f.fix;
    if (!f.values.empty()) {  // a conflict's values as truth discovery weighs them (scoring/confidence.hpp)
        json values = json::array();
        for (const auto& v : f.values) {
            json sources = json::array();
            for (auto s : v.sources) sources.push_back(corpus.sources[s].id);
            values.push_back({{"text", v.text}, {"sources", std::move(sources)}, {"confidence", v.confidence}});
        }
        j["values"] = std::move(values);
    }
    return j;
}

json report_to_json(const Result& r) {
    // The assertions the findings rest on, not every assertion of every source (`crosscheck extract` gives
    // those): over an archive, the full set is most of the report's size and time.
    std::vector<std::vector<Span>> evidence(r.corpus.sources.size());
    for (const auto& f : r.findings)
        for (const auto& e : f.evidence)
            if (e.source < evidence.size()) evidence[e.source].push_back(e.span);
    std::vector<SpanIndex> keep;
    keep.reserve(evidence.size());
    for (auto& spans : evidence) keep.emplace_back(std::move(spans));
    json out = corpus_to_json(r.corpus, &keep);
    json findings = json::array();
    for (const auto& f : r.findings) findings.push_back(finding_to_json(r.corpus, f));
    out["findings"] = std::move(findings);
    json scores = json::array();
    scores.get_ref<json::array_t&>().reserve(r.scores.sources.size());
    for (std::size_t i = 0; i < r.scores.sources.size(); ++i) {
        const auto& s = r.scores.sources[i];
        json j(json::value_t::object);
        auto& o = j.get_ref<json::object_t&>();
        o.emplace("source", r.corpus.sources[i].id);
        o.emplace("score", s.score);
        o.emplace("trust", s.trust);
        o.emplace("errors", s.errors);
        o.emplace("warnings", s.warnings);
        o.emplace("infos", s.infos);
        scores.push_back(std::move(j));
    }
    out["scores"] = {{"sources", std::move(scores)}, {"corpus", r.scores.corpus}};
    json diags = json::array();
    for (const auto& d : r.diagnostics)
        diags.push_back({{"level", d.level == Diagnostic::Level::error ? "error" : "warning"}, {"path", d.path},
                         {"message", d.message}});
    out["diagnostics"] = std::move(diags);
    return out;
}

}  // namespace crosscheck
