'use strict';

const { cpuInfo } = require('./lib/cpu');
const { diskUsage } = require('./lib/disks');
const { interfaceStats } = require('./lib/network');
const { processLoad, pidInfo } = require('./lib/processes');
const { promisifyOptional } = require('./lib/util');

/**
 * Every function takes an optional node-style callback and returns a Promise when it is
 * omitted:
 *
 *   const probe = require('hostprobe');
 *   const eth0 = await probe.interfaceStats('eth0');
 *   probe.processLoad('nginx, postgres', (err, rows) => { ... });
 */
module.exports = {
  cpuInfo: promisifyOptional(cpuInfo),
  diskUsage: promisifyOptional(diskUsage),
  interfaceStats: promisifyOptional(interfaceStats),
  processLoad: promisifyOptional(processLoad),
  pidInfo: promisifyOptional(pidInfo),
};
