// crosscheck HTML report: filters by severity and rule (also from the URL hash, e.g. #severity=error&rule=x),
// and explains a highlighted span on click, Enter or focus. Only moves and copies nodes the report already has;
// never parses text as markup.
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input[type=checkbox]"));
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-finding][data-severity]"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var popover = document.getElementById("popover");
  var shown = document.querySelector("#filters .shown");

  function checked(name) {
    return boxes.filter(function (b) { return b.name === name && b.checked; }).map(function (b) { return b.value; });
  }

  function visibleFindings() {
    var sev = checked("severity"), rules = checked("rule"), visible = {};
    items.forEach(function (el) {
      var on = sev.indexOf(el.dataset.severity) >= 0 && rules.indexOf(el.dataset.rule) >= 0;
      el.hidden = !on;
      if (on) visible[el.dataset.finding] = true;
    });
    return visible;
  }

  function apply(updateHash) {
    var visible = visibleFindings(), count = 0;
    Object.keys(visible).forEach(function () { count++; });
    marks.forEach(function (m) {
      var on = m.dataset.findings.split(" ").some(function (id) { return visible[id]; });
      m.classList.toggle("off", !on);
      m.tabIndex = on ? 0 : -1;
    });
    var total = {};
    items.forEach(function (el) { total[el.dataset.finding] = true; });
    if (shown) shown.textContent = count + " of " + Object.keys(total).length + " findings shown";
    document.body.dataset.filter = hashOf();
    if (updateHash && history.replaceState) history.replaceState(null, "", "#" + hashOf());
  }

  function hashOf() {
    var parts = [];
    ["severity", "rule"].forEach(function (name) {
      var all = boxes.filter(function (b) { return b.name === name; });
      var on = checked(name);
      if (on.length !== all.length) parts.push(name + "=" + on.map(encodeURIComponent).join(","));
    });
    return parts.join("&");
  }

  // #severity=error,warning&rule=a,b selects exactly those; a missing key keeps everything of that kind.
  function readHash() {
    var h = location.hash.replace(/^#/, "");
    if (h.indexOf("=") < 0) return;
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i < 0) return;
      var name = kv.slice(0, i), values = kv.slice(i + 1).split(",").map(decodeURIComponent);
      if (name !== "severity" && name !== "rule") return;
      // Printing shows every dispute in full.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details.dispute"), function (d) { d.open = true; });
  });
  boxes.forEach(function (b) { if (b.name === name) b.checked = values.indexOf(b.value) >= 0; });
    });
  }

  var current = null;
  function hide() {
    popover.hidden = true;
    if (current) current.classList.remove("current");
    current = null;
  }

  function explain(mark) {
    hide();
    while (popover.firstChild) popover.removeChild(popover.firstChild);
    mark.dataset.findings.split(" ").forEach(function (id) {
      var item = document.getElementById(id);
      if (!item || item.hidden) return;
      var copy = item.cloneNode(true);
      copy.removeAttribute("id");
      copy.removeAttribute("tabindex");
      var wrap = document.createElement("div");
      wrap.className = item.className;
      while (copy.firstChild) wrap.appendChild(copy.firstChild);
      popover.appendChild(wrap);
    });
    if (!popover.firstChild) return;
    var r = mark.getBoundingClientRect();
    popover.style.left = Math.max(8, r.left + window.scrollX) + "px";
    popover.style.top = (r.bottom + window.scrollY + 6) + "px";
    popover.hidden = false;
    current = mark;
    mark.classList.add("current");
  }

  marks.forEach(function (m) {
    m.addEventListener("click", function (e) { e.stopPropagation(); explain(m); });
    m.addEventListener("focus", function () { explain(m); });
    m.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        var first = m.dataset.findings.split(" ")[0], item = document.getElementById(first);
        if (item) { hide(); item.focus(); item.scrollIntoView({block: "center"}); }
      }
    });
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  document.addEventListener("click", function (e) { if (!popover.contains(e.target)) hide(); });
  // Printing shows every dispute in full.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details.dispute"), function (d) { d.open = true; });
  });
  boxes.forEach(function (b) { b.addEventListener("change", function () { apply(true); }); });
  window.addEventListener("hashchange", function () { readHash(); apply(false); });
  readHash();
  apply(false);
})();
