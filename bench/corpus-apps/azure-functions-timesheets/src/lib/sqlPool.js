const sql = require('mssql');

let poolPromise;

function getPool() {
  if (!poolPromise) {
    poolPromise = sql.connect({
      server: process.env.SQL_SERVER,
      database: process.env.SQL_DATABASE,
      user: process.env.SQL_USER,
      password: process.env.SQL_PASSWORD,
      pool: { max: 10, min: 0, idleTimeoutMillis: 30000 },
      options: {
        encrypt: true,
        // The on-prem SQL Server behind the VNet gateway uses an internal CA cert.
        // vuln: CWE-295
        trustServerCertificate: true,
      },
    });
  }
  return poolPromise;
}

module.exports = { getPool, sql };
