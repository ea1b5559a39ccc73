// No SQL Server driver imported here: an ORM config names the dialect.
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASS, {
  dialect: 'mssql',
  // ruleid: js/tls-verification-disabled
  dialectOptions: { options: { trustServerCertificate: true } },
});

// A library's own defaults for another driver, merged with its caller's options afterwards.
function connectionConfig(config) {
  const out = {
    server: config.host,
    // ok: js/tls-verification-disabled
    options: { port: config.port, trustServerCertificate: true },
  };
  Object.assign(out.options, config.dialectOptions);
  return out;
}

module.exports = { sequelize, connectionConfig };
