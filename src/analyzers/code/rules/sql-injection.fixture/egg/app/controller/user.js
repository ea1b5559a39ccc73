'use strict';
const { Controller } = require('egg');

class UserController extends Controller {
  async search() {
    const { ctx, app } = this;
    // ruleid: js/sql-injection
    const rows = await app.mysql.query(`select * from users where name = '${ctx.query.q}'`);
    // ok: js/sql-injection
    const safe = await app.mysql.query('select * from users where name = ?', [ctx.query.q]);
    ctx.body = { rows, safe };
  }

  async show() {
    // ruleid: js/sql-injection
    const user = await this.app.mysql.query('select * from users where id = ' + this.ctx.params.id);
    this.ctx.body = user;
  }
}

module.exports = UserController;
