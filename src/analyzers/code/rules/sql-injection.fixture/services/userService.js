const { runQuery } = require('../db/queries');

class UserService {
  async searchByName(name) {
    // ruleid: js/sql-injection
    return runQuery(`SELECT * FROM users WHERE name LIKE '%${name}%'`);
  }

  async getById(id) {
    // ok: js/sql-injection
    return runQuery('SELECT * FROM users WHERE id = $1', [id]);
  }
}

module.exports = new UserService();
