// Settles a caller's options: the port becomes a number, the module name must not look like an option.
function settle(options) {
  const o = { retries: 2, verbose: false, ...options };
  o.port = Number(o.port) || 873;
  if (String(o.module).startsWith('-')) throw new TypeError('bad module name');
  return o;
}

// Flags every rsync call shares. The port option is chosen by the caller of this helper.
function sharedArgs(o, portOption) {
  const list = ['--timeout=30', portOption, String(o.port)];
  if (o.skip) list.push('--exclude', o.skip);
  list.push(`--log-file=${o.logFile}`);
  return list;
}

module.exports = { settle, sharedArgs };
