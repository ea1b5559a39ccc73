const { runQuery } = require('../db/queries');

class UserService {
  async searchByName(name) {
    return runQuery(`SELECT * FROM users WHERE name LIKE '%${name}%'`);
  }

  async getById(id) {
    return runQuery('SELECT * FROM users WHERE id = $1', [id]);
  }
}

module.exports = new UserService();
