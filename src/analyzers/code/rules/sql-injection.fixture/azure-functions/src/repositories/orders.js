const sql = require('mssql');

let poolPromise;
function getPool() {
  if (!poolPromise) poolPromise = sql.connect(process.env.SQL_CONNECTION);
  return poolPromise;
}

// A filter appended in a branch: the query text is still known after the branch.
async function search(customer, status) {
  const pool = await getPool();
  let query = `SELECT Id, Total FROM Orders WHERE Customer LIKE '${customer}'`;
  if (status) query += ` AND Status = '${status}'`;
  // ruleid: js/sql-injection
  const result = await pool.request().query(query);
  return result.recordset;
}

// The same shape with bound inputs: only parameter names are appended.
async function searchBound(customer, status) {
  const pool = await getPool();
  const request = pool.request().input('customer', sql.NVarChar(64), customer);
  let query = 'SELECT Id, Total FROM Orders WHERE Customer LIKE @customer';
  if (status) {
    request.input('status', sql.NVarChar(16), status);
    query += ' AND Status = @status';
  }
  // ok: js/sql-injection
  const result = await request.query(query);
  return result.recordset;
}

module.exports = { search, searchBound };
