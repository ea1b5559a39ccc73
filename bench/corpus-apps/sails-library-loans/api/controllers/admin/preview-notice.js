const ejs = require('ejs');
const path = require('path');

module.exports = {
  friendlyName: 'Preview overdue notice',

  inputs: {
    template: { type: 'string' },
    fullName: { type: 'string', defaultsTo: 'Alex Reader' },
  },

  fn: async function ({ template, fullName }) {
    const data = { fullName, books: [{ title: 'Sample Book', dueAt: new Date().toDateString() }] };
    if (template) {
      // vuln: CWE-1336, CWE-94
      const html = ejs.render(template, data);
      return this.res.send(html);
    }
    const file = path.join(sails.config.appPath, 'views', 'emails', 'overdue-notice.ejs');
    // safe: CWE-1336
    const html = await ejs.renderFile(file, data);
    return this.res.send(html);
  },
};
