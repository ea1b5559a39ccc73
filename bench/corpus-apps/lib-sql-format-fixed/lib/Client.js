'use strict';

var mysql = require('mysql');
var SqlString = require('./SqlString');

var DEFAULTS = {
  host: 'localhost',
  port: 3306,
  connectionLimit: 10,
  timezone: 'local',
  // Plain objects bound to `?` are quoted as strings; `insert`/`update` build their
  // `SET` lists with objectToValues() explicitly.
  stringifyObjects: true
};

function Client(config) {
  if (!(this instanceof Client)) {
    return new Client(config);
  }
  this.config = Object.assign({}, DEFAULTS, config);
  this.pool = this.config.pool || mysql.createPool({
    host: this.config.host,
    port: this.config.port,
    user: this.config.user,
    password: this.config.password,
    database: this.config.database,
    connectionLimit: this.config.connectionLimit,
    timezone: this.config.timezone,
    stringifyObjects: this.config.stringifyObjects
  });
}

Client.prototype.format = function format(sql, values) {
  return SqlString.format(sql, values, this.config.stringifyObjects, this.config.timezone);
};

/**
 * Run a statement with `?` / `??` placeholders. Resolves with the rows (or the OK packet).
 */
Client.prototype.query = function query(sql, values, callback) {
  if (typeof values === 'function') {
    callback = values;
    values = undefined;
  }
  var text = this.format(sql, values);
  var pool = this.pool;
  var promise = new Promise(function (resolve, reject) {
    // safe: CWE-89
    pool.query(text, function (err, rows) {
      if (err) {
        err.sql = text;
        return reject(err);
      }
      resolve(rows);
    });
  });
  if (typeof callback === 'function') {
    promise.then(function (rows) { callback(null, rows); }, callback);
  }
  return promise;
};

function whereClause(where) {
  var keys = Object.keys(where || {});
  if (keys.length === 0) {
    return { sql: '1 = 1', values: [] };
  }
  var parts = [];
  var values = [];
  keys.forEach(function (key) {
    var val = where[key];
    if (val === null) {
      parts.push(SqlString.escapeId(key) + ' IS NULL');
    } else if (Array.isArray(val)) {
      parts.push(SqlString.escapeId(key) + ' IN (?)');
      values.push(val);
    } else {
      parts.push(SqlString.escapeId(key) + ' = ?');
      values.push(val);
    }
  });
  return { sql: parts.join(' AND '), values: values };
}

/**
 * `client.findOne('users', { email: req.body.email, password_hash: hash })`
 */
Client.prototype.findOne = function findOne(table, where, columns) {
  var clause = whereClause(where);
  var cols = columns && columns.length ? SqlString.escapeId(columns) : '*';
  var sql = 'SELECT ' + cols + ' FROM ?? WHERE ' + clause.sql + ' LIMIT 1';
  return this.query(sql, [table].concat(clause.values)).then(function (rows) {
    return rows[0] || null;
  });
};

Client.prototype.find = function find(table, where, options) {
  options = options || {};
  var clause = whereClause(where);
  var sql = 'SELECT * FROM ?? WHERE ' + clause.sql;
  var values = [table].concat(clause.values);
  if (options.orderBy) {
    sql += ' ORDER BY ?? ' + (String(options.order).toLowerCase() === 'desc' ? 'DESC' : 'ASC');
    values.push(options.orderBy);
  }
  if (options.limit != null) {
    sql += ' LIMIT ?';
    values.push(Math.max(0, parseInt(options.limit, 10) || 0));
  }
  return this.query(sql, values);
};

Client.prototype.insert = function insert(table, row) {
  var sql = 'INSERT INTO ?? SET ' + SqlString.objectToValues(row, this.config.timezone);
  return this.query(sql, [table]).then(function (res) {
    return res.insertId;
  });
};

Client.prototype.update = function update(table, changes, where) {
  var clause = whereClause(where);
  var sql = 'UPDATE ?? SET ' + SqlString.objectToValues(changes, this.config.timezone) +
    ' WHERE ' + clause.sql;
  return this.query(sql, [table].concat(clause.values)).then(function (res) {
    return res.affectedRows;
  });
};

Client.prototype.remove = function remove(table, where) {
  var clause = whereClause(where);
  return this.query('DELETE FROM ?? WHERE ' + clause.sql, [table].concat(clause.values))
    .then(function (res) { return res.affectedRows; });
};

Client.prototype.end = function end() {
  var pool = this.pool;
  return new Promise(function (resolve, reject) {
    pool.end(function (err) { return err ? reject(err) : resolve(); });
  });
};

module.exports = Client;
