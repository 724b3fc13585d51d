"""The site's style sheet and its one script, kept as text so the wheel carries them as code.

The script is small and hand-written: it searches the index Python built (search-index.js), with
the command line's folding (case, æ/ø/å as ae/oe/aa, a word's longer and shorter forms).
"""

from __future__ import annotations

STYLE = """\
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #fff; --muted: #4a4a4a;
  --link: #0b4f8a; --line: #c4c8ce; --panel: #f3f5f8; --focus: #0b4f8a; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #ececec; --bg: #121417; --muted: #c4c4c4; --link: #9cc8ff; --line: #4a4f57;
    --panel: #1d2127; --focus: #9cc8ff; } }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  line-height: 1.5; color: var(--fg); background: var(--bg); -webkit-text-size-adjust: 100%; }
body { margin: 0; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, main:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus:not(:focus-visible) { outline: none; }
.skip { position: absolute; left: -999px; top: 0; }
.skip:focus { left: 0.5rem; top: 0.5rem; background: var(--bg); padding: 0.5rem; z-index: 1; }
.top { border-bottom: 1px solid var(--line); background: var(--panel); }
.top ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem;
  margin: 0 auto; padding: 0.6rem 1rem; max-width: 80rem; }
.top li { margin: 0; }
.top .switch { margin-left: auto; }
main { display: block; max-width: 80rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
p { max-width: 48rem; }
.summary { font-size: 1.1rem; }
.gloss, .lead, .mark, .hint, .kind, .foot, .note { color: var(--muted); }
.gloss { font-size: 0.9rem; }
.mark { font-size: 0.8rem; white-space: nowrap; }
.note { font-style: italic; margin: 0.2rem 0 0; }
ul, ol { padding-left: 1.25rem; }
li { margin: 0.35rem 0; }
.parts { display: grid; gap: 0 1.5rem; }
.part.side { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
  padding: 0 1rem 0.5rem; margin-top: 1rem; }
.part.side h2 { margin-top: 0.8rem; }
.columns li, .results li { break-inside: avoid; }
@media (min-width: 60rem) {
  .parts.cols-2 { grid-template-columns: repeat(2, 1fr); }
  .parts.cols-3 { grid-template-columns: repeat(3, 1fr); }
  .parts.cols-4 { grid-template-columns: repeat(4, 1fr); }
  /* In the HTML the parts keep the command line's order; a wide screen lifts the four sides
     into the first row, and everything else follows at full width. */
  .parts > .side { grid-row: 1; }
  .parts > .wide { grid-column: 1 / -1; }
  .columns { columns: 2; column-gap: 2rem; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; } }
.search label { display: block; font-weight: 600; margin-bottom: 0.3rem; }
.search .row { display: flex; gap: 0.5rem; max-width: 40rem; }
.search input { flex: 1; min-width: 0; font: inherit; padding: 0.5rem 0.6rem; color: var(--fg);
  background: var(--bg); border: 2px solid var(--muted); border-radius: 4px; }
.search button { font: inherit; padding: 0.5rem 1rem; color: var(--bg); background: var(--link);
  border: 2px solid var(--link); border-radius: 4px; cursor: pointer; }
.hint { font-size: 0.9rem; margin: 0.3rem 0 0; }
.status { font-weight: 600; }
.results { padding-left: 1.5rem; }
.results p { margin: 0.1rem 0 0; }
.glossary dt { font-weight: 600; margin-top: 0.9rem; }
.glossary dd { margin: 0.2rem 0 0; max-width: 48rem; }
.sources { font-size: 0.9rem; }
.plain { padding-left: 1.25rem; }
.foot { max-width: 80rem; margin: 2rem auto 0; padding: 0 1rem 1rem; font-size: 0.9rem;
  border-top: 1px solid var(--line); }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --link: #000; --panel: #fff; }
  .top, .skip, .foot, .tools, .search { display: none; }
  html { font-size: 10pt; }
  main { padding: 0; max-width: none; }
  .parts { display: block; }
  .part.side { border: none; padding: 0; margin: 0; }
  h2 { break-after: avoid; }
  li { break-inside: avoid; } }
"""

