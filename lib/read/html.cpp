// The main text and metadata of a saved article page, via gumbo (which copes with any malformed HTML).
#include <gumbo.h>
#include <nlohmann/json.hpp>
#include <strings.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>

#include "read/detail.hpp"

namespace crosscheck::read_detail {

namespace {

const char* attr(const GumboNode* n, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

bool attr_is(const GumboNode* n, const char* name, const char* value) {
    const char* v = attr(n, name);
    return v && strcasecmp(v, value) == 0;
}

// Page furniture, code and forms: never article text.
bool skipped(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
        case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO:
            return true;
        default:
            return false;
    }
}

// Elements that end a paragraph (the text of a CMS page has one paragraph a block).
bool block(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
        case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_MAIN: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_DL:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
        case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
            return true;
        default:
            return false;
    }
}

bool hidden(const GumboNode* n) {
    return attr(n, "hidden") || attr_is(n, "aria-hidden", "true");
}

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\n\r\f");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\n\r\f");
    return std::string(s.substr(b, e - b + 1));
}

// Builds the text: whitespace collapsed inside a paragraph, one paragraph a line, and the author's
// crosscheck-disable/enable comments turned into spans of that text.
class TextBuilder {
public:
    void text(std::string_view s) {
        for (char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space_ = out_.size() > para_start_;
                continue;
            }
            if (space_) out_ += ' ';
            space_ = false;
            out_ += c;
        }
    }
    void end_paragraph() {
        if (out_.size() > para_start_) {
            out_ += '\n';
            para_start_ = out_.size();
        }
        space_ = false;
    }
    void comment(std::string_view c) {
        std::string s = trim(c);
        bool disable = s.starts_with("crosscheck-disable");
        bool enable = s.starts_with("crosscheck-enable");
        if (!disable && !enable) return;
        std::string rule = trim(std::string_view(s).substr(disable ? 18 : 17));
        if (rule.empty()) rule.push_back('*');  // (assigning "*" trips a GCC 12 -Wrestrict false positive)
        if (disable) {
            open_.push_back({rule, {out_.size(), out_.size()}});
            return;
        }
        for (auto it = open_.begin(); it != open_.end(); ++it)
            if (it->rule == rule) {
                it->span.end = out_.size();
                done_.push_back(*it);
                open_.erase(it);
                return;
            }
    }
    void finish(HtmlArticle& a) {
        while (!out_.empty() && out_.back() == '\n') out_.pop_back();
        for (auto& s : open_) {  // never enabled again: to the end of the text
            s.span.end = out_.size();
            done_.push_back(s);
        }
        for (auto& s : done_) {
            s.span.begin = std::min(s.span.begin, out_.size());
            s.span.end = std::min(s.span.end, out_.size());
        }
        std::sort(done_.begin(), done_.end(), [](const auto& x, const auto& y) { return x.span < y.span; });
        a.text = std::move(out_);
        a.suppressions = std::move(done_);
    }

private:
    std::string out_;
    std::size_t para_start_ = 0;
    bool space_ = false;
    std::vector<Suppression> open_, done_;
};

// Raw text bytes under an element, scripts and styles left out.
std::size_t text_size(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) return std::strlen(n->v.text.text);
    if (n->type != GUMBO_NODE_ELEMENT || skipped(n->v.element.tag)) return 0;
    std::size_t size = 0;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) size += text_size(static_cast<const GumboNode*>(kids.data[i]));
    return size;
}

// Page furniture that a CMS marks by ARIA role, class or id rather than by tag: related-story lists, newsletter
// boxes, share bars, cookie banners, adverts. Their headlines and counts are other stories' ("death toll rises
// to 158" beside an article that says 95), so they are no article text. Class words are whole words of the
// attribute ("related-content", "share_tools"; not "shareholders"), or two of them run together ("most-read").
bool furniture_marked(const GumboNode* n) {
    if (const char* role = attr(n, "role"))
        for (const char* r : {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"})
            if (strcasecmp(role, r) == 0) return true;
    static constexpr std::string_view marks[] = {
        "ad", "ads", "advert", "adverts", "advertisement", "breadcrumb", "breadcrumbs", "comments", "consent",
        "cookie", "cookies", "mostpopular", "mostread", "morestories", "newsletter", "newsletters", "outbrain",
        "paywall", "promo", "readmore", "recommended", "related", "share", "sharing", "sidebar", "signup",
        "social", "subscribe", "taboola", "trending"};
    auto marked = [](std::string_view w) { return std::find(std::begin(marks), std::end(marks), w) != std::end(marks); };
    for (const char* name : {"class", "id"}) {
        const char* v = attr(n, name);
        if (!v) continue;
        std::string prev, word;
        for (const char* c = v;; ++c) {
            if (*c && std::isalnum(static_cast<unsigned char>(*c))) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
                continue;
            }
            if (!word.empty()) {
                if (marked(word) || (!prev.empty() && marked(prev + word))) return true;
                prev = std::move(word);
                word.clear();
            }
            if (*c == ' ' || *c == '\t') prev.clear();  // classes are separate; words within one run together
            if (!*c) break;
        }
    }
    return false;
}

// body_size: the text bytes of the element the text is taken from. A marked element holding half of it or more
// is the article itself under a careless class name ("article-body share-tracking"), and is kept.
void collect_text(const GumboNode* n, TextBuilder& b, std::size_t body_size) {
    switch (n->type) {
        case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
            b.text(n->v.text.text);
            return;
        case GUMBO_NODE_COMMENT:
            b.comment(n->v.text.text);
            return;
        case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
            GumboTag t = n->v.element.tag;
            if (skipped(t) || hidden(n)) return;
            if (furniture_marked(n) && 2 * text_size(n) < body_size) return;
            bool is_block = block(t);
            if (is_block) b.end_paragraph();
            const GumboVector& kids = n->v.element.children;
            for (unsigned i = 0; i < kids.length; ++i)
                collect_text(static_cast<const GumboNode*>(kids.data[i]), b, body_size);
            if (is_block) b.end_paragraph();
            return;
        }
        default:
            return;
    }
}

