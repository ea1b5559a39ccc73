/* devserve overlay: reload on change and a tiny eval console. */
(function () {
  'use strict';

  var box = document.createElement('div');
  box.id = 'devserve-overlay';
  box.style.cssText = 'position:fixed;bottom:8px;right:8px;font:12px monospace;background:#222;color:#eee;padding:6px;z-index:99999';
  box.textContent = 'devserve';
  document.addEventListener('DOMContentLoaded', function () {
    document.body.appendChild(box);
  });

  window.devserveEval = function (expression) {
    return fetch('/__devserve/panel/eval', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ expression: expression, stats: window.__BUILD_STATS__ || {} }),
    })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        // safe: CWE-79
        box.textContent = String(data.result);
        return data.result;
      });
  };
})();
