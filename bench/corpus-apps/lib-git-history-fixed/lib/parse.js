'use strict';

const STATUS_LINE = /^([ACDMRTUXB])\d{0,3}\t([^\t]+)(?:\t([^\t]+))?$/;

/**
 * Parses `git log` output written with \x1f between fields and \x1e after each commit.
 * With --name-status, the file lines of a commit follow its record.
 */
function parseLog(stdout, fields, nameStatus) {
  const commits = [];
  const records = stdout.split('\x1e');
  for (let i = 0; i < records.length; i++) {
    let record = records[i];
    if (i > 0) record = record.replace(/^\r?\n/, '');
    if (!record.trim()) continue;

    let fileLines = [];
    if (nameStatus && commits.length > 0) {
      // The file lines of the previous commit come before this record's first field.
      const firstSep = record.indexOf('\x1f');
      const head = firstSep === -1 ? record : record.slice(0, firstSep);
      const lastNewline = head.lastIndexOf('\n');
      if (lastNewline !== -1) {
        fileLines = record.slice(0, lastNewline).split('\n');
        record = record.slice(lastNewline + 1);
      }
      attachFiles(commits[commits.length - 1], fileLines);
    }

    const values = record.split('\x1f');
    if (values.length < fields.length) {
      attachFiles(commits[commits.length - 1], record.split('\n'));
      continue;
    }
    const commit = {};
    fields.forEach((field, idx) => {
      commit[field] = (values[idx] || '').trim();
    });
    if (nameStatus) commit.files = [];
    commits.push(commit);
  }
  return commits;
}

function attachFiles(commit, lines) {
  if (!commit) return;
  if (!commit.files) commit.files = [];
  for (const line of lines) {
    const m = STATUS_LINE.exec(line.trim());
    if (m) commit.files.push({ status: m[1], path: m[3] || m[2], from: m[3] ? m[2] : undefined });
  }
}

module.exports = { parseLog };