// Text content of an element, whitespace collapsed (for <title> and <h1>).
std::string inner_text(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE)
        return n->v.text.text;
    if (n->type != GUMBO_NODE_ELEMENT) return {};
    std::string s;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) s += inner_text(static_cast<const GumboNode*>(kids.data[i]));
    return s;
}

std::string collapse(std::string_view s) {
    TextBuilder b;
    b.text(s);
    HtmlArticle a;
    b.finish(a);
    return a.text;
}

// JSON-LD: the first datePublished anywhere in the object (it may sit in @graph or a nested NewsArticle).
std::optional<std::chrono::year_month_day> json_ld_date(const nlohmann::json& j) {
    if (j.is_object()) {
        auto it = j.find("datePublished");
        if (it != j.end() && it->is_string())
            if (auto d = parse_iso_date(it->get<std::string>())) return d;
        for (const auto& [k, v] : j.items())
            if (auto d = json_ld_date(v)) return d;
    } else if (j.is_array()) {
        for (const auto& v : j)
            if (auto d = json_ld_date(v)) return d;
    }
    return std::nullopt;
}

struct Metadata {
    std::string og_title, title, h1, canonical, og_url;
    std::optional<std::chrono::year_month_day> meta_date, ld_date, time_date, pub_time_date;
    std::vector<const GumboNode*> articles, mains;
};

void collect_metadata(const GumboNode* n, Metadata& m) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    GumboTag t = n->v.element.tag;
    switch (t) {
        case GUMBO_TAG_META: {
            const char* key = attr(n, "property");
            if (!key) key = attr(n, "name");
            if (!key) key = attr(n, "itemprop");
            const char* content = attr(n, "content");
            if (key && content) {
                if (strcasecmp(key, "og:title") == 0 && m.og_title.empty()) m.og_title = collapse(content);
                else if (strcasecmp(key, "og:url") == 0 && m.og_url.empty()) m.og_url = trim(content);
                else if (!m.meta_date && (strcasecmp(key, "article:published_time") == 0 ||
                                          strcasecmp(key, "datePublished") == 0 ||
                                          strcasecmp(key, "og:published_time") == 0 ||
                                          strcasecmp(key, "pubdate") == 0 ||
                                          strcasecmp(key, "publishdate") == 0 ||
                                          strcasecmp(key, "dc.date") == 0 ||
                                          strcasecmp(key, "dcterms.created") == 0))
                    m.meta_date = parse_iso_date(content);
            }
            break;
        }
        case GUMBO_TAG_LINK:
            if (attr_is(n, "rel", "canonical") && m.canonical.empty())
                if (const char* href = attr(n, "href")) m.canonical = trim(href);
            break;
        case GUMBO_TAG_TITLE:
            if (m.title.empty()) m.title = collapse(inner_text(n));
            break;
        case GUMBO_TAG_H1:
            if (m.h1.empty()) m.h1 = collapse(inner_text(n));
            break;
        case GUMBO_TAG_TIME:
            if (const char* dt = attr(n, "datetime")) {
                auto d = parse_iso_date(dt);
                if (d && !m.time_date) m.time_date = d;
                // <time pubdate> / itemprop=datePublished marks the publication time among other dates.
                if (d && !m.pub_time_date && (attr(n, "pubdate") || attr_is(n, "itemprop", "datePublished")))
                    m.pub_time_date = d;
            }
            break;
        case GUMBO_TAG_SCRIPT:
            if (!m.ld_date && attr_is(n, "type", "application/ld+json")) {
                auto j = nlohmann::json::parse(inner_text(n), nullptr, /*allow_exceptions=*/false);
                if (!j.is_discarded()) m.ld_date = json_ld_date(j);
            }
            return;  // nothing else inside a script
        case GUMBO_TAG_ARTICLE:
            m.articles.push_back(n);
            break;
        case GUMBO_TAG_MAIN:
            m.mains.push_back(n);
            break;
        default:
            break;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) collect_metadata(static_cast<const GumboNode*>(kids.data[i]), m);
}


