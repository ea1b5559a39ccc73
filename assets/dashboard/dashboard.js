/* Vouch dashboard: reads /api/v1/kpis and /api/v1/findings with a read token and draws the KPIs with Chart.js (served locally). */
(function () {
  'use strict';
  var TOKEN_KEY = 'vouch.readToken';
  var charts = {};
  var COLORS = { ai: '#b3261e', human: '#0b5cad', unknown: '#6b6b6b' };
  var ORIGIN_NAMES = { ai: 'AI-generated', human: 'Human', unknown: 'Unknown' };
  var SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

  function $(sel) { return document.querySelector(sel); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function token() {
    var m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (m) {
      sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
      history.replaceState(null, '', location.pathname + location.search);
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function api(path) {
    return fetch(path, { headers: { authorization: 'Bearer ' + token() } }).then(function (res) {
      if (res.status === 401 || res.status === 403) { showLogin('That token cannot read this server (' + res.status + ').'); throw new Error('unauthorised'); }
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body.message || res.statusText);
        return body;
      });
    });
  }

  function showLogin(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    $('#main').hidden = true;
    $('#login').hidden = false;
    $('#login-error').textContent = message || '';
    $('#token').focus();
  }

  function query() {
    var days = Number($('#f-range').value);
    var to = new Date();
    var from = new Date(to.getTime() - days * 86400000);
    var p = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), bucket: days > 90 ? 'month' : days > 14 ? 'week' : 'day' });
    if ($('#f-repository').value) p.set('repository', $('#f-repository').value);
    if ($('#f-origin').value) p.set('origin', $('#f-origin').value);
    return p;
  }

  function setKpi(name, value, met) {
    var li = document.querySelector('[data-kpi="' + name + '"]');
    li.querySelector('.value').textContent = value;
    li.classList.toggle('met', met === true);
    li.classList.toggle('missed', met === false);
  }

  function pct(x) { return x === null ? 'n/a' : (Math.round(x * 1000) / 10) + '%'; }
  function sum(obj) { return SEVERITIES.reduce(function (n, s) { return n + obj[s]; }, 0); }

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    charts[id] = new window.Chart(document.getElementById(id), config);
  }

  function render(k) {
    setKpi('aiCritical', String(k.aiPerMonth.critical), k.aiPerMonth.criticalMet);
    setKpi('aiHigh', String(k.aiPerMonth.high), k.aiPerMonth.highMet);
    setKpi('mttf', k.fixed.meanTimeToFixHours === null ? 'n/a' : k.fixed.meanTimeToFixHours + ' h', k.fixed.met === null ? undefined : k.fixed.met);
    setKpi('passRate', pct(k.scans.passRate));
    setKpi('coverage', k.coverage.preCommit + ' / ' + k.coverage.ci + ' of ' + k.coverage.repositories);
    setKpi('review', pct(k.review.completion));

    var labels = k.series.map(function (p) { return p.period; });
    draw('chart-introduced', {
      type: 'bar',
      data: { labels: labels, datasets: ['ai', 'human', 'unknown'].map(function (o) {
        return { label: ORIGIN_NAMES[o], backgroundColor: COLORS[o], data: k.series.map(function (p) { return sum(p.introduced[o]); }) };
      }) },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    draw('chart-mttf', {
      type: 'line',
      data: { labels: labels, datasets: [
        { label: 'Mean time to fix (h)', borderColor: COLORS.human, backgroundColor: COLORS.human, spanGaps: true, data: k.series.map(function (p) { return p.meanTimeToFixHours; }) },
        { label: 'Target (4 h)', borderColor: '#1e6b32', borderDash: [6, 4], pointRadius: 0, data: k.series.map(function () { return k.targets.meanTimeToFixHours; }) },
      ] },
      options: { scales: { y: { beginAtZero: true } } },
    });
    draw('chart-pass', {
      type: 'line',
      data: { labels: labels, datasets: [{ label: 'Pass rate (%)', borderColor: '#1e6b32', backgroundColor: '#1e6b32', spanGaps: true,
        data: k.series.map(function (p) { return p.scans ? Math.round(1000 * p.passed / p.scans) / 10 : null; }) }] },
      options: { scales: { y: { min: 0, max: 100 } } },
    });
    draw('chart-origin', {
      type: 'bar',
      data: { labels: SEVERITIES, datasets: ['ai', 'human'].map(function (o) {
        return { label: ORIGIN_NAMES[o], backgroundColor: COLORS[o], data: SEVERITIES.map(function (s) { return k.open[o][s]; }) };
      }) },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    $('#chart-introduced').setAttribute('aria-label', 'New vulnerabilities by origin: ' + ['ai', 'human', 'unknown'].map(function (o) { return ORIGIN_NAMES[o] + ' ' + sum(k.introduced[o]); }).join(', '));
    $('#chart-origin').setAttribute('aria-label', 'Open vulnerabilities, AI-generated ' + sum(k.open.ai) + ', human ' + sum(k.open.human));
  }

  function renderFindings(list) {
    var body = $('#findings tbody');
    body.textContent = '';
    list.forEach(function (f) {
      var tr = el('tr');
      tr.appendChild(el('td', { class: 'sev sev-' + f.severity }, f.severity));
      var rule = el('td');
      var b = el('button', { type: 'button', 'data-finding': f.id }, f.ruleId);
      b.addEventListener('click', function () { showFinding(f.id); });
      rule.appendChild(b);
      tr.appendChild(rule);
      tr.appendChild(el('td', {}, f.location.path + ':' + f.location.line));
      tr.appendChild(el('td', {}, ORIGIN_NAMES[f.origin.kind] + (f.origin.model ? ' (' + f.origin.model + ')' : '')));
      tr.appendChild(el('td', {}, f.repository + ' @ ' + f.branch));
      tr.appendChild(el('td', {}, f.firstSeenAt.slice(0, 16).replace('T', ' ')));
      body.appendChild(tr);
    });
    if (!list.length) { var tr = el('tr'); tr.appendChild(el('td', { colspan: '6' }, 'No open findings for these filters.')); body.appendChild(tr); }
  }

  function showFinding(id) {
    api('/api/v1/findings/' + encodeURIComponent(id)).then(function (f) {
      $('#detail-title').textContent = f.ruleId + ' — ' + (f.rule ? f.rule.title : f.message);
      var facts = $('#detail-facts');
      facts.textContent = '';
      [['Location', f.location.path + ':' + f.location.line], ['Repository', f.repository + ' @ ' + f.branch], ['Severity', f.severity],
        ['Origin', ORIGIN_NAMES[f.origin.kind] + (f.origin.tool ? ', ' + f.origin.tool : '') + (f.origin.model ? ', ' + f.origin.model : '')],
        ['Reviewed', f.origin.reviewed === null ? 'unknown' : f.origin.reviewed ? 'yes' : 'no'], ['Message', f.message], ['Status', f.status],
        ['First seen', f.firstSeenAt], ['Reopened', String(f.reopened)]].forEach(function (kv) {
        facts.appendChild(el('dt', {}, kv[0]));
        facts.appendChild(el('dd', {}, kv[1]));
      });
      var help = $('#detail-help');
      help.textContent = '';
      if (f.rule) {
        help.appendChild(el('p', {}, f.rule.description));
        help.appendChild(el('p', {}, f.rule.fix));
        if (f.rule.examples) { help.appendChild(el('p', {}, 'Secure example:')); help.appendChild(el('pre', {}, f.rule.examples.good)); }
      } else help.appendChild(el('p', {}, 'No help for this rule in this server version.'));
      var hist = $('#detail-history');
      hist.textContent = '';
      f.events.forEach(function (e) { hist.appendChild(el('li', {}, e.at.slice(0, 16).replace('T', ' ') + ' — ' + e.event)); });
      var d = $('#detail');
      d.hidden = false;
      d.focus();
    }).catch(function (e) { $('#status').textContent = 'Could not load the finding: ' + e.message; });
  }

  function refresh() {
    var p = query();
    $('#status').textContent = 'Loading…';
    var fp = new URLSearchParams({ status: 'open', limit: '50' });
    if (p.get('repository')) fp.set('repository', p.get('repository'));
    if (p.get('origin')) fp.set('origin', p.get('origin'));
    return Promise.all([api('/api/v1/kpis?' + p), api('/api/v1/findings?' + fp)]).then(function (r) {
      render(r[0]);
      renderFindings(r[1].findings);
      document.body.setAttribute('data-loaded', 'true');
      $('#status').textContent = 'Updated ' + new Date().toLocaleTimeString();
    }).catch(function (e) { if (e.message !== 'unauthorised') $('#status').textContent = 'Could not load: ' + e.message; });
  }

  function start() {
    $('#login').hidden = true;
    $('#main').hidden = false;
    api('/api/v1/repositories').then(function (r) {
      var sel = $('#f-repository');
      r.repositories.forEach(function (name) { sel.appendChild(el('option', { value: name }, name)); });
      return refresh();
    }).catch(function () {});
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('#login').addEventListener('submit', function (ev) {
      ev.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $('#token').value.trim());
      start();
    });
    ['#f-repository', '#f-range', '#f-origin'].forEach(function (s) { $(s).addEventListener('change', refresh); });
    if (token()) start(); else showLogin();
  });
})();
