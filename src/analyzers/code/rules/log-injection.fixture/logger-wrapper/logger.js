// The app's own logger: a thin wrapper over the console. What callers log is reported where they
// log it (the call is a logger call by its name), not a second time inside the wrapper.
module.exports = {
  // ok: js/log-injection
  info: (msg, meta) => console.log(new Date().toISOString(), msg, meta ?? ''),
  // ok: js/log-injection
  warn: (msg) => console.warn(msg),
};
