// claims report: draws each metric's timeline and table from its data block when the section comes into view, and
// runs the filters, the hover text, the detail panel and #claim-ID links. No library, no network: plain DOM and SVG.
// Every text from a document is set with textContent (never innerHTML), so markup in a document shows as text.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var DAY = 864e5;
  var STATUS = [
    { key: 'conflict', label: 'Conflict', color: '#d62728', verb: 'conflicts with',
      help: 'no rounding, qualifier or exchange rate reconciles it with another source\u2019s figure' },
    { key: 'compatible', label: 'Compatible', color: '#1f77b4', verb: 'compatible with',
      help: 'worded differently from another source, but both allow a common value' },
    { key: 'same', label: 'Same', color: '#2ca02c', verb: 'same as', help: 'another source states the same figure' },
    { key: 'republished', label: 'Republished', color: '#9467bd', verb: 'republished as',
      help: 'the same sentence copied in another document: not a confirmation' },
    { key: 'unresolved', label: 'Unresolved', color: '#ff7f0e', verb: 'would conflict (subject unknown) with',
      help: 'it would conflict with another source\u2019s figure, but one of them names no subject: check whether both are about the same one' },
    { key: 'none', label: 'Not compared', color: '#a8a8a8', verb: '',
      help: 'no figure from another source for the same period, or no date' }
  ];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function block(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  var index = block('report-index');
  var COL = {};
  index.columns.forEach(function (name, i) { COL[name] = i; });
  var metrics = index.metrics;
  var claimIndex = null;
  var parsed = new Map();   // metric index -> {rows, pairsOf}
  var documents = new Map(); // document id -> {sentences, byStart}
  var filters = { q: '', source: '', status: STATUS.map(function () { return true; }), from: null, to: null };

  // ---- data -------------------------------------------------------------------------------------------------------

  function metricData(m) {
    var data = parsed.get(m);
    if (data) return data;
    var raw = block('data-' + m);
    var pairsOf = new Map();
    raw.pairs.forEach(function (p) {
      add(p[0], { other: p[1], status: p[2], reason: p[3] });
      add(p[1], { other: p[0], status: p[2], reason: p[3] });
    });
    function add(id, pair) {
      if (!pairsOf.has(id)) pairsOf.set(id, []);
      pairsOf.get(id).push(pair);
    }
    data = { rows: raw.claims, pairsOf: pairsOf, byId: new Map(raw.claims.map(function (r) { return [r[COL.id], r]; })) };
    parsed.set(m, data);
    return data;
  }

  function documentOf(id) {
    var doc = documents.get(id);
    if (doc) return doc;
    var sentences = block('doc-' + id) || [];
    var byStart = new Map();
    sentences.forEach(function (s, i) { byStart.set(s[0], i); });
    doc = { sentences: sentences, byStart: byStart, meta: index.docs[id] || {} };
    documents.set(id, doc);
    return doc;
  }

  function sentenceOf(row) {
    var doc = documentOf(row[COL.doc]);
    var i = doc.byStart.get(row[COL.sentence]);
    return i === undefined ? '' : doc.sentences[i][2];
  }

  function sourceOf(row) { return (index.docs[row[COL.doc]] || {}).source || ''; }

  function time(iso) { return iso ? Date.parse(iso + 'T00:00:00Z') : null; }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function svg(tag, attributes, parent) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  // The sentence as nodes, the figure in <mark>.
  function markedSentence(parent, sentence, from, to) {
    if (from < 0 || to > sentence.length || from > to) { parent.appendChild(document.createTextNode(sentence)); return parent; }
    parent.appendChild(document.createTextNode(sentence.slice(0, from)));
    parent.appendChild(el('mark', null, sentence.slice(from, to)));
    parent.appendChild(document.createTextNode(sentence.slice(to)));
    return parent;
  }

  function stated(row) {
    var q = row[COL.qualifier];
    return '\u201c' + row[COL.text] + '\u201d' + (q === 'exact' ? '' : ' (' + q.replace('_', ' ') + ')');
  }

  // ---- scales -----------------------------------------------------------------------------------------------------

  function niceStep(span, count) {
    var raw = span / Math.max(1, count);
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var f = raw / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
  }

  function valueScale(maxAbs, unit) {
    var scales = [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million']];
    for (var i = 0; i < scales.length; i++) if (maxAbs >= scales[i][0]) return { div: scales[i][0], word: scales[i][1] };
    return { div: 1, word: '' };
  }

  function unitWords(unit) {
    return unit === 'count' || unit === '' ? '' : unit === 'percent' ? '%' : unit === 'percentage_point' ? ' percentage points'
      : unit === 'rank' ? ' (rank)' : ' ' + unit;
  }

  function tickLabel(v, scale) {
    var n = v / scale.div;
    return String(Math.round(n * 1000) / 1000);
  }

  // Grid lines at year (or month) boundaries, labels in the middle of each year (or month): a bar for 2022 sits under "2022".
  function timeTicks(t0, t1) {
    var ticks = [];
    var first = new Date(t0), last = new Date(t1);
    var years = last.getUTCFullYear() - first.getUTCFullYear();
    if (years >= 2) {
      var step = Math.max(1, Math.ceil(years / 12));
      for (var y = first.getUTCFullYear(); y <= last.getUTCFullYear(); y += step)
        ticks.push({ at: Date.UTC(y, 0, 1), mid: Date.UTC(y, 6, 2), label: String(y), end: Date.UTC(y + step, 0, 1) });
    } else {
      var months = years * 12 + last.getUTCMonth() - first.getUTCMonth();
      var stepM = months <= 14 ? 1 : months <= 28 ? 3 : 6;
      for (var m = first.getUTCFullYear() * 12 + first.getUTCMonth(); m <= last.getUTCFullYear() * 12 + last.getUTCMonth(); m += stepM) {
        var yy = Math.floor(m / 12), mm = m % 12;
        ticks.push({ at: Date.UTC(yy, mm, 1), mid: Date.UTC(yy, mm, 1) + stepM * 15 * DAY,
          label: MONTHS[mm] + (mm === 0 || ticks.length === 0 ? ' ' + yy : ''), end: Date.UTC(yy, mm + stepM, 1) });
      }
    }
    return ticks;
  }

  // ---- chart ------------------------------------------------------------------------------------------------------

  function drawChart(m, rows, unit, width) {
    var dated = rows.filter(function (r) { return r[COL.start] || r[COL.end]; });
    var undated = rows.length - dated.length;
    var H = 300, margin = { l: 64, r: undated ? 100 : 16, t: 14, b: 34 };
    var plotRight = width - margin.r, plotBottom = H - margin.b;

    var t0 = Infinity, t1 = -Infinity;
    dated.forEach(function (r) {
      var s = time(r[COL.start] || r[COL.end]), e = time(r[COL.end] || r[COL.start]) + DAY;
      t0 = Math.min(t0, s); t1 = Math.max(t1, e);
    });
    if (dated.length) {
      var y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1 - DAY).getUTCFullYear();
      t0 = Date.UTC(y0, 0, 1); t1 = Date.UTC(y1 + 1, 0, 1);
      var pad = (t1 - t0) * 0.02; t0 -= pad; t1 += pad;
    }
    var x = function (t) { return margin.l + (t - t0) / (t1 - t0) * (plotRight - margin.l); };

    var lo = Infinity, hi = -Infinity, maxAbs = 0;
    rows.forEach(function (r) {
      [r[COL.value], r[COL.low], r[COL.high]].forEach(function (v) {
        if (v !== null && isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); maxAbs = Math.max(maxAbs, Math.abs(v)); }
      });
    });
    if (lo === hi) { var d = Math.abs(lo) * 0.1 || 1; lo -= d; hi += d; }
    var padV = (hi - lo) * 0.08; lo -= padV; hi += padV;
    var step = niceStep(hi - lo, 5);
    lo = Math.floor(lo / step) * step; hi = Math.ceil(hi / step) * step;
    var rank = unit === 'rank';
    var y = function (v) {
      var f = (v - lo) / (hi - lo);
      return rank ? margin.t + f * (plotBottom - margin.t) : plotBottom - f * (plotBottom - margin.t);
    };
    var clampY = function (v) {
      if (v === null || !isFinite(v)) return null;
      return Math.max(margin.t, Math.min(plotBottom, y(v)));
    };
    var scale = valueScale(maxAbs, unit);

    var chart = svg('svg', { 'class': 'chart', viewBox: '0 0 ' + width + ' ' + H, role: 'img',
      'aria-label': 'Timeline of ' + metrics[m].name + ': one mark per figure' });
    for (var v = lo; v <= hi + step / 2; v += step) {
      svg('line', { 'class': 'grid', x1: margin.l, x2: plotRight, y1: y(v), y2: y(v) }, chart);
      svg('text', { x: margin.l - 6, y: y(v) + 4, 'text-anchor': 'end' }, chart).textContent = tickLabel(v, scale);
    }
    svg('text', { x: 4, y: margin.t - 2 }, chart).textContent = (scale.word + unitWords(unit)).trim() || 'count';
    if (dated.length) {
      timeTicks(t0, t1).forEach(function (tick) {
        if (tick.at >= t0 && tick.at <= t1) svg('line', { 'class': 'grid', x1: x(tick.at), x2: x(tick.at), y1: margin.t, y2: plotBottom }, chart);
        var from = Math.max(tick.at, t0), to = Math.min(tick.end, t1);
        var mid = Math.min(tick.mid, (from + to) / 2);
        if (to - from >= 0.4 * (tick.end - tick.at))
          svg('text', { x: x(mid), y: plotBottom + 18, 'text-anchor': 'middle' }, chart).textContent = tick.label;
      });
    }
    svg('line', { 'class': 'axis', x1: margin.l, x2: plotRight, y1: plotBottom, y2: plotBottom }, chart);
    svg('line', { 'class': 'axis', x1: margin.l, x2: margin.l, y1: margin.t, y2: plotBottom }, chart);
    var bandLeft = plotRight + 14;
    if (undated) {
      svg('rect', { 'class': 'undated', x: bandLeft, y: margin.t, width: width - bandLeft - 4, height: plotBottom - margin.t }, chart);
      svg('text', { x: (bandLeft + width - 4) / 2, y: plotBottom + 18, 'text-anchor': 'middle' }, chart).textContent = 'no date';
    }

    // Figures of one period side by side, so that equal figures from several sources stay visible.
    var groups = new Map();
    rows.forEach(function (r) {
      var key = r[COL.period];
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    });
    var spans = svg('g', {}, chart), points = svg('g', {}, chart);
    groups.forEach(function (members) {
      var n = members.length, spread = Math.min(10, 60 / n);
      members.forEach(function (r, j) {
        var offset = (j - (n - 1) / 2);
        var start = time(r[COL.start] || r[COL.end]), end = time(r[COL.end] || r[COL.start]);
        var cx, span = null;
        if (start === null) {
          cx = (bandLeft + width - 4) / 2 + offset * spread;
        } else {
          var left = x(start), right = x(end + DAY);
          if (right - left >= 10) span = { left: left, right: right };
          cx = (span ? (left + right) / 2 : left) + offset * spread;
        }
        var cy = y(r[COL.value]) + (span ? offset * 4 : 0);
        var g = svg('g', { 'class': 'fig', 'data-id': r[COL.id] }, span ? spans : points);
        var color = STATUS[r[COL.status]].color;
        var top = clampY(r[COL.high]), bottom = clampY(r[COL.low]);
        var topEdge = rank ? plotBottom : margin.t, bottomEdge = rank ? margin.t : plotBottom;
        var yTop = top === null ? topEdge : top, yBottom = bottom === null ? bottomEdge : bottom;
        if (Math.abs(yBottom - yTop) > 1) {
          svg('line', { 'class': 'bar', x1: cx, x2: cx, y1: yTop, y2: yBottom, stroke: color }, g);
          [[top, yTop], [bottom, yBottom]].forEach(function (end) {
            if (end[0] !== null) svg('line', { 'class': 'bar', x1: cx - 5, x2: cx + 5, y1: end[1], y2: end[1], stroke: color }, g);
            else svg('path', { d: 'M' + (cx - 5) + ',' + (end[1] + (end[1] === margin.t ? 7 : -7)) + ' L' + cx + ',' + end[1] + ' L' + (cx + 5) + ','
              + (end[1] + (end[1] === margin.t ? 7 : -7)), fill: 'none', stroke: color, 'stroke-width': 1.5 }, g);
          });
        }
        var mark = span
          ? svg('rect', { x: span.left, y: cy - 5, width: span.right - span.left, height: 10, rx: 4 }, g)
          : svg('circle', { cx: cx, cy: cy, r: r[COL.status] === 0 ? 7 : 6 }, g);
        mark.setAttribute('class', 'mark');
        mark.setAttribute('fill', color);
        mark.setAttribute('data-id', r[COL.id]);
        mark.setAttribute('tabindex', '0');
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-label', STATUS[r[COL.status]].label + ': ' + r[COL.shown] + ', ' + r[COL.period] + ', ' + sourceOf(r));
        mark.addEventListener('mouseenter', function (e) { showTip(r, e); });
        mark.addEventListener('mousemove', moveTip);
        mark.addEventListener('mouseleave', hideTip);
        mark.addEventListener('click', function () { select(m, r[COL.id], true); });
        mark.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(m, r[COL.id], true); } });
      });
    });
    return chart;
  }

  function legend(rows) {
    var counts = [0, 0, 0, 0, 0];
    rows.forEach(function (r) { counts[r[COL.status]]++; });
    var box = el('div', 'legend');
    STATUS.forEach(function (s, i) {
      if (!counts[i]) return;
      var item = el('span', 'st-' + s.key);
      item.title = s.help;
      item.appendChild(el('span', 'swatch'));
      item.appendChild(document.createTextNode(s.label + ' (' + counts[i] + ')'));
      box.appendChild(item);
    });
    return box;
  }

  // ---- table ------------------------------------------------------------------------------------------------------

  function standing(parent, pairs) {
    if (!pairs || !pairs.length) { parent.appendChild(document.createTextNode('no other source for this period')); return; }
    var byStatus = [[], [], [], []];
    pairs.forEach(function (p) { byStatus[p.status].push(p.other); });
    byStatus.forEach(function (others, s) {
      if (!others.length) return;
      if (parent.childNodes.length) parent.appendChild(document.createTextNode('; '));
      parent.appendChild(document.createTextNode(STATUS[s].verb + ' '));
      others.sort(function (a, b) { return a - b; }).forEach(function (o, i) {
        if (i) parent.appendChild(document.createTextNode(', '));
        var a = el('a', null, '#' + o);
        a.href = '#claim-' + o;
        parent.appendChild(a);
      });
    });
  }

  function drawTable(m, data) {
    var table = el('table', 'figures');
    var head = table.createTHead().insertRow();
    ['#', 'Period', 'As stated', 'Allows', 'Source', 'Speaker', 'Status', 'Sentence'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    var body = table.createTBody();
    data.rows.forEach(function (r) {
      var tr = body.insertRow();
      tr.id = 'claim-' + r[COL.id];
      tr.setAttribute('data-id', r[COL.id]);
      tr.insertCell().textContent = r[COL.id];
      tr.insertCell().textContent = r[COL.period];
      tr.insertCell().textContent = stated(r);
      tr.insertCell().textContent = r[COL.allows];
      tr.insertCell().textContent = sourceOf(r);
      tr.insertCell().textContent = r[COL.speaker] || '\u2013';
      var status = tr.insertCell();
      status.className = 'status st-' + STATUS[r[COL.status]].key;
      status.appendChild(el('span', 'swatch'));
      status.appendChild(document.createTextNode(STATUS[r[COL.status]].label));
      var with_ = el('div');
      standing(with_, data.pairsOf.get(r[COL.id]));
      status.appendChild(with_);
      var sentence = tr.insertCell();
      sentence.className = 'sentence';
      markedSentence(sentence, sentenceOf(r), r[COL.figureStart], r[COL.figureEnd]);
      tr.addEventListener('click', function (e) { if (!e.target.closest('a')) select(m, r[COL.id], true); });
    });
    return table;
  }

  // ---- sections ---------------------------------------------------------------------------------------------------

  function render(section) {
    if (section.getAttribute('data-drawn')) return;
    section.setAttribute('data-drawn', '1');
    var m = +section.getAttribute('data-m');
    var data = metricData(m);
    var body = section.querySelector('.body');
    body.textContent = '';
    body.appendChild(legend(data.rows));
    body.appendChild(el('p', 'howto', 'Each mark is one figure as a source stated it, placed at the time it refers to: a dot for a '
      + 'date, a bar for a whole period such as a year. The vertical line is the range its wording allows (rounding, \u201cabout\u201d, '
      + '\u201cover\u201d). Red marks conflict with another source for the same period. Hover for the sentence; click to read it in its document.'));
    var units = [];
    data.rows.forEach(function (r) { if (units.indexOf(r[COL.unit]) < 0) units.push(r[COL.unit]); });
    var width = Math.max(560, Math.min(1100, body.clientWidth || 900));
    units.forEach(function (unit) {
      if (units.length > 1) body.appendChild(el('p', 'panel-title', 'Figures in ' + (unitWords(unit).trim() || 'counts')));
      body.appendChild(drawChart(m, data.rows.filter(function (r) { return r[COL.unit] === unit; }), unit, width));
    });
    body.appendChild(drawTable(m, data));
    applyToSection(section, m);
  }

  var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) { observer.unobserve(entry.target); render(entry.target); }
    });
  }, { rootMargin: '300px 0px' }) : null;

  function sectionOf(m) { return document.getElementById('metric-' + m); }

  // ---- hover and detail -------------------------------------------------------------------------------------------

  var tip = document.getElementById('tip');

  function showTip(r, e) {
    tip.textContent = '';
    tip.appendChild(el('b', null, r[COL.shown]));
    tip.appendChild(document.createTextNode(' \u00b7 ' + stated(r) + ' \u00b7 ' + r[COL.period]));
    tip.appendChild(el('div', null, 'allows ' + r[COL.allows] + ' \u00b7 ' + STATUS[r[COL.status]].label));
    tip.appendChild(el('div', null, sourceOf(r) + (r[COL.speaker] ? ' \u00b7 ' + r[COL.speaker] : '')));
    tip.appendChild(markedSentence(el('div', 'q'), sentenceOf(r), r[COL.figureStart], r[COL.figureEnd]));
    tip.hidden = false;
    moveTip(e);
  }

  function moveTip(e) {
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(window.innerWidth - w - 4, e.clientX + 14)) + 'px';
    tip.style.top = (e.clientY - h - 14 >= 0 ? e.clientY - h - 14 : e.clientY + 16) + 'px';
  }

  function hideTip() { tip.hidden = true; }

  var detail = document.getElementById('detail');

  function select(m, id, fromClick) {
    var data = metricData(m);
    var r = data.byId.get(id);
    if (!r) return;
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    var section = sectionOf(m);
    section.querySelectorAll('[data-id="' + id + '"]').forEach(function (e) {
      (e.tagName === 'g' ? e.querySelector('.mark') : e).classList.add('selected');
    });
    if (fromClick && history.replaceState) history.replaceState(null, '', '#claim-' + id);
    showDetail(m, r, data);
  }

  function row(dl, label, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', null, label));
    dl.appendChild(el('dd', null, value));
  }

  function showDetail(m, r, data) {
    var doc = documentOf(r[COL.doc]);
    var meta = doc.meta;
    detail.textContent = '';
    var close = el('button', 'close', '\u00d7');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', function () { detail.hidden = true; });
    detail.appendChild(close);
    detail.appendChild(el('h3', null, metrics[m].name + ': ' + r[COL.shown]));
    var status = el('p', 'verdict st-' + STATUS[r[COL.status]].key);
    status.appendChild(el('span', 'swatch'));
    status.appendChild(document.createTextNode(STATUS[r[COL.status]].label + ': ' + STATUS[r[COL.status]].help));
    detail.appendChild(status);
    var figure = el('dl');
    row(figure, 'As stated', stated(r));
    row(figure, 'Allows', r[COL.allows]);
    row(figure, 'Period', r[COL.period] + (r[COL.periodBasis] ? ' (from \u201c' + r[COL.periodBasis] + '\u201d)' : ''));
    row(figure, 'Speaker', r[COL.speaker] || 'not named');
    row(figure, 'Said as', r[COL.phrase] || metrics[m].name);
    row(figure, 'Basis', r[COL.basis]);
    detail.appendChild(figure);

    detail.appendChild(el('h4', null, 'In its document'));
    var context = el('div', 'context');
    var i = doc.byStart.get(r[COL.sentence]);
    if (i !== undefined) {
      if (i > 0 && doc.sentences[i - 1][1] <= r[COL.sentence]) context.appendChild(el('p', null, doc.sentences[i - 1][2]));
      context.appendChild(markedSentence(el('p', 'own'), doc.sentences[i][2], r[COL.figureStart], r[COL.figureEnd]));
      if (i + 1 < doc.sentences.length) context.appendChild(el('p', null, doc.sentences[i + 1][2]));
    }
    detail.appendChild(context);
    var source = el('dl');
    row(source, 'Title', meta.title);
    row(source, 'Source', meta.source);
    row(source, 'Event date', meta.event);
    row(source, 'Published', meta.published);
    row(source, 'File', meta.file + (meta.revision > 1 ? ' (revision ' + meta.revision + ')' : ''));
    row(source, 'Path', meta.path);
    detail.appendChild(source);

    var pairs = data.pairsOf.get(r[COL.id]) || [];
    detail.appendChild(el('h4', null, pairs.length ? 'Compared with' : 'Not compared with any other source'));
    var list = el('ul', 'compared');
    pairs.forEach(function (p) {
      var item = el('li', 'st-' + STATUS[p.status].key);
      item.appendChild(el('span', 'swatch'));
      item.appendChild(document.createTextNode(STATUS[p.status].verb + ' '));
      var a = el('a', null, '#' + p.other);
      a.href = '#claim-' + p.other;
      item.appendChild(a);
      item.appendChild(el('div', null, p.reason));
      list.appendChild(item);
    });
    detail.appendChild(list);
    var link = el('p', 'help', 'Link to this figure: ');
    var self = el('a', null, '#claim-' + r[COL.id]);
    self.href = '#claim-' + r[COL.id];
    link.appendChild(self);
    detail.appendChild(link);
    detail.hidden = false;
  }

  function metricOfClaim(id) {
    claimIndex = claimIndex || block('claim-index');
    var ids = claimIndex.ids, lo = 0, hi = ids.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (ids[mid] === id) return claimIndex.metrics[mid];
      if (ids[mid] < id) lo = mid + 1; else hi = mid - 1;
    }
    return null;
  }

  function showClaim(id) {
    var m = metricOfClaim(id);
    if (m === null) return;
    var section = sectionOf(m);
    render(section);
    var tr = document.getElementById('claim-' + id);
    if (tr) tr.scrollIntoView({ block: 'center' });
    select(m, id, false);
  }

  function route() {
    var claim = /^#claim-(\d+)$/.exec(location.hash);
    if (claim) { showClaim(+claim[1]); return; }
    var metric = /^#metric-(\d+)$/.exec(location.hash);
    if (metric && sectionOf(+metric[1])) render(sectionOf(+metric[1]));
  }

  // ---- filters ----------------------------------------------------------------------------------------------------

  function overlaps(fromIso, toIso) {
    if (filters.from === null && filters.to === null) return true;
    if (!fromIso && !toIso) return false;
    var first = +(fromIso || toIso).slice(0, 4), last = +(toIso || fromIso).slice(0, 4);
    return (filters.to === null || first <= filters.to) && (filters.from === null || last >= filters.from);
  }

  function claimShown(r) {
    return filters.status[r[COL.status]] && (!filters.source || sourceOf(r) === filters.source)
      && overlaps(r[COL.start], r[COL.end]);
  }

  function metricShown(summary) {
    if (filters.q && summary.name.toLowerCase().indexOf(filters.q) < 0) return false;
    if (filters.source && !summary.docs.some(function (d) { return (index.docs[d] || {}).source === filters.source; })) return false;
    if (!summary.status.some(function (count, s) { return count > 0 && filters.status[s]; })) return false;
    return overlaps(summary.from, summary.to);
  }

  function applyToSection(section, m) {
    var data = metricData(m);
    section.querySelectorAll('[data-id]').forEach(function (e) {
      var r = data.byId.get(+e.getAttribute('data-id'));
      if (r && !e.classList.contains('mark')) e.classList.toggle('hidden', !claimShown(r));
    });
  }

  function apply() {
    var shown = 0;
    metrics.forEach(function (summary) {
      var visible = metricShown(summary);
      if (visible) shown++;
      var section = sectionOf(summary.m);
      section.classList.toggle('hidden', !visible);
      var item = document.querySelector('#metric-list li[data-m="' + summary.m + '"]');
      if (item) item.classList.toggle('hidden', !visible);
      if (visible && section.getAttribute('data-drawn')) applyToSection(section, summary.m);
    });
    document.getElementById('f-count').textContent = 'Showing ' + shown + ' of ' + metrics.length + ' metrics';
  }

  function year(input) {
    var v = parseInt(input.value, 10);
    return isNaN(v) ? null : v;
  }

  function setUpFilters() {
    var source = document.getElementById('f-source');
    index.sources.forEach(function (s) { var o = el('option', null, s); o.value = s; source.appendChild(o); });
    var statuses = document.getElementById('f-status');
    STATUS.forEach(function (s, i) {
      var label = el('label', 'st-' + s.key);
      label.title = s.help;
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.addEventListener('change', function () { filters.status[i] = box.checked; apply(); });
      label.appendChild(box);
      label.appendChild(el('span', 'swatch'));
      label.appendChild(document.createTextNode(s.label));
      statuses.appendChild(label);
    });
    var search = document.getElementById('f-search');
    search.addEventListener('input', function () { filters.q = search.value.trim().toLowerCase(); apply(); });
    source.addEventListener('change', function () { filters.source = source.value; apply(); });
    var from = document.getElementById('f-from'), to = document.getElementById('f-to');
    from.addEventListener('input', function () { filters.from = year(from); apply(); });
    to.addEventListener('input', function () { filters.to = year(to); apply(); });
  }

  // ---- start ------------------------------------------------------------------------------------------------------

  setUpFilters();
  apply();
  metrics.forEach(function (summary) {
    var section = sectionOf(summary.m);
    if (observer) observer.observe(section); else render(section);
  });
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#claim-"]');
    if (!a) return;
    e.preventDefault();
    if (history.pushState) history.pushState(null, '', a.getAttribute('href'));
    showClaim(+a.getAttribute('href').slice(7));
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') detail.hidden = true; });
  window.addEventListener('hashchange', route);
  route();
}());
