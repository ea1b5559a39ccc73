const Hapi = require('@hapi/hapi');
const { sequelize } = require('./models');

const server = Hapi.server({ port: 3000 });
server.route({
  method: 'GET',
  path: '/orders',
  handler: async (request, h) => {
    // ruleid: js/sql-injection
    const [orders] = await sequelize.query(`SELECT * FROM orders WHERE status = '${request.query.status}'`);
    // ok: js/sql-injection
    const [same] = await sequelize.query('SELECT * FROM orders WHERE status = :status', { replacements: { status: request.query.status } });
    return { orders, same };
  },
});
