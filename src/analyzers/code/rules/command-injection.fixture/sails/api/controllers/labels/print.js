const { exec } = require('child_process');

// An actions2 action: Sails hands `fn` the request's declared inputs, validated by their definitions.
module.exports = {
  friendlyName: 'Print label',

  inputs: {
    title: { type: 'string', required: true },
    copies: { type: 'number', defaultsTo: 1 },
    duplex: { type: 'boolean', defaultsTo: false },
    printer: { type: 'string', isIn: ['front-desk', 'back-office'] },
    tray: { type: 'string', regex: /^[a-z0-9]+$/ },
    format: { type: 'string', defaultsTo: 'png' },
    size: { type: 'string', defaultsTo: 'small' },
  },

  fn: async function ({ title, copies, duplex, printer, tray, format, size }) {
    // ruleid: js/command-injection
    exec(`lpr -T "${title}" label.png`);
    // A number, a boolean, an allow-listed name and a checked word carry no shell syntax.
    // ok: js/command-injection
    exec(`lpr -# ${copies} ${duplex ? '-o sides=two-sided' : ''} -P ${printer} -o InputSlot=${tray} label.png`);
    // The helper runs its `fn` with these inputs (api/helpers/render-label.js).
    await sails.helpers.renderLabel.with({ format, size: 'small' });
    // `this.req` is the request.
    // ruleid: js/command-injection
    exec(`lpstat -p ${this.req.query.queue}`);
    return this.res.ok();
  },
};
