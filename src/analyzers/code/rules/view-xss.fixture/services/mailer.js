// An e-mail service: each message is a Handlebars file of views/emails chosen by name, compiled
// once and cached. The data comes from its callers (routes/mail.js), not from a request here.
const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');

class Mailer {
  constructor(transport) {
    this.transport = transport;
    this.cache = new Map();
  }

  template(name) {
    let compiled = this.cache.get(name);
    if (!compiled) {
      compiled = Handlebars.compile(fs.readFileSync(path.join(__dirname, '..', 'views', 'emails', `${name}.hbs`), 'utf8'));
      this.cache.set(name, compiled);
    }
    return compiled;
  }

  async send(to, name, data) {
    await this.transport.sendMail({ to, html: this.template(name)(data) });
  }
}

module.exports = { Mailer };
