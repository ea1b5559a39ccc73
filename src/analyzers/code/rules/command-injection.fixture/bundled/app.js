// A bundler's output: every module function is a sibling inside one IIFE, and helpers call each
// other many times. The flow through the chain is found from the callees' summaries; running each
// sibling inline inside the other multiplies the work by the calls per body at every level (on
// real bundles such as react-dom's development build, past the per-file timeout).
(function () {
  'use strict';
  const express = require('express');
  const { exec } = require('child_process');

  function step0(a, b) {
    const joined = step1(a, b) + step1(a, b) + step1(a, b) + step1(a, b) + step1(a, b) + step1(a, b);
    const swapped = step1(b, a) + step1(b, a) + step1(b, a) + step1(b, a) + step1(b, a) + step1(b, a);
    return joined.length > swapped.length ? joined : swapped;
  }
  function step1(a, b) {
    const joined = step2(a, b) + step2(a, b) + step2(a, b) + step2(a, b) + step2(a, b) + step2(a, b);
    const swapped = step2(b, a) + step2(b, a) + step2(b, a) + step2(b, a) + step2(b, a) + step2(b, a);
    return joined.length > swapped.length ? joined : swapped;
  }
  function step2(a, b) {
    const joined = step3(a, b) + step3(a, b) + step3(a, b) + step3(a, b) + step3(a, b) + step3(a, b);
    const swapped = step3(b, a) + step3(b, a) + step3(b, a) + step3(b, a) + step3(b, a) + step3(b, a);
    return joined.length > swapped.length ? joined : swapped;
  }
  function step3(a, b) {
    const joined = step4(a, b) + step4(a, b) + step4(a, b) + step4(a, b) + step4(a, b) + step4(a, b);
    const swapped = step4(b, a) + step4(b, a) + step4(b, a) + step4(b, a) + step4(b, a) + step4(b, a);
    return joined.length > swapped.length ? joined : swapped;
  }
  function step4(a, b) {
    const joined = step5(a, b) + step5(a, b) + step5(a, b) + step5(a, b) + step5(a, b) + step5(a, b);
    const swapped = step5(b, a) + step5(b, a) + step5(b, a) + step5(b, a) + step5(b, a) + step5(b, a);
    return joined.length > swapped.length ? joined : swapped;
  }
  function step5(a, b) {
    const joined = step6(a, b) + step6(a, b) + step6(a, b) + step6(a, b) + step6(a, b) + step6(a, b);
    const swapped = step6(b, a) + step6(b, a) + step6(b, a) + step6(b, a) + step6(b, a) + step6(b, a);
    return joined.length > swapped.length ? joined : swapped;
  }
  function step6(a, b) {
    const joined = step7(a, b) + step7(a, b) + step7(a, b) + step7(a, b) + step7(a, b) + step7(a, b);
    const swapped = step7(b, a) + step7(b, a) + step7(b, a) + step7(b, a) + step7(b, a) + step7(b, a);
    return joined.length > swapped.length ? joined : swapped;
  }
  function step7(a, b) {
    return String(a) + String(b);
  }

  const app = express();
  app.get('/run', (req, res) => {
    const line = step0(req.query.unit, '-v');
    // ruleid: js/command-injection
    exec('systemctl status ' + line);
    res.end();
  });
  app.get('/run-fixed', (req, res) => {
    const line = step0(Number(req.query.unit), 1);
    // ok: js/command-injection
    exec('systemctl status ' + line);
    res.end();
  });
  module.exports = app;
})();
