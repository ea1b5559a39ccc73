const { app } = require('@azure/functions');
const orders = require('../repositories/orders');

// v4 model: the handler's first parameter is the HttpRequest, whatever it is called.
app.http('ordersSearch', {
  methods: ['GET'],
  route: 'orders/search',
  handler: async (incoming) => {
    const rows = await orders.search(incoming.query.get('customer') || '%', incoming.query.get('status'));
    const bound = await orders.searchBound(incoming.query.get('customer') || '%', incoming.query.get('status'));
    return { status: 200, jsonBody: { rows, bound } };
  },
});

async function byRegion(call) {
  const { region } = await call.json();
  const pool = await require('mssql').connect(process.env.SQL_CONNECTION);
  // ruleid: js/sql-injection
  const result = await pool.request().query(`SELECT Id FROM Orders WHERE Region = '${region}'`);
  // ok: js/sql-injection
  const safe = await pool.request().input('region', region).query('SELECT Id FROM Orders WHERE Region = @region');
  return { jsonBody: { rows: result.recordset, safe: safe.recordset } };
}

app.post('ordersByRegion', { route: 'orders/by-region', handler: byRegion });
