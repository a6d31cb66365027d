// schema.org ClaimReview (JSON-LD): each extracted claim, who made it and where, rated only by what crosscheck can
// say: contradicted (an error-level finding touches it), disputed (a lesser finding), or no inconsistency found.
// crosscheck checks consistency, not truth, so the best rating says exactly that and no more.
#include <fmt/format.h>

#include "knowledge/calendar.hpp"
#include "report/formats.hpp"

namespace crosscheck {

using nlohmann::json;

json claimreview_report(const Result& r, const ReportContext& ctx) {
    json graph = json::array();
    for (std::size_t si = 0; si < r.corpus.sources.size() && si < r.corpus.extractions.size(); ++si) {
        const Source& s = r.corpus.sources[si];
        json appearance{{"@type", "NewsArticle"}, {"identifier", s.id}};
        if (!s.title.empty()) appearance["headline"] = s.title;
        if (!s.url.empty()) appearance["url"] = s.url;
        if (s.published) appearance["datePublished"] = calendar::format_day(*s.published);
        for (const Claim& c : r.corpus.extractions[si].claims) {
            std::vector<const Finding*> touching;
            for (const auto& f : r.findings)
                for (const auto& e : f.evidence)
                    if (e.source == si && e.span.overlaps(c.span)) {
                        touching.push_back(&f);
                        break;
                    }
            int value = 3;
            const char* name = "No inconsistency found";
            for (const Finding* f : touching) {
                if (f->severity == Severity::error) {
                    value = 1;
                    name = "Contradicted";
                } else if (value > 2) {
                    value = 2;
                    name = "Disputed";
                }
            }
            std::string body;
            for (const Finding* f : touching) {
                if (!body.empty()) body += ' ';
                body += f->message;
                if (!f->fix.empty()) body += " (" + f->fix + ")";
            }
            if (body.empty()) body = "No other statement checked contradicts this claim.";
            std::string speaker = !c.speaker_name.empty() ? c.speaker_name : c.speaker_organisation;
            json item{{"@type", "Claim"}, {"appearance", appearance}};
            if (!speaker.empty())
                item["author"] = {{"@type", c.speaker_name.empty() ? "Organization" : "Person"}, {"name", speaker}};
            if (!c.date_value.empty()) item["datePublished"] = c.date_value;
            else if (s.published) item["datePublished"] = calendar::format_day(*s.published);
            json review{{"@type", "ClaimReview"},
                        {"claimReviewed", std::string(s.slice(c.span))},
                        {"itemReviewed", std::move(item)},
                        {"author", {{"@type", "Organization"}, {"name", "crosscheck"}}},
                        {"reviewRating", {{"@type", "Rating"}, {"ratingValue", value}, {"worstRating", 1},
                                          {"bestRating", 3}, {"alternateName", name}}},
                        {"reviewBody", body}};
            if (!ctx.timestamp.empty()) review["datePublished"] = ctx.timestamp.substr(0, 10);
            graph.push_back(std::move(review));
        }
    }
    return json{{"@context", "https://schema.org"}, {"@graph", std::move(graph)}};
}

}  // namespace crosscheck
