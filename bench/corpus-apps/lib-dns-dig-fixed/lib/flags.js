'use strict';

function timeoutFlag(timeout) {
  const seconds = Math.max(1, Math.min(30, Math.round(Number(timeout) || 5)));
  return `+time=${seconds}`;
}

function queryFlags(options = {}) {
  const flags = ['+noall', '+answer', timeoutFlag(options.timeout), '+tries=2'];
  if (options.tcp) flags.push('+tcp');
  if (options.dnssec) flags.push('+dnssec');
  if (options.port) flags.push('-p', String(Math.trunc(Number(options.port)) || 53));
  return flags;
}

module.exports = { timeoutFlag, queryFlags };
