'use strict';

// Parses `dig +noall +answer` output: "example.com.  300  IN  A  93.184.216.34"
function parseAnswers(stdout) {
  const answers = [];
  for (const line of String(stdout).split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith(';')) continue;
    const parts = trimmed.split(/\s+/);
    if (parts.length < 5) continue;
    const [name, ttl, klass, type, ...rest] = parts;
    if (klass !== 'IN') continue;
    answers.push({ name: name.replace(/\.$/, ''), ttl: Number(ttl), type, data: rest.join(' ') });
  }
  return answers;
}

function firstShort(stdout) {
  const line = String(stdout).split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith(';'));
  return line ? line.replace(/\.$/, '') : null;
}

module.exports = { parseAnswers, firstShort };
