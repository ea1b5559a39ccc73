'use strict';

// Parses ping output of iputils, BSD and Windows.
function parseOutput(stdout) {
  const times = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /time[=<]\s?(\d+(?:\.\d+)?)\s?ms/i.exec(line);
    if (m) times.push(Number(m[1]));
  }
  const loss = /(\d+(?:\.\d+)?)% (?:packet )?loss/i.exec(stdout);
  return {
    alive: times.length > 0,
    times,
    avg: times.length ? times.reduce((a, b) => a + b, 0) / times.length : null,
    packetLoss: loss ? Number(loss[1]) : 100,
  };
}

module.exports = { parseOutput };
