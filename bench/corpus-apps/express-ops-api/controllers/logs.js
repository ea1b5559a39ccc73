'use strict';

const fs = require('fs');
const path = require('path');
const { isSafeName, isLogFile, resolveInside } = require('../lib/validate');

const LOG_DIR = process.env.LOG_DIR || '/var/log/ops';

exports.download = (req, res) => {
  const { name } = req.params;
  if (!isSafeName(name)) return res.status(400).json({ error: 'bad name' });
  // vuln: CWE-22
  return res.download(path.join(LOG_DIR, name));
};

exports.downloadV2 = (req, res) => {
  const { name } = req.params;
  if (!isLogFile(name)) return res.status(400).json({ error: 'bad name' });
  // safe: CWE-22
  return res.download(path.join(LOG_DIR, name));
};

exports.view = (req, res) => {
  const file = resolveInside(LOG_DIR, String(req.query.file || ''));
  if (!file) return res.status(404).end();
  res.type('text/plain');
  // safe: CWE-22
  return fs.createReadStream(file).pipe(res);
};

/** Last lines of a log below `dir`; used for the dashboard's live panel. */
exports.makeTail = (dir) => (req, res) => {
  const file = dir + '/' + req.query.file;
  if (!file.startsWith(dir)) return res.status(400).end();
  // vuln: CWE-22
  const text = fs.readFileSync(file, 'utf8');
  return res.type('text/plain').send(text.split('\n').slice(-200).join('\n'));
};

exports.LOG_DIR = LOG_DIR;
