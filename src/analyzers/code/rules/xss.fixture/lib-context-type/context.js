// A web framework's request context: its methods answer through the node response (`this.res`).
const context = {
  // The error handler forces a plain-text type before it writes the message.
  onerror(err) {
    const { res } = this;
    this.type = 'text';
    const msg = err.expose ? err.message : 'Internal Server Error';
    res.statusCode = err.status || 500;
    // ok: js/xss
    res.end(msg);
  },

  // JSON, set through the context's response, read through the context.
  fail(err) {
    const res = this.res;
    this.response.type = 'json';
    // ok: js/xss
    res.end(err.message);
  },

  // Declared HTML: the message is markup.
  renderError(err) {
    const res = this.res;
    this.type = 'html';
    // ruleid: js/xss
    res.end(`<h1>${err.message}</h1>`);
  },

  // Plain text on one path only.
  reply(err, plain) {
    const { res } = this;
    if (plain) this.type = 'text';
    // ruleid: js/xss
    res.end(err.message);
  },
};

module.exports = context;
