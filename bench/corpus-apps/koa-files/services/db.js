'use strict';

const Database = require('better-sqlite3');

const db = new Database(process.env.DB_FILE || '/srv/koa-files/files.db');
db.pragma('journal_mode = WAL');

const insertFile = db.prepare('INSERT INTO files (owner, name, size, token) VALUES (?, ?, ?, ?)');
const byToken = db.prepare('SELECT * FROM files WHERE token = ?');

module.exports = {
  addFile(owner, name, size, token) {
    // safe: CWE-89
    return insertFile.run(owner, name, size, token);
  },

  fileByToken(token) {
    // safe: CWE-89
    return byToken.get(token);
  },

  filesOf(owner, nameFilter) {
    // vuln: CWE-89
    return db.prepare(`SELECT * FROM files WHERE owner = ? AND name LIKE '%${nameFilter}%'`).all(owner);
  },

  filesOfSafe(owner, nameFilter) {
    // safe: CWE-89
    return db.prepare("SELECT * FROM files WHERE owner = ? AND name LIKE '%' || ? || '%'").all(owner, nameFilter);
  },

  deleteFiles(owner, ids) {
    // vuln: CWE-89
    return db.exec(`DELETE FROM files WHERE owner = '${owner}' AND id IN (${ids})`);
  },
};
