#!/usr/bin/env node
'use strict';

const path = require('path');
const minimist = require('minimist');
const { loadConfig } = require('../lib/config');
const { createDevServer } = require('../lib/server');

const argv = minimist(process.argv.slice(2), {
  string: ['host', 'config', 'proxy', 'cert', 'key'],
  boolean: ['https', 'open', 'verbose'],
  alias: { p: 'port', h: 'host', c: 'config' },
  default: { port: 8080, host: '0.0.0.0' },
});

const root = path.resolve(argv._[0] || '.');
const config = loadConfig(root, argv.config);

if (argv.proxy) config.apiTarget = argv.proxy;
if (argv.verbose) config.verbose = true;
if (argv.https) config.tls = { cert: argv.cert, key: argv.key };

const server = createDevServer(root, config);
server.listen(Number(argv.port), argv.host, () => {
  const scheme = config.tls ? 'https' : 'http';
  process.stdout.write(`devserve: serving ${root} at ${scheme}://${argv.host}:${argv.port}/\n`);
});
