const sql = require('mssql');

const onPrem = {
  server: process.env.SQL_SERVER,
  options: {
    encrypt: true,
    // ruleid: js/tls-verification-disabled
    trustServerCertificate: true,
  },
};

const azureSql = {
  server: process.env.SQL_SERVER,
  options: {
    encrypt: true,
    // ok: js/tls-verification-disabled
    trustServerCertificate: false,
  },
};

// ruleid: js/tls-verification-disabled
const legacy = 'Server=tcp:db.internal,1433;Database=app;Encrypt=True;TrustServerCertificate=True;';

module.exports = { pools: () => [sql.connect(onPrem), sql.connect(azureSql), sql.connect(legacy)] };
