'use strict';

const http = require('http');
const fs = require('fs');
const path = require('path');
const { locate, withDefault } = require('./files');

function resolveLocal(dir, name, done) {
  done(path.join(dir, name));
}

http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  locate(name, (err, found) => {
    // ruleid: js/path-traversal
    fs.createReadStream(found.file).pipe(res);
  });
  withDefault(name, (err, found) => {
    // ok: js/path-traversal
    fs.createReadStream(found.file).pipe(res);
  });
  resolveLocal('/srv/static', name, (file) => {
    // ruleid: js/path-traversal
    fs.readFile(file, (err, data) => res.end(data));
  });
  resolveLocal('/srv/static', 'index.html', (file) => {
    // ok: js/path-traversal
    fs.readFile(file, (err, data) => res.end(data));
  });
}).listen(8080);
