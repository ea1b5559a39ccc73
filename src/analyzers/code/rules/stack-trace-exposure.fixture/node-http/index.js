'use strict';

const fs = require('fs');
const http = require('http');

function escape(s) {
  return String(s).replace(/[&<>"']/g, '');
}

function kb(n) {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}

// A callback parameter called `e` that a model fills (an array element) is data, not an error.
function table(res, dir) {
  const files = fs.readdirSync(dir).map((name) => ({ name, size: fs.statSync(`${dir}/${name}`).size }));
  const rows = files.map((e) => `<tr><td>${escape(e.name)}</td><td>${kb(e.size)}</td></tr>`).join('');
  // ok: js/stack-trace-exposure
  res.end(`<table>${rows}</table>`);
}

function readme(res) {
  fs.readFile('README.md', 'utf8', (e, text) => {
    // ruleid: js/stack-trace-exposure
    if (e) return res.end(`cannot read README: ${e.message}\n${e.stack}`);
    return res.end(text);
  });
}

http.createServer((req, res) => {
  if (req.url === '/readme') return readme(res);
  return table(res, __dirname);
}).listen(8080);