SCRIPT = """\
/* snitflade: search the site as you type. Works from file:// and any sub-path. */
(function () {
  "use strict";
  var index = window.SNITFLADE_INDEX;
  var form = document.getElementById("search-form");
  if (!index || !form) { return; }
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var messages = JSON.parse(form.getAttribute("data-messages"));
  var stop = new Set(index.stop);
  var switcher = document.querySelector(".switch a");
  var switchBase = switcher ? switcher.getAttribute("href") : "";
  var AE = { "\\u00e6": "ae", "\\u00f8": "oe", "\\u00e5": "aa" };

  // As folding.py: NFKC, case folded, anything not a letter or digit a space, ae/oe/aa.
  function fold(text) {
    return text.normalize("NFKC").toLowerCase()
      .replace(/[^\\p{L}\\p{N}]+/gu, " ").trim()
      .replace(/[\\u00e6\\u00f8\\u00e5]/g, function (c) { return AE[c]; });
  }

  // 1 for the word itself; a longer form of it ("sygefravaer" finds "sygefravaeret"), and the
  // start of a word while it is being typed; a short ending on a known word ("apv'en").
  function quality(q, word, last) {
    if (word === q) { return 1; }
    if (word.length > q.length && word.indexOf(q) === 0 && (q.length >= 4 || last)) {
      return 0.8;
    }
    if (q.length > word.length && word.length >= 4 && q.indexOf(word) === 0 &&
        q.length - word.length <= 4) {
      return 0.9;
    }
    return 0;
  }

  // As folding.py's typo_of: one slip in a word of 4-7 letters, two in a longer one, where a
  // slip is a letter added, dropped, changed, or two neighbours swapped.
  function typo(q, word) {
    if (Math.min(q.length, word.length) < 4) { return 0; }
    var limit = word.length >= 8 ? 2 : 1;
    if (Math.abs(q.length - word.length) > limit) { return 0; }
    var before = [];
    var previous = [];
    for (var j = 0; j <= word.length; j += 1) { previous.push(j); }
    for (var i = 1; i <= q.length; i += 1) {
      var current = [i];
      for (j = 1; j <= word.length; j += 1) {
        var cost = q[i - 1] === word[j - 1] ? 0 : 1;
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && q[i - 1] === word[j - 2] && q[i - 2] === word[j - 1]) {
          current[j] = Math.min(current[j], before[j - 2] + 1);
        }
      }
      before = previous;
      previous = current;
    }
    var distance = previous[word.length];
    return distance <= limit ? 0.6 * (1 - distance / word.length) : 0;
  }

  function best(q, words, last, typos) {
    var found = 0;
    for (var i = 0; i < words.length && found < 1; i += 1) {
      found = Math.max(found, quality(q, words[i], last));
      if (typos && found === 0) { found = typo(q, words[i]); }
    }
    return found;
  }

  function search(text) {
    var folded = fold(text);
    var tokens = folded.split(" ").filter(function (t) { return t && !stop.has(t); });
    if (!tokens.length) { return []; }
    var hits = [];
    index.docs.forEach(function (doc, order) {
      var matched = 0;
      var score = 0;
      tokens.forEach(function (q, i) {
        var last = i === tokens.length - 1;
        var s = Math.max(3 * best(q, doc.a, last, true), 1.5 * best(q, doc.b, last, false),
                         best(q, doc.c, last, false));
        if (s > 0) { matched += 1; score += s; }
      });
      if (!matched) { return; }
      if (doc.n.indexOf(folded) >= 0) { score += 10; }
      else if (doc.n.some(function (n) { return n.indexOf(folded) === 0; })) { score += 3; }
      hits.push({ doc: doc, matched: matched, score: score * doc.f, order: order });
    });
    hits.sort(function (x, y) {
      return y.matched - x.matched || y.score - x.score || x.order - y.order;
    });
    return hits.slice(0, 10);
  }

  function show(text) {
    var query = text.trim();
    list.textContent = "";
    if (switcher) {
      switcher.setAttribute("href", switchBase + (query ? "?q=" + encodeURIComponent(query) : ""));
    }
    if (!query) { status.textContent = ""; return; }
    var hits = search(query);
    var message = hits.length === 0 ? messages.no_results
      : hits.length === 1 ? messages.one_result : messages.results;
    status.textContent = message.replace("{n}", String(hits.length))
      .replace("{q}", function () { return query; });  // a query's "$&" is only text
    hits.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.doc.u;
      link.textContent = hit.doc.t;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " \\u00b7 " + hit.doc.k;
      var summary = document.createElement("p");
      summary.textContent = hit.doc.s;
      item.append(link, kind, summary);
      list.append(item);
    });
  }

  function remember(query) {
    try {  // a linkable search: index.html?q=stress
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : "?");
    } catch (e) { /* some browsers refuse this on file://; the search still works */ }
  }

  input.addEventListener("input", function () { show(input.value); remember(input.value.trim()); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
    remember(input.value.trim());
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { input.value = asked; show(asked); }
}());
"""
