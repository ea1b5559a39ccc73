'use strict';

// The older form: a factory of the app whose class extends `app.Controller`.
module.exports = (app) => {
  class PageController extends app.Controller {
    async title() {
      // ruleid: js/xss
      this.ctx.body = '<h1>' + this.ctx.query.title + '</h1>';
    }

    async json() {
      // ok: js/xss
      this.ctx.body = { title: this.ctx.query.title };
    }
  }
  return PageController;
};
