/* The timeline page: reads the compact data block, draws it with plotly.js, keeps the
   plot, the filters, the pinned card and the paged table in step. No user text is ever
   inserted as HTML: the DOM gets textContent, plotly gets escaped strings. */
(function () {
  "use strict";

  var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#8c6d31", "#7b4173", "#3182bd",
    "#e6550d", "#31a354", "#756bb1", "#636363", "#9c9ede", "#e7969c", "#b5cf6b", "#e7ba52"];
  var FONT = "Noto Naskh Arabic, Noto Sans Arabic, Amiri, Arial, sans-serif";
  var MINUTE = 60000, DAY = 86400000;
  var DETAIL_MAX = 1500;        // above this many marks in view, draw counts per lane and period
  var PAGE = 50;                // table rows per page
  var LABEL_CHARS = 28;
  var LONG_MS = 400 * DAY;      // spans longer than this go to the band of long periods
  var LONG_LANE = -1;
  var BINS = [["ساعة", 3600000], ["يوم", DAY], ["أسبوع", 7 * DAY], ["شهر", 30.44 * DAY],
    ["ربع سنة", 91.3 * DAY], ["سنة", 365.25 * DAY], ["عقد", 3652.5 * DAY], ["قرن", 36525 * DAY]];

  var D, N, gd, state, ix = {};

  /* ---------- text ---------- */
  var FOLD = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك" };
  var MARKS_RE = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;
  function fold(s) {
    return String(s || "").replace(MARKS_RE, "")
      .replace(/[أإآٱىةؤئیک]/g, function (c) { return FOLD[c]; })
      .replace(/[\u0660-\u0669]/g, function (c) { return String(c.charCodeAt(0) - 0x660); })
      .replace(/[\u06f0-\u06f9]/g, function (c) { return String(c.charCodeAt(0) - 0x6f0); })
      .toLowerCase().replace(/\s+/g, " ");
  }
  function esc(s) {
    return String(s == null ? "" : s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function short(s, n) {
    s = String(s || "").replace(/\s+/g, " ").trim();
    return s.length <= n ? s : s.slice(0, n - 1).replace(/\s+\S*$/, "") + "…";
  }

  /* ---------- data ---------- */
  function decode(node) {
    var bin = atob(node.textContent.trim());
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function sentenceOf(i) { return D.sentences[D.events.sn[i]]; }
  function clauseOf(i) {
    var E = D.events, s = sentenceOf(i);
    return E.cs[i] >= 0 ? s.slice(E.cs[i], E.ce[i]) : s;
  }
  // a date counted from another happening (anchor "event:X"), from this article or another outlet's entry of X
  function countedFrom(i) {
    var an = D.events.an && D.events.an[String(i)];
    if (!an) { return ""; }
    return "محسوب من حدث: «" + an[0] + "»" + (an[1] ? " (كما أرّخه مصدر آخر في القصة نفسها)" : "");
  }
  // a date the clause does not tell: inherited from the narrative (events.inherited), with its confidence
  function inheritedLine(i) {
    var c = D.events.ih && D.events.ih[String(i)];
    return c != null ? "تاريخ موروث من السياق، لا تذكره العبارة (الثقة " + c + ")" : "";
  }
  function exprOf(i) {
    var E = D.events;
    return E.xs[i] >= 0 ? sentenceOf(i).slice(E.xs[i], E.xe[i]) : (E.x[String(i)] || "");
  }
  /* a historian corrected this entry (timeline.corrections): a ✎ and «صُحّح يدوياً: note» */
  function isCorrected(en) { return !!(D.entries.r && D.entries.r[en]); }
  function correctedLine(en) {
    var note = (D.entries.rn && D.entries.rn[en]) || "";
    return "✎ صُحّح يدوياً" + (note ? ": " + note : "");
  }
  /* the happening's words: its clause without the time expression, else the title */
  function labelOf(i) {
    var E = D.events, s = sentenceOf(i), text;
    if (E.cs[i] >= 0 && E.xs[i] >= E.cs[i] && E.xe[i] <= E.ce[i]) {
      text = s.slice(E.cs[i], E.xs[i]) + " " + s.slice(E.xe[i], E.ce[i]);
    } else { text = clauseOf(i); }
    text = text.replace(/[«»"“”(),،.:؛;\-–—]+/g, " ").replace(/\s+/g, " ").trim();
    // lead words as lang/ar/display.yaml label_lead_words (timeline.labels.happening_label);
    // a conjunction و before a verb (وقال), but not after a dropped lead word (وفي … وصلت)
    var bare = text.replace(/^(و|ف)?(في|منذ|خلال|حتى|عند|قبل|بعد|من|إلى)\s+/, "");
    text = bare !== text ? bare : text.replace(/^و(?=\S{3,})/, "");
    if (text.split(" ").length < 2) { text = D.articles.t[E.a[i]] || text; }
    return short(text, LABEL_CHARS);
  }

  function index() {
    var E = D.events, n = E.en.length, i;
    N = n;
    ix.ms = new Float64Array(n); ix.me = new Float64Array(n);
    for (i = 0; i < n; i++) { ix.ms[i] = E.s[i] * MINUTE; ix.me[i] = E.e[i] * MINUTE; }
    var nEntries = D.entries.k.length;
    ix.entryEvents = [];
    for (i = 0; i < nEntries; i++) { ix.entryEvents.push([]); }
    for (i = 0; i < n; i++) { ix.entryEvents[E.en[i]].push(i); }
    ix.entrySources = new Int32Array(nEntries);
    for (i = 0; i < nEntries; i++) {
      var seen = {};
      ix.entryEvents[i].forEach(function (j) { seen[E.o[j]] = 1; });
      ix.entrySources[i] = Object.keys(seen).length;
    }
    var day = D.grains.indexOf("day"), week = D.grains.indexOf("week"), year = D.grains.indexOf("year");
    ix.gDay = day; ix.gWeek = week; ix.gYear = year;
    ix.grainClass = function (j) {
      var g = E.g[j];
      if (g <= day) { return ix.me[j] - ix.ms[j] > DAY + 1 ? "week" : "fine"; }
      if (g <= week) { return "week"; }
      if (g < year) { return "month"; }
      return "long";
    };
    ix.approxHijri = {};
    D.hijri_approx.forEach(function (h) { ix.approxHijri[h] = 1; });
    ix.mods = {};
    D.mods.forEach(function (m, k) { ix.mods[m] = k; });
    // marks: one per entry and lane
    var M = D.marks.ev, lo = Infinity, hi = -Infinity;
    ix.markLong = new Uint8Array(M.length);
    for (i = 0; i < M.length; i++) {
      var j = M[i];
      ix.markLong[i] = (E.g[j] >= year || ix.me[j] - ix.ms[j] > LONG_MS) ? 1 : 0;
      if (!ix.markLong[i]) { lo = Math.min(lo, ix.ms[j]); hi = Math.max(hi, ix.me[j]); }
    }
    if (lo === Infinity) { for (i = 0; i < N; i++) { lo = Math.min(lo, ix.ms[i]); hi = Math.max(hi, ix.me[i]); } }
    if (lo === Infinity) { lo = Date.UTC(2024, 0, 1); hi = lo + DAY; }
    ix.lo = lo; ix.hi = hi;
    ix.allLo = lo; ix.allHi = hi;
    for (i = 0; i < N; i++) { ix.allLo = Math.min(ix.allLo, ix.ms[i]); ix.allHi = Math.max(ix.allHi, ix.me[i]); }
    ix.entryText = null;
  }

  function searchText() {
    if (ix.entryText) { return ix.entryText; }
    var E = D.events;
    ix.entryText = ix.entryEvents.map(function (evs) {
      var parts = [];
      evs.forEach(function (j) {
        parts.push(clauseOf(j), exprOf(j), D.articles.t[E.a[j]], D.outlets[E.o[j]], D.dates[E.d[j]]);
        if (E.p[j] >= 0) { parts.push(D.places[E.p[j]]); }
        if (E.st[j] >= 0) { parts.push(D.stories[E.st[j]]); }
      });
      return fold(parts.join(" "));
    });
    return ix.entryText;
  }

  /* ---------- filters ---------- */
  function eventOk(j) {
    var E = D.events;
    if (state.hidden[E.o[j]]) { return false; }
    if (state.outlet >= 0 && E.o[j] !== state.outlet) { return false; }
    if (state.place >= 0 && E.p[j] !== state.place) { return false; }
    if (state.story >= 0 && E.st[j] !== state.story) { return false; }
    if (state.grain && ix.grainClass(j) !== state.grain) { return false; }
    return true;
  }
  function entryMatches(en) {
    if (!state.terms.length) { return true; }
    var text = searchText()[en];
    for (var t = 0; t < state.terms.length; t++) { if (text.indexOf(state.terms[t]) < 0) { return false; } }
    return true;
  }
  function computeFilter() {
    var nEntries = D.entries.k.length, en;
    state.entryOk = new Uint8Array(nEntries);
    for (en = 0; en < nEntries; en++) {
      if (!entryMatches(en)) { continue; }
      var evs = ix.entryEvents[en];
      for (var k = 0; k < evs.length; k++) { if (eventOk(evs[k])) { state.entryOk[en] = 1; break; } }
    }
  }
  function markOk(i) {
    var j = D.marks.ev[i];
    if (ix.markLong[i] && !state.long) { return false; }
    return state.entryOk[D.events.en[j]] === 1 && eventOk(j);
  }

  /* ---------- drawing ---------- */
  function laneColor(lane) { return PALETTE[lane % PALETTE.length]; }
  function outletColor(o) { return PALETTE[o % PALETTE.length]; }
  function markColor(j) { return D.lanes === "source" ? laneColor(D.events.ln[j]) : outletColor(D.events.o[j]); }

  function hoverText(i) {
    var j = D.marks.ev[i], E = D.events, en = E.en[j];
    var outlets = {}, names = [];
    ix.entryEvents[en].forEach(function (k) { if (!outlets[E.o[k]]) { outlets[E.o[k]] = 1; names.push(D.outlets[E.o[k]]); } });
    var lines = ["<b>" + esc(labelOf(j)) + "</b>", esc(D.dates[E.d[j]]) + " · " + esc(D.hijri[E.h[j]]),
      "المصادر: " + esc(names.slice(0, 6).join("، ")) + (names.length > 6 ? "…" : "")];
    if (E.m[j] >= 0) { lines.push(esc(D.mod_names[E.m[j]])); }
    if (countedFrom(j)) { lines.push(esc(countedFrom(j))); }
    if (inheritedLine(j)) { lines.push(esc(inheritedLine(j))); }
    if (D.entries.c[en]) { lines.push("⚠ المصادر مختلفة في التاريخ"); }
    if (isCorrected(en)) { lines.push(esc(correctedLine(en))); }
    lines.push("<i>انقر لتثبيت البطاقة</i>");
    return lines.map(function (l) { return "\u2067" + l + "\u2069"; }).join("<br>");
  }

  function bandShown() { return state.long && state.band; }
  function yAxisLanes() {
    var lanes = D.lane_names.length, top = bandShown() ? -1.6 : -0.6;
    return [lanes - 0.4, top];
  }

  function pixelsPerMs() {
    var w = (gd && gd._fullLayout && gd._fullLayout._size) ? gd._fullLayout._size.w : 900;
    return w / Math.max(1, state.x1 - state.x0);
  }

  function visibleMarks() {
    var out = [], M = D.marks.ev, x0 = state.x0, x1 = state.x1;
    for (var i = 0; i < M.length; i++) {
      var j = M[i];
      if (ix.me[j] < x0 || ix.ms[j] > x1) { continue; }
      if (markOk(i)) { out.push(i); }
    }
    return out;
  }

  function laneOf(i) { return ix.markLong[i] ? LONG_LANE : D.events.ln[D.marks.ev[i]]; }

  function overviewTraces(marks) {
    var width = state.x1 - state.x0, bin = BINS[BINS.length - 1];
    for (var b = 0; b < BINS.length; b++) { if (width / BINS[b][1] <= 90) { bin = BINS[b]; break; } }
    var size = bin[1], cells = {}, keys = [];
    marks.forEach(function (i) {
      var j = D.marks.ev[i], mid = Math.max(state.x0, Math.min(state.x1, (ix.ms[j] + ix.me[j]) / 2));
      var key = laneOf(i) + ":" + Math.floor(mid / size);
      if (!cells[key]) { cells[key] = [0, laneOf(i), Math.floor(mid / size)]; keys.push(key); }
      cells[key][0] += 1;
    });
    var max = 1;
    keys.forEach(function (k) { max = Math.max(max, cells[k][0]); });
    var x = [], y = [], sz = [], text = [], hover = [], color = [], data = [];
    keys.forEach(function (k) {
      var c = cells[k], start = c[2] * size;
      x.push(start + size / 2); y.push(c[1]);
      sz.push(6 + 30 * Math.sqrt(c[0] / max));
      text.push(c[0] >= max / 6 ? String(c[0]) : "");
      color.push(c[1] === LONG_LANE ? "#888" : (D.lanes === "source" ? laneColor(c[1]) : "#1f77b4"));
      hover.push("\u2067" + c[0] + " حدثاً · " + bin[0] + " " + esc(D.dates.length ? fmtDay(start) : "") + "\u2069<br>\u2067انقر للتكبير\u2069");
      data.push("bin:" + start + ":" + (start + size));
    });
    state.binName = bin[0];
    return [{
      type: "scatter", mode: "markers+text", x: x, y: y, text: text, textposition: "middle center",
      textfont: { size: 10, color: "#fff" }, hovertext: hover, hoverinfo: "text", customdata: data,
      marker: { size: sz, color: color, opacity: 0.75, line: { width: 0 } }, showlegend: false,
      hoverlabel: { align: "right", font: { family: FONT } }, name: "overview"
    }];
  }

  function fmtDay(ms) {
    var d = new Date(ms);
    return d.getUTCDate() + " " + D.months[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  function symbolOf(j) {
    var g = D.events.g[j], base = g < D.grains.indexOf("part_of_day") ? "hourglass" : g === D.grains.indexOf("part_of_day") ? "triangle-up" : "circle";
    return D.events.m[j] === ix.mods.APPROX ? base + "-open" : base;
  }

  function detailTraces(marks) {
    var E = D.events, pxms = pixelsPerMs();
    var points = [], spans = [];
    marks.forEach(function (i) {
      var j = D.marks.ev[i];
      var wide = ix.me[j] - ix.ms[j] > (E.g[j] < ix.gDay ? 12 * 3600000 + 1 : DAY + 1) || E.g[j] > ix.gDay;
      (wide ? spans : points).push(i);
    });
    // spans: tracks per lane so overlapping ones stay apart
    spans.sort(function (a, b) { return ix.ms[D.marks.ev[a]] - ix.ms[D.marks.ev[b]]; });
    var ends = {}, yOf = {};
    spans.forEach(function (i) {
      var j = D.marks.ev[i], lane = laneOf(i), list = ends[lane] || (ends[lane] = []);
      var t = 0;
      while (t < list.length && list[t] > ix.ms[j]) { t++; }
      list[t] = ix.me[j];
      yOf[i] = lane - 0.27 + (t % 3) * 0.14;
    });
    // points: each goes to the first of three rows of its lane where it fits with its label
    // (labels sit on the side where the Arabic text starts); else where it fits bare
    var flip = D.rtl ? -1 : 1;
    function px(ms) { return flip * ms * pxms; }
    points.sort(function (a, b) { var ja = D.marks.ev[a], jb = D.marks.ev[b]; return px(ix.ms[ja] + ix.me[ja]) - px(ix.ms[jb] + ix.me[jb]); });
    var rowEnd = {}, labels = {}, left = Math.min(px(state.x0), px(state.x1)), right = Math.max(px(state.x0), px(state.x1));
    var pointLabels = 0;
    points.forEach(function (i, n) {
      var j = D.marks.ev[i], lane = laneOf(i), ends = rowEnd[lane] || (rowEnd[lane] = [-Infinity, -Infinity, -Infinity]);
      var x = px((ix.ms[j] + ix.me[j]) / 2), text = labelOf(j);
      if (D.entries.c[D.events.en[j]]) { text = "⚠ " + text; }
      if (isCorrected(D.events.en[j])) { text = "✎ " + text; }
      var width = text.length * 6.4 + 10, row = -1, r;
      if (x - 8 - width > left && pointLabels < 600) {
        for (r = 0; r < 3; r++) { if (x - 8 - width > ends[r] + 6) { row = r; break; } }
      }
      if (row >= 0) {
        labels[i] = text; labels["side" + i] = "left"; pointLabels++;
        ends[row] = x + 7;
      } else {
        for (r = 0; r < 3; r++) { if (x - 7 > ends[r]) { row = r; break; } }
        if (row < 0) { row = n % 3; }
        ends[row] = Math.max(ends[row], x + 7);
      }
      yOf[i] = lane + 0.14 + row * 0.13;
    });
    var spanLabelsPlaced = placeLabels(spans, yOf, pxms);
    Object.keys(spanLabelsPlaced).forEach(function (k) { labels[k] = spanLabelsPlaced[k]; });
    var traces = [];
    // spans as horizontal bars: solid (days, weeks), hatched (month, season, year), dotted (approximate)
    var kinds = { solid: [], hatch: [], approx: [] };
    spans.forEach(function (i) {
      var j = D.marks.ev[i];
      var kind = E.m[j] === ix.mods.APPROX ? "approx" : (E.g[j] > ix.gWeek ? "hatch" : "solid");
      kinds[kind].push(i);
    });
    Object.keys(kinds).forEach(function (kind) {
      var list = kinds[kind];
      if (!list.length) { return; }
      traces.push({
        type: "bar", orientation: "h", name: "spans-" + kind,
        base: list.map(function (i) { return ix.ms[D.marks.ev[i]]; }),
        x: list.map(function (i) { var j = D.marks.ev[i]; return Math.max(ix.me[j] - ix.ms[j], 1 / pxms); }),
        y: list.map(function (i) { return yOf[i]; }),
        width: list.map(function () { return 0.12; }),
        customdata: list,
        hovertext: list.map(hoverText), hoverinfo: "text",
        marker: {
          color: list.map(function (i) { return markColor(D.marks.ev[i]); }),
          opacity: kind === "solid" ? 0.75 : kind === "hatch" ? 0.6 : 0.6,
          line: { width: list.map(function (i) { return D.entries.c[E.en[D.marks.ev[i]]] ? 2 : 0.5; }),
                  color: list.map(function (i) { return D.entries.c[E.en[D.marks.ev[i]]] ? "#c00000" : "#444"; }) },
          pattern: kind === "solid" ? { shape: "" } : { shape: kind === "hatch" ? "/" : ".", fillmode: "replace", size: kind === "hatch" ? 7 : 5,
            solidity: kind === "hatch" ? 0.35 : 0.3, bgcolor: "#ffffff",
            fgcolor: list.map(function (i) { return markColor(D.marks.ev[i]); }) }
        },
        hoverlabel: { align: "right", font: { family: FONT } }, showlegend: false
      });
    });
    // approximate spans fade out past both ends: the bounds are not known to the day
    if (kinds.approx.length) {
      var fx = [], fb = [], fy = [], fc = [];
      kinds.approx.forEach(function (i) {
        var j = D.marks.ev[i], d = Math.max(ix.me[j] - ix.ms[j], DAY) * 0.12;
        [[ix.ms[j] - d, 0], [ix.ms[j] - 2 * d, 1], [ix.me[j], 0], [ix.me[j] + d, 1]].forEach(function (piece) {
          fb.push(piece[0]); fx.push(d); fy.push(yOf[i]); fc.push(piece[1] ? 0.12 : 0.3);
        });
      });
      traces.push({ type: "bar", orientation: "h", name: "approx-fade", base: fb, x: fx, y: fy,
        width: fy.map(function () { return 0.12; }), hoverinfo: "skip", showlegend: false,
        marker: { color: kinds.approx.reduce(function (acc, i) { var c = markColor(D.marks.ev[i]); return acc.concat([c, c, c, c]); }, []),
                  opacity: fc, line: { width: 0 },
                  pattern: { shape: ".", fillmode: "replace", size: 5, solidity: 0.2, bgcolor: "rgba(255,255,255,0)",
                             fgcolor: kinds.approx.reduce(function (acc, i) { var c = markColor(D.marks.ev[i]); return acc.concat([c, c, c, c]); }, []) } } });
    }
    var spanLabels = spans.filter(function (i) { return labels[i]; });
    if (spanLabels.length) {
      traces.push({ type: "scatter", mode: "text", name: "span-labels", hoverinfo: "skip", showlegend: false,
        x: spanLabels.map(function (i) { var j = D.marks.ev[i]; return (Math.max(ix.ms[j], state.x0) + Math.min(ix.me[j], state.x1)) / 2; }),
        y: spanLabels.map(function (i) { return yOf[i]; }),
        text: spanLabels.map(function (i) { return labels[i]; }), textposition: "middle center",
        textfont: { size: 10, color: "#111", family: FONT } });
    }
    if (points.length) {
      traces.push({
        type: "scatter", mode: "markers+text", name: "points",
        x: points.map(function (i) { return (ix.ms[D.marks.ev[i]] + ix.me[D.marks.ev[i]]) / 2; }),
        y: points.map(function (i) { return yOf[i]; }),
        customdata: points, hovertext: points.map(hoverText), hoverinfo: "text",
        text: points.map(function (i) { return labels[i] || ""; }),
        textposition: points.map(function (i) { return "middle " + (labels["side" + i] || "left"); }),
        textfont: { size: 11, color: "#222", family: FONT }, cliponaxis: true,
        marker: {
          size: 11, color: points.map(function (i) { return markColor(D.marks.ev[i]); }),
          symbol: points.map(function (i) { return symbolOf(D.marks.ev[i]); }),
          line: { width: points.map(function (i) { return D.entries.c[E.en[D.marks.ev[i]]] ? 2.5 : (symbolOf(D.marks.ev[i]).indexOf("-open") > 0 ? 2 : 1); }),
                  color: points.map(function (i) { return D.entries.c[E.en[D.marks.ev[i]]] ? "#c00000" : (symbolOf(D.marks.ev[i]).indexOf("-open") > 0 ? markColor(D.marks.ev[i]) : "#222"); }) }
        },
        hoverlabel: { align: "right", font: { family: FONT } }, showlegend: false
      });
    }
    // the pinned entry: a ring around each of its marks
    var ringed = points.concat(spans).filter(function (i) { return E.en[D.marks.ev[i]] === state.pinned; });
    if (ringed.length) {
      traces.push({ type: "scatter", mode: "markers", name: "pinned", hoverinfo: "skip", showlegend: false,
        x: ringed.map(function (i) { var j = D.marks.ev[i]; return (Math.max(ix.ms[j], state.x0) + Math.min(ix.me[j], state.x1)) / 2; }),
        y: ringed.map(function (i) { return yOf[i]; }),
        marker: { symbol: "circle-open", size: 24, color: "#e0a000", line: { width: 3, color: "#e0a000" } } });
    }
    // open bounds (منذ، حتى): a dotted line ending in an open arrow
    var ax = [], ay = [], sym = [], sizes = [];
    var reach = 40 / pxms;
    points.concat(spans).forEach(function (i) {
      var j = D.marks.ev[i], m = D.mods[E.m[j]];
      if (m === "ON_OR_AFTER" || m === "AFTER") {
        ax.push(ix.me[j], ix.me[j] + reach, null); ay.push(yOf[i], yOf[i], null); sym.push("line-ns", "arrow-right-open", "line-ns"); sizes.push(0, 11, 0);
      } else if (m === "ON_OR_BEFORE" || m === "BEFORE") {
        ax.push(ix.ms[j], ix.ms[j] - reach, null); ay.push(yOf[i], yOf[i], null); sym.push("line-ns", "arrow-left-open", "line-ns"); sizes.push(0, 11, 0);
      }
    });
    if (ax.length) {
      traces.push({ type: "scatter", mode: "lines+markers", name: "open-bounds", x: ax, y: ay, hoverinfo: "skip",
        line: { dash: "dot", width: 1.5, color: "#555" }, marker: { symbol: sym, size: sizes, color: "#555", line: { width: 1.5, color: "#555" } },
        connectgaps: false, showlegend: false });
    }
    return traces;
  }

  /* per lane, the spans wider than half the view, as one band with their count */
  function wideTraces(summed) {
    if (!summed.length) { return []; }
    var x = [], y = [], text = [], hover = [];
    summed.forEach(function (pair) {
      var lane = pair[0], list = pair[1], byGrain = {};
      list.forEach(function (i) { var g = D.grain_names[D.events.g[D.marks.ev[i]]]; byGrain[g] = (byGrain[g] || 0) + 1; });
      var parts = Object.keys(byGrain).map(function (g) { return byGrain[g] + " " + g; }).join("، ");
      // away from the lane names (on the right of the plot)
      x.push(D.rtl ? state.x1 - 0.4 * (state.x1 - state.x0) : state.x0 + 0.4 * (state.x1 - state.x0));
      y.push(lane - 0.33);
      text.push("\u2067" + list.length + (window.innerWidth < 600 ? " فترة أطول" : " فترة أطول من نصف المدى المعروض") + "\u2069");
      hover.push("\u2067" + list.length + " فترة تغطي أكثر من نصف المدى المعروض (" + esc(parts) + ")\u2069<br>\u2067كلها في الجدول أدناه\u2069");
    });
    return [{ type: "bar", orientation: "h", name: "wide", base: y.map(function () { return state.x0; }),
      x: y.map(function () { return state.x1 - state.x0; }), y: y, width: y.map(function () { return 0.12; }),
      hovertext: hover, hoverinfo: "text", showlegend: false,
      marker: { color: "#d9d9d2", line: { width: 0 }, pattern: { shape: "/", fgcolor: "#b5b5ad", size: 7, solidity: 0.3 } },
      hoverlabel: { align: "right", font: { family: FONT } } },
      { type: "scatter", mode: "text", name: "wide-labels", x: x, y: y, text: text, hoverinfo: "skip", showlegend: false,
        textfont: { size: 10, color: "#444", family: FONT } }];
  }

  /* greedy labels: most-reported first; a label is placed only where it overlaps none in its row */
  function placeLabels(marks, yOf, pxms) {
    // pixels from the left of the screen: time runs right to left with --rtl
    function screen(ms) { return (D.rtl ? -ms : ms) * pxms; }
    var E = D.events, placed = [], out = {}, count = 0;
    var laneHeight = gd && gd._fullLayout && gd._fullLayout._size ? gd._fullLayout._size.h / Math.max(1, yAxisLanes()[0] - yAxisLanes()[1]) : 80;
    var tall = 15 / laneHeight;  // a label's height in lane units
    marks.forEach(function (i) {  // marks are obstacles too: a label never covers another mark
      var j = D.marks.ev[i];
      if (ix.me[j] - ix.ms[j] > DAY + 1 && ix.me[j] - ix.ms[j] > 14 / pxms) { return; }
      var x = screen((ix.ms[j] + ix.me[j]) / 2);
      placed.push([x - 5, x + 5, yOf[i], i]);
    });
    var order = marks.slice().sort(function (a, b) {
      var ja = D.marks.ev[a], jb = D.marks.ev[b];
      return (ix.entrySources[E.en[jb]] - ix.entrySources[E.en[ja]]) || (E.g[ja] - E.g[jb]) || (a - b);
    });
    var limit = Math.min(order.length, 400);
    for (var n = 0; n < order.length && n < 4000; n++) {
      var i = order[n], j = D.marks.ev[i], text = labelOf(j);
      if (D.entries.c[E.en[j]]) { text = "⚠ " + text; }
      if (isCorrected(E.en[j])) { text = "✎ " + text; }
      var width = text.length * 6.3 + 8, x0, x1, side = "left";
      var span = ix.me[j] - ix.ms[j], left = Math.min(screen(state.x0), screen(state.x1)),
        right = Math.max(screen(state.x0), screen(state.x1));
      if (span > 0.6 * (state.x1 - state.x0) && span > DAY + 1) { continue; }  // a span filling the view: its hover says it
      if (span * pxms > width + 6) {    // over its own bar
        var mid = screen((Math.max(ix.ms[j], state.x0) + Math.min(ix.me[j], state.x1)) / 2);
        x0 = mid - width / 2; x1 = mid + width / 2;
      } else {
        if (span * pxms > 14) { continue; }  // a bar too short for its label stays bare
        x1 = screen((ix.ms[j] + ix.me[j]) / 2) - 6; x0 = x1 - width;
        if (x0 < left) { side = "right"; x0 = x1 + 12; x1 = x0 + width; }  // no room on its left
      }
      if (x0 < left || x1 > right) { continue; }
      var y = yOf[i], free = true;
      for (var r = 0; r < placed.length; r++) {
        var q = placed[r];
        if (q[3] !== i && x0 < q[1] && q[0] < x1 && Math.abs(q[2] - y) < tall) { free = false; break; }
      }
      if (!free) { continue; }
      placed.push([x0 - 4, x1 + 4, y]);
      out[i] = text;
      out["side" + i] = side;
      if (++count >= limit) { break; }
    }
    return out;
  }

  function laneAnnotations() {
    var notes = D.lane_names.map(function (name, k) {
      return { x: 1, xref: "paper", xanchor: "right", y: k - 0.5, yref: "y", yanchor: "top", showarrow: false,
        text: "\u2068" + esc(short(name || "", 30)) + "\u2069", borderpad: 1, font: { size: 11, color: D.lanes === "source" ? laneColor(k) : "#333" },
        bgcolor: "rgba(255,255,255,0.8)" };
    });
    if (bandShown()) {
      notes.push({ x: 1, xref: "paper", xanchor: "right", y: -1.5, yref: "y", yanchor: "top", showarrow: false,
        text: "فترات طويلة (سنة أو أكثر)", font: { size: 12, color: "#666" }, bgcolor: "rgba(255,255,255,0.8)" });
    }
    if (D.lanes === "none") { notes = notes.slice(D.lane_names.length); }
    return notes;
  }

  function layout() {
    var lanes = D.lane_names.length + (bandShown() ? 1 : 0);
    var narrow = window.innerWidth < 600;
    var shapes = [];
    for (var k = 0; k < D.lane_names.length; k++) {
      if (k % 2 === 1) { shapes.push({ type: "rect", xref: "paper", x0: 0, x1: 1, y0: k - 0.5, y1: k + 0.5, yref: "y", fillcolor: "#f4f4ef", line: { width: 0 }, layer: "below" }); }
    }
    if (bandShown()) { shapes.push({ type: "rect", xref: "paper", x0: 0, x1: 1, y0: -1.5, y1: -0.5, yref: "y", fillcolor: "#eef0f5", line: { width: 0 }, layer: "below" }); }
    return {
      height: Math.max(narrow ? 300 : 380, Math.min(1600, 90 + lanes * (narrow ? 76 : lanes > 8 ? 64 : 96))),
      margin: { l: 8, r: 8, t: 40, b: 10 },
      font: { family: FONT },
      hovermode: "closest", dragmode: "zoom", showlegend: false,
      plot_bgcolor: "#fbfbf8", barmode: "overlay", bargap: 0,
      uniformtext: { mode: "hide", minsize: 9 },
      xaxis: { type: "date", range: [state.x0, state.x1], autorange: false, showgrid: true, side: "top",
        gridcolor: "#e4e4e0", ticks: "outside", nticks: narrow ? 4 : 9,
        autorange_reversed: undefined },
      yaxis: { range: yAxisLanes(), fixedrange: true, showticklabels: false, showgrid: false, zeroline: false },
      annotations: laneAnnotations(), shapes: shapes
    };
  }

  var drawing = false, pending = null, searchTimer = null;
  /* nothing left to draw: no typing, zoom or redraw waiting (for tests and the benchmark) */
  function idle() { return !searchTimer && !pending && !drawing && !!state; }
  function render() {
    if (!gd) { return Promise.resolve(); }
    var marks = visibleMarks();
    state.band = marks.some(function (i) { return ix.markLong[i] === 1; });
    // spans wider than half the view say little here: beyond three per lane they are summed up
    var half = (state.x1 - state.x0) / 2, wide = {}, fine = [], summed = [];
    marks.forEach(function (i) {
      var j = D.marks.ev[i];
      if (ix.me[j] - ix.ms[j] > half) { (wide[laneOf(i)] = wide[laneOf(i)] || []).push(i); } else { fine.push(i); }
    });
    Object.keys(wide).forEach(function (lane) {
      if (wide[lane].length <= 3) { fine = fine.concat(wide[lane]); } else { summed.push([+lane, wide[lane]]); }
    });
    state.mode = fine.length > DETAIL_MAX ? "overview" : "detail";
    var traces = state.mode === "overview" ? overviewTraces(marks) : detailTraces(fine).concat(wideTraces(summed));
    if (!traces.length) { traces = [{ type: "scatter", x: [], y: [], mode: "markers", showlegend: false, hoverinfo: "skip" }]; }
    var lay = layout();
    if (D.rtl) { lay.xaxis.autorange = false; lay.xaxis.range = [state.x1, state.x0]; }
    drawing = true;
    drawStrip();
    gd.dataset.mode = state.mode;
    gd.dataset.visible = String(marks.length);
    return Plotly.react(gd, traces, lay, config()).then(function () { drawing = false; },
      function (err) { drawing = false; throw err; });
  }
  function scheduleRender() {
    if (pending) { clearTimeout(pending); }
    pending = setTimeout(function () { pending = null; render(); renderTable(); }, 40);
  }
  function config() {
    return { responsive: true, displaylogo: false, scrollZoom: !!state.wheel, locale: "ar-timeline",
      displayModeBar: window.innerWidth >= 600 ? "hover" : false,
      modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toImage"] };
  }

  /* ---------- density strip: where the events are over the whole extent, and the window ---------- */
  function stripDomain() {  // where most events are (the opening window), widened by half on each side
    if (!ix.strip) {
      var w = initialWindow(), pad = (w[1] - w[0]) / 2;
      ix.strip = [w[0] - pad, w[1] + pad];
    }
    return ix.strip;
  }
  function drawStrip() {
    var canvas = document.getElementById("tl-strip");
    if (!canvas || !canvas.getContext) { return; }
    var width = Math.max(50, Math.floor(canvas.getBoundingClientRect().width)), height = 34;
    var ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio; canvas.height = height * ratio;
    var ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    var dom = stripDomain(), lo = Math.min(dom[0], state.x0), hi = Math.max(dom[1], state.x1);
    ix.stripView = [lo, hi];
    var bins = Math.floor(width / 3), counts = new Float64Array(bins), max = 0;
    D.marks.ev.forEach(function (j, i) {
      if (ix.markLong[i] || !markOk(i)) { return; }
      var b = Math.floor((ix.ms[j] - lo) / (hi - lo) * bins);
      if (b >= 0 && b < bins) { counts[b] += 1; if (counts[b] > max) { max = counts[b]; } }
    });
    function x(ms) { var f = (ms - lo) / (hi - lo); return (D.rtl ? 1 - f : f) * width; }
    ctx.fillStyle = "#6b8fb8";
    for (var b = 0; b < bins; b++) {
      if (!counts[b]) { continue; }
      var h = Math.max(1.5, (height - 6) * Math.sqrt(counts[b] / max));
      var bx = D.rtl ? width - (b + 1) * 3 : b * 3;
      ctx.fillRect(bx, height - 2 - h, 2, h);
    }
    var a = x(state.x0), z = x(state.x1), left = Math.min(a, z), w = Math.max(2, Math.abs(z - a));
    ctx.fillStyle = "rgba(224, 176, 0, 0.25)"; ctx.fillRect(left, 0, w, height);
    ctx.strokeStyle = "#c08a00"; ctx.lineWidth = 1.5; ctx.strokeRect(left, 0.75, w, height - 1.5);
  }
  function bindStrip() {
    var canvas = document.getElementById("tl-strip");
    canvas.addEventListener("click", function (e) {
      if (!ix.stripView) { return; }
      var rect = canvas.getBoundingClientRect(), f = (e.clientX - rect.left) / rect.width;
      if (D.rtl) { f = 1 - f; }
      var at = ix.stripView[0] + f * (ix.stripView[1] - ix.stripView[0]), half = (state.x1 - state.x0) / 2;
      setWindow(at - half, at + half);
    });
  }

  /* ---------- card ---------- */
  function pin(en, fromTable) {
    state.pinned = en;
    var card = document.getElementById("tl-card"), E = D.events;
    card.textContent = "";
    card.hidden = false;
    var evs = ix.entryEvents[en], k = D.entries.k[en];
    var close = el("button", "close", "×");
    close.type = "button"; close.setAttribute("aria-label", "إغلاق");
    close.addEventListener("click", function () { state.pinned = -1; card.hidden = true; renderTable(); render(); });
    card.appendChild(close);
    card.appendChild(el("h3", null, (isCorrected(en) ? "✎ " : "") + labelOf(k)));
    if (isCorrected(en)) { card.appendChild(el("p", "corrected", correctedLine(en))); }
    var when = el("p");
    when.appendChild(el("span", "when", D.dates[E.d[k]]));
    when.appendChild(document.createTextNode(" · "));
    when.appendChild(el("span", "hijri" + (ix.approxHijri[E.h[k]] ? " approx" : ""), D.hijri[E.h[k]]));
    if (E.m[k] >= 0) { when.appendChild(el("span", "mod", " (" + D.mod_names[E.m[k]] + ")")); }
    card.appendChild(when);
    if (D.entries.c[en]) {
      var warn = el("div", "warn", "⚠ المصادر مختلفة في التاريخ:");
      var ul = el("ul");
      var seenDate = {};
      evs.forEach(function (j) {
        var key = E.o[j] + ":" + E.d[j];
        if (seenDate[key]) { return; }
        seenDate[key] = 1;
        ul.appendChild(el("li", null, D.outlets[E.o[j]] + ": " + D.dates[E.d[j]]));
      });
      warn.appendChild(ul);
      card.appendChild(warn);
    }
    // the sentence, the clause shaded, the expression highlighted
    var s = sentenceOf(k), p = el("p", "sentence");
    p.setAttribute("dir", "rtl");
    var cs = E.cs[k], ce = E.ce[k], xs = E.xs[k], xe = E.xe[k], cuts = [0, s.length];
    [cs, ce, xs, xe].forEach(function (c) { if (c > 0 && c < s.length) { cuts.push(c); } });
    cuts = cuts.filter(function (c, n, a) { return a.indexOf(c) === n; }).sort(function (a, b) { return a - b; });
    for (var c = 0; c + 1 < cuts.length; c++) {
      var a = cuts[c], b = cuts[c + 1], piece = s.slice(a, b), node;
      if (xs >= 0 && a >= xs && b <= xe) { node = el("mark", null, piece); }
      else if (cs >= 0 && a >= cs && b <= ce) { node = el("span", "clause", piece); }
      else { node = document.createTextNode(piece); }
      p.appendChild(node);
    }
    card.appendChild(p);
    if (xs < 0 && exprOf(k)) { card.appendChild(el("p", "details", "التاريخ من السياق: «" + exprOf(k) + "»")); }
    if (inheritedLine(k)) { card.appendChild(el("p", "details", inheritedLine(k))); }
    // the clauses that go on with the narrative and took its date (inherited)
    evs.forEach(function (j) {
      if (j !== k && inheritedLine(j)) { card.appendChild(el("p", "details", "«" + clauseOf(j) + "» — " + inheritedLine(j))); }
    });
    var counted = countedFrom(k);
    if (counted) { card.appendChild(el("p", "details", counted)); }
    card.appendChild(el("div", null, "المصادر (" + ix.entrySources[en] + "):"));
    var list = el("ul"), seenArticle = {};
    evs.forEach(function (j) {
      var a = E.a[j];
      if (seenArticle[a]) { return; }
      seenArticle[a] = 1;
      var li = el("li"), name = D.outlets[D.articles.o[a]], url = D.articles.u[a];
      li.appendChild(el("b", null, name + ": "));
      var title = D.articles.t[a] || D.articles.id[a];
      if (url && /^https?:\/\//i.test(url)) {
        var link = el("a", null, title);
        link.href = url; link.rel = "noopener noreferrer nofollow"; link.target = "_blank";
        li.appendChild(link);
      } else { li.appendChild(document.createTextNode(title)); }
      if (D.articles.p[a] != null) { li.appendChild(el("small", null, " — نُشر " + fmtDay(D.articles.p[a] * MINUTE))); }
      list.appendChild(li);
    });
    card.appendChild(list);
    var det = el("p", "details");
    det.appendChild(el("span", null, "TIMEX3: "));
    det.appendChild(el("bdi", null, E.v[k] || ""));
    det.appendChild(document.createTextNode(" · الدقة: " + D.grain_names[E.g[k]] + " · المعرّف: "));
    det.appendChild(el("bdi", null, E.id[k]));
    card.appendChild(det);
    // the table shows its row
    if (!fromTable) {
      var rows = tableRows(), at = rows.indexOf(en);
      if (at >= 0) { state.page = Math.floor(at / PAGE); }
    }
    renderTable();
    if (gd) { render(); window.dispatchEvent(new Event("resize")); }
  }

  /* ---------- table ---------- */
  function tableRows() {
    var out = [], x0 = state.x0, x1 = state.x1, nEntries = D.entries.k.length;
    for (var en = 0; en < nEntries; en++) {
      if (!state.entryOk[en]) { continue; }
      var k = D.entries.k[en];
      if (ix.me[k] < x0 || ix.ms[k] > x1) {
        // an entry whose own date lies outside the window may still show there through another outlet
        var inside = false;
        ix.entryEvents[en].forEach(function (j) { if (!(ix.me[j] < x0 || ix.ms[j] > x1)) { inside = true; } });
        if (!inside) { continue; }
      }
      if (!state.long && ix.me[k] - ix.ms[k] > LONG_MS) { continue; }
      out.push(en);
    }
    return out;
  }
  function renderTable() {
    var rows = tableRows(), pages = Math.max(1, Math.ceil(rows.length / PAGE));
    state.page = Math.max(0, Math.min(state.page, pages - 1));
    var body = document.getElementById("tl-rows"), E = D.events;
    var frag = document.createDocumentFragment();
    rows.slice(state.page * PAGE, state.page * PAGE + PAGE).forEach(function (en) {
      var k = D.entries.k[en], tr = el("tr", D.entries.c[en] ? "conflict" : "entry");
      tr.dataset.entry = String(en);
      tr.tabIndex = 0;
      if (en === state.pinned) { tr.className += " pinned"; }
      var date = el("td", "date", D.dates[E.d[k]] + (D.entries.c[en] ? " ⚠" : "") + (isCorrected(en) ? " ✎" : ""));
      date.appendChild(el("small", ix.approxHijri[E.h[k]] ? "approx" : null, D.hijri[E.h[k]]));
      if (inheritedLine(k)) { date.appendChild(el("small", "inherited", "موروث من السياق")); }
      tr.appendChild(date);
      tr.appendChild(el("td", "grain", D.grain_names[E.g[k]] + (E.m[k] >= 0 ? " (" + D.mod_names[E.m[k]] + ")" : "")));
      var what = el("td", "what"), s = sentenceOf(k);
      if (E.cs[k] >= 0 && E.xs[k] >= E.cs[k] && E.xe[k] <= E.ce[k]) {
        what.appendChild(document.createTextNode(s.slice(E.cs[k], E.xs[k])));
        what.appendChild(el("mark", null, s.slice(E.xs[k], E.xe[k])));
        what.appendChild(document.createTextNode(s.slice(E.xe[k], E.ce[k])));
      } else {
        what.appendChild(document.createTextNode(clauseOf(k) + " "));
        what.appendChild(el("mark", null, "«" + exprOf(k) + "»"));
      }
      tr.appendChild(what);
      var src = el("td", "sources"), names = {}, first = true;
      ix.entryEvents[en].forEach(function (j) {
        var a = E.a[j], name = D.outlets[D.articles.o[a]];
        if (names[a]) { return; }
        names[a] = 1;
        if (!first) { src.appendChild(document.createTextNode("، ")); }
        first = false;
        var url = D.articles.u[a];
        if (url && /^https?:\/\//i.test(url)) {
          var link = el("a", null, name);
          link.href = url; link.rel = "noopener noreferrer nofollow"; link.target = "_blank";
          src.appendChild(link);
        } else { src.appendChild(document.createTextNode(name)); }
      });
      tr.appendChild(src);
      frag.appendChild(tr);
    });
    body.textContent = "";
    body.appendChild(frag);
    document.getElementById("tl-page").textContent = "صفحة " + (state.page + 1) + " من " + pages;
    document.getElementById("tl-prev").disabled = state.page === 0;
    document.getElementById("tl-next").disabled = state.page >= pages - 1;
    document.getElementById("tl-table-title").textContent =
      "الأحداث في الفترة المعروضة (" + rows.length + " من " + D.entries.k.length + ")";
    document.body.dataset.tableRows = String(rows.length);
  }

  /* ---------- controls ---------- */
  function fillSelect(id, names, counts) {
    var sel = document.getElementById(id);
    var order = names.map(function (_, k) { return k; }).sort(function (a, b) { return (counts[b] || 0) - (counts[a] || 0); });
    order.forEach(function (k) {
      var opt = el("option", null, names[k] + " (" + (counts[k] || 0) + ")");
      opt.value = String(k);
      sel.appendChild(opt);
    });
  }
  function counts(column) {
    var out = {}, col = D.events[column];
    for (var i = 0; i < N; i++) { if (col[i] >= 0) { out[col[i]] = (out[col[i]] || 0) + 1; } }
    return out;
  }
  function legend() {
    var box = document.getElementById("tl-legend");
    box.textContent = "";
    var c = counts("o");
    D.outlets.forEach(function (name, o) {
      var b = el("button", state.hidden[o] ? "off" : null);
      b.type = "button"; b.dataset.outlet = String(o);
      b.setAttribute("aria-pressed", state.hidden[o] ? "false" : "true");
      var dot = el("span", "dot");
      dot.style.background = D.lanes === "source" ? laneColor(D.lane_names.indexOf(name)) : outletColor(o);
      b.appendChild(dot);
      b.appendChild(document.createTextNode(name + " (" + (c[o] || 0) + ")"));
      b.addEventListener("click", function () {
        state.hidden[o] = !state.hidden[o];
        legend(); refilter();
      });
      box.appendChild(b);
    });
  }
  function refilter() {
    computeFilter();
    state.page = 0;
    render(); renderTable(); summary();
  }
  function summary() {
    var shown = 0;
    for (var en = 0; en < state.entryOk.length; en++) { shown += state.entryOk[en]; }
    var conflicts = D.entries.c.reduce(function (a, b) { return a + b; }, 0);
    document.getElementById("tl-summary").textContent = N + " حدثاً في " + D.entries.k.length + " مدخلاً، " +
      conflicts + " منها بتواريخ متضاربة" + (shown < D.entries.k.length ? " · يطابق التصفية " + shown : "");
  }

  function setWindow(x0, x1) {
    if (!(x1 > x0)) { return; }
    state.x0 = x0; state.x1 = x1;
    scheduleRender();
  }
  function fullWindow() {
    var lo = state.long ? ix.allLo : ix.lo, hi = state.long ? ix.allHi : ix.hi, pad = Math.max(DAY, (hi - lo) * 0.03);
    setWindow(lo - pad, hi + pad);
  }
  function initialWindow() {
    var starts = [];
    D.marks.ev.forEach(function (j, i) { if (!ix.markLong[i]) { starts.push(ix.ms[j]); } });
    starts.sort(function (a, b) { return a - b; });
    var pad = Math.max(DAY, (ix.hi - ix.lo) * 0.03);
    if (starts.length < 5) { return [ix.lo - pad, ix.hi + pad]; }
    var q1 = starts[Math.floor(starts.length / 4)], q3 = starts[Math.floor(3 * starts.length / 4)];
    var spread = Math.max(q3 - q1, 7 * DAY) * 1.5;
    var lo = Math.max(starts[0], q1 - spread), hi = Math.min(ix.hi, q3 + spread);
    if (ix.hi - ix.lo <= 2 * (hi - lo)) { return [ix.lo - pad, ix.hi + pad]; }
    return [lo - DAY, hi + DAY];
  }
  /* range buttons: a window of that width around the median event in view (never an empty stretch) */
  function rangeButtons() {
    var box = document.getElementById("tl-ranges"), extent = ix.hi - ix.lo;
    var choices = [["يوم", 2 * DAY], ["أسبوع", 7 * DAY], ["شهر", 31 * DAY], ["سنة", 366 * DAY]]
      .filter(function (c) { return c[1] * 1.5 < extent; });
    choices.push(["الكل", 0]);
    choices.forEach(function (c) {
      var b = el("button", null, c[0]);
      b.type = "button";
      b.addEventListener("click", function () {
        if (!c[1]) { fullWindow(); return; }
        // centre on the median of the marks in view (where the events are), else the nearest mark
        var inView = [], centre = (state.x0 + state.x1) / 2, best = null, dist = Infinity;
        D.marks.ev.forEach(function (j, i) {
          if (ix.markLong[i] || !markOk(i)) { return; }
          if (ix.ms[j] >= state.x0 && ix.ms[j] <= state.x1) { inView.push(ix.ms[j]); }
          var d = Math.abs(ix.ms[j] - centre);
          if (d < dist) { dist = d; best = ix.ms[j]; }
        });
        if (inView.length) { inView.sort(function (p, q) { return p - q; }); best = inView[Math.floor(inView.length / 2)]; }
        if (best === null) { return; }
        setWindow(best - c[1] / 2, best + c[1] / 2);
      });
      box.appendChild(b);
    });
  }

  function bind() {
    var search = document.getElementById("tl-search");
    search.addEventListener("input", function () {
      if (searchTimer) { clearTimeout(searchTimer); }
      searchTimer = setTimeout(function () {
        searchTimer = null;
        state.terms = fold(search.value).split(" ").filter(Boolean);
        refilter();
      }, 120);
    });
    [["tl-outlet", "outlet"], ["tl-place", "place"], ["tl-story", "story"]].forEach(function (pair) {
      document.getElementById(pair[0]).addEventListener("change", function (e) { state[pair[1]] = parseInt(e.target.value, 10); refilter(); });
    });
    document.getElementById("tl-grain").addEventListener("change", function (e) { state.grain = e.target.value; refilter(); });
    document.getElementById("tl-long").addEventListener("change", function (e) { state.long = e.target.checked; refilter(); });
    document.getElementById("tl-wheel").addEventListener("change", function (e) { state.wheel = e.target.checked; render(); });
    document.getElementById("tl-reset").addEventListener("click", function () {
      search.value = ""; state.terms = []; state.outlet = state.place = state.story = -1; state.grain = ""; state.hidden = {};
      ["tl-outlet", "tl-place", "tl-story"].forEach(function (id) { document.getElementById(id).value = "-1"; });
      document.getElementById("tl-grain").value = "";
      var w = initialWindow(); state.x0 = w[0]; state.x1 = w[1];
      legend(); refilter();
    });
    document.getElementById("tl-prev").addEventListener("click", function () { state.page -= 1; renderTable(); });
    document.getElementById("tl-next").addEventListener("click", function () { state.page += 1; renderTable(); });
    document.getElementById("tl-rows").addEventListener("keydown", function (e) {
      var tr = e.target.closest("tr");
      if (tr && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); pin(parseInt(tr.dataset.entry, 10), true); }
    });
    document.getElementById("tl-rows").addEventListener("click", function (e) {
      var tr = e.target.closest("tr");
      if (!tr || e.target.closest("a")) { return; }
      pin(parseInt(tr.dataset.entry, 10), true);
    });
    // wheel: zoom only with Ctrl/⌘ (or the toggle); otherwise the page scrolls
    gd.addEventListener("wheel", function (e) {
      if (state.wheel || !(e.ctrlKey || e.metaKey)) { return; }
      e.preventDefault();
      var size = gd._fullLayout._size, rect = gd.getBoundingClientRect();
      var f = Math.min(1, Math.max(0, (e.clientX - rect.left - size.l) / size.w));
      if (D.rtl) { f = 1 - f; }
      var at = state.x0 + f * (state.x1 - state.x0), k = e.deltaY > 0 ? 1.25 : 0.8;
      setWindow(at - (at - state.x0) * k, at + (state.x1 - at) * k);
    }, { passive: false, capture: true });
    gd.on("plotly_relayout", function (ev) {
      if (drawing) { return; }
      if (ev["xaxis.range[0]"] !== undefined || ev["xaxis.range"]) {
        var r = ev["xaxis.range"] || [ev["xaxis.range[0]"], ev["xaxis.range[1]"]];
        var a = toMs(r[0]), b = toMs(r[1]);
        setWindow(Math.min(a, b), Math.max(a, b));
      } else if (ev["xaxis.autorange"]) { fullWindow(); }
    });
    gd.on("plotly_click", function (ev) {
      var pt = ev.points && ev.points[0];
      if (!pt || pt.customdata == null) { return; }
      if (typeof pt.customdata === "string" && pt.customdata.indexOf("bin:") === 0) {
        var parts = pt.customdata.split(":");
        var a = +parts[1], b = +parts[2], pad = (b - a) * 0.5;
        setWindow(a - pad, b + pad);
        return;
      }
      var j = D.marks.ev[pt.customdata];
      pin(D.events.en[j], false);
      highlightMark(pt.customdata);
    });
    window.addEventListener("resize", function () { scheduleRender(); });
  }
  function highlightMark(i) { gd.dataset.pinnedMark = String(i); }
  function toMs(v) {
    if (typeof v === "number") { return v; }
    var s = String(v).replace(" ", "T");
    if (!/[zZ]|[+-]\d\d:\d\d$/.test(s)) { s += s.length <= 10 ? "T00:00:00Z" : "Z"; }
    return Date.parse(s);
  }

  function registerLocale() {
    var wd = D.weekdays.slice(6).concat(D.weekdays.slice(0, 6)); // Sunday first
    Plotly.register({ moduleType: "locale", name: "ar-timeline", dictionary: {}, format: {
      days: wd, shortDays: wd, months: D.months, shortMonths: D.months, date: "%d/%m/%Y" } });
  }

  // dates told from a happening nothing dates: listed under the table, never drawn
  function undatedList() {
    var U = D.undated;
    if (!U || !U.id.length) { return; }
    var list = document.getElementById("tl-undated-rows");
    for (var i = 0; i < U.id.length; i++) {
      var li = document.createElement("li");
      var expr = document.createElement("b");
      expr.textContent = "«" + U.x[i] + "»";
      var what = document.createElement("span");
      what.className = "anchor";
      what.textContent = " محسوب من: " + U.an[i] + " — ";
      var clause = document.createElement("span");
      clause.textContent = U.c[i];
      var outlet = document.createElement("span");
      outlet.className = "outlet";
      outlet.textContent = " (" + U.o[i] + ")";
      li.appendChild(expr); li.appendChild(what); li.appendChild(clause); li.appendChild(outlet);
      list.appendChild(li);
    }
    document.getElementById("tl-undated-title").textContent =
      "تواريخ محسوبة من حدث لا يؤرّخه أي مصدر (" + U.id.length + ")";
    document.getElementById("tl-undated").hidden = false;
  }

  function start() {
    var node = document.getElementById("timeline-data");
    gd = document.getElementById("timeline-plot");
    return decode(node).then(function (data) {
      D = data;
      index();
      ix.hasLong = false;
      for (var i = 0; i < ix.markLong.length; i++) { if (ix.markLong[i]) { ix.hasLong = true; break; } }
      var w = initialWindow();
      state = { terms: [], outlet: -1, place: -1, story: -1, grain: "", long: true, wheel: false, hidden: {},
        x0: w[0], x1: w[1], page: 0, pinned: -1, mode: "" };
      fillSelect("tl-outlet", D.outlets, counts("o"));
      fillSelect("tl-place", D.places, counts("p"));
      if (D.has_story && D.stories.length) {
        fillSelect("tl-story", D.stories, counts("st"));
        document.getElementById("tl-story").hidden = false;
      }
      if (!ix.hasLong) { document.getElementById("tl-long").parentNode.hidden = true; }
      registerLocale();
      computeFilter();
      legend(); rangeButtons(); summary(); renderTable(); undatedList();
      return Plotly.newPlot(gd, [], layout(), config()).then(function () {
        bind(); bindStrip();
        return render();
      }).then(function () {
        window.timelineReady = performance.now();
        document.body.dataset.ready = "1";
        document.dispatchEvent(new Event("timeline-ready"));
      });
    });
  }

  window.timeline = { fold: fold, state: function () { return state; }, data: function () { return D; },
    setWindow: setWindow, render: render, idle: idle };
  start().catch(function (err) {
    document.getElementById("tl-summary").textContent = "تعذّر رسم الخط الزمني: " + err;
    throw err;
  });
})();