// Gumbo builds the whole tree and frees it recursively, and its parse slows down quadratically with depth: a
// page nested thousands of levels deep (no real article is) would take minutes or overflow the stack. This
// estimates the depth from the tags alone; elements whose end tag may be left out do not count.
constexpr std::size_t max_html_depth = 2000;

std::string_view tag_name(std::string_view html, std::size_t at) {
    std::size_t e = at;
    while (e < html.size() && (std::isalnum(static_cast<unsigned char>(html[e])) || html[e] == '-')) ++e;
    return html.substr(at, e - at);
}

bool void_or_optional_end(std::string_view name) {
    static constexpr std::string_view list[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                                "link", "meta", "param", "source", "track", "wbr", "p", "li",
                                                "dt", "dd", "option", "tr", "td", "th", "tbody", "thead"};
    for (auto v : list)
        if (name.size() == v.size() && strncasecmp(name.data(), v.data(), v.size()) == 0) return true;
    return false;
}

std::size_t estimated_depth(std::string_view html) {
    std::size_t depth = 0, deepest = 0;
    for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
        if (i + 1 >= html.size()) break;
        if (html[i + 1] == '/') {
            if (!void_or_optional_end(tag_name(html, i + 2)) && depth) --depth;
            continue;
        }
        std::string_view name = tag_name(html, i + 1);
        if (name.empty() || void_or_optional_end(name)) continue;
        auto close = html.find('>', i);
        if (close != std::string_view::npos && close > i && html[close - 1] == '/') continue;  // <x/>
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

// Text of a page too deep for the parser: tags dropped (block tags end a paragraph), the content of scripts
// and styles skipped, the common entities decoded.
std::string strip_tags(std::string_view html) {
    TextBuilder b;
    std::size_t i = 0;
    while (i < html.size()) {
        std::size_t lt = html.find('<', i);
        std::string_view chunk = html.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i);
        std::string text;
        for (std::size_t k = 0; k < chunk.size(); ++k) {
            static constexpr std::pair<std::string_view, std::string_view> entities[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", "\xC2\xA0"}};
            bool done = false;
            if (chunk[k] == '&')
                for (auto [e, r] : entities)
                    if (chunk.substr(k, e.size()) == e) {
                        text += r;
                        k += e.size() - 1;
                        done = true;
                        break;
                    }
            if (!done) text += chunk[k];
        }
        b.text(text);
        if (lt == std::string_view::npos) break;
        bool closing = lt + 1 < html.size() && html[lt + 1] == '/';
        std::string name(tag_name(html, lt + (closing ? 2 : 1)));
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        std::size_t gt = html.find('>', lt);
        if (gt == std::string_view::npos) break;
        i = gt + 1;
        if (!closing && (name == "script" || name == "style" || name == "noscript" || name == "template")) {
            // Skip to the matching end tag (case-insensitive), as the HTML tokenizer does for raw text.
            std::string end = "</" + name;
            std::size_t at = i;
            for (;; ++at) {
                at = html.find("</", at);
                if (at == std::string_view::npos || strncasecmp(html.data() + at, end.data(), end.size()) == 0) break;
            }
            if (at == std::string_view::npos) break;
            i = at;
            continue;
        }
        static constexpr std::string_view blocks[] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                                      "tr", "td", "blockquote", "article", "section", "pre", "hr"};
        for (auto blk : blocks)
            if (name == blk) b.end_paragraph();
    }
    HtmlArticle a;
    b.finish(a);
    return a.text;
}

}  // namespace

HtmlArticle extract_html(std::string_view html) {
    HtmlArticle a;
    if (estimated_depth(html) > max_html_depth) {
        a.text = strip_tags(html);
        a.too_deep = true;
        return a;
    }
    GumboOutput* doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    Metadata m;
    collect_metadata(doc->root, m);

    // The article body: the <article> (or <main>) with the most text, so related-story teasers in other
    // <article> elements are left out; the whole <body> when the page has neither.
    const GumboNode* body = doc->root;
    const auto& candidates = !m.articles.empty() ? m.articles : m.mains;
    if (candidates.size() == 1) body = candidates.front();
    std::size_t best = 0;
    for (std::size_t i = 0; candidates.size() > 1 && i < candidates.size(); ++i) {
        TextBuilder b;
        collect_text(candidates[i], b, text_size(candidates[i]));
        HtmlArticle tmp;
        b.finish(tmp);
        if (tmp.text.size() > best) {
            best = tmp.text.size();
            body = candidates[i];
        }
    }
    TextBuilder b;
    collect_text(body, b, text_size(body));
    b.finish(a);

    a.title = !m.og_title.empty() ? m.og_title : !m.title.empty() ? m.title : m.h1;
    a.url = !m.canonical.empty() ? m.canonical : m.og_url;
    a.published = m.meta_date ? m.meta_date : m.ld_date ? m.ld_date : m.pub_time_date ? m.pub_time_date : m.time_date;
    gumbo_destroy_output(&kGumboDefaultOptions, doc);
    return a;
}

}  // namespace crosscheck::read_detail
