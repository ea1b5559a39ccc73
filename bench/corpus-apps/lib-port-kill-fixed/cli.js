#!/usr/bin/env node
'use strict';

const portkill = require('./index');

const args = process.argv.slice(2);
const udp = args.includes('--udp');
const ports = args.filter((a) => !a.startsWith('--'));

if (!ports.length) {
  console.error('usage: portkill <port> [port...] [--udp]');
  process.exit(1);
}

portkill(ports, { method: udp ? 'udp' : 'tcp' })
  .then((results) => {
    for (const r of [].concat(results)) console.log(`port ${r.port}: killed ${r.pids.length ? r.pids.join(', ') : 'nothing'}`);
  })
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
