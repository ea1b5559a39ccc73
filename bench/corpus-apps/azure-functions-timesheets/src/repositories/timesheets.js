const { getPool, sql } = require('../lib/sqlPool');

const WEEK_COLUMNS = {
  week: 'WeekStart',
  hours: 'TotalHours',
  status: 'Status',
};

async function byEmployee(employeeId, sortKey) {
  const pool = await getPool();
  const column = WEEK_COLUMNS[sortKey] || 'WeekStart';
  // safe: CWE-89
  const result = await pool.request().input('employeeId', sql.Int, employeeId).query(`SELECT Id, WeekStart, TotalHours, Status FROM Timesheets WHERE EmployeeId = @employeeId ORDER BY ${column} DESC`);
  return result.recordset;
}

// Managers search by client project code, e.g. "CNT-2024-%".
async function searchByProjectCode(code, status) {
  const pool = await getPool();
  let query = `SELECT t.Id, t.EmployeeId, t.WeekStart, t.TotalHours FROM Timesheets t JOIN Projects p ON p.Id = t.ProjectId WHERE p.Code LIKE '${code}'`;
  if (status) query += ` AND t.Status = '${status}'`;
  // vuln: CWE-89
  const result = await pool.request().query(query);
  return result.recordset;
}

async function insert(entry) {
  const pool = await getPool();
  // safe: CWE-89
  const result = await pool.request()
    .input('employeeId', sql.Int, entry.employeeId)
    .input('projectId', sql.Int, entry.projectId)
    .input('weekStart', sql.Date, entry.weekStart)
    .input('hours', sql.Decimal(5, 2), entry.hours)
    .query('INSERT INTO Timesheets (EmployeeId, ProjectId, WeekStart, TotalHours, Status) OUTPUT INSERTED.Id VALUES (@employeeId, @projectId, @weekStart, @hours, \'draft\')');
  return result.recordset[0];
}

async function approve(ids, approverId) {
  const pool = await getPool();
  const request = pool.request().input('approver', sql.Int, approverId);
  const names = ids.map((id, i) => {
    request.input(`id${i}`, sql.Int, Number(id));
    return `@id${i}`;
  });
  // safe: CWE-89
  const result = await request.query(`UPDATE Timesheets SET Status = 'approved', ApprovedBy = @approver WHERE Id IN (${names.join(', ')})`);
  return result.rowsAffected[0];
}

async function pendingOlderThan(days) {
  const pool = await getPool();
  const result = await pool.request().input('days', sql.Int, days).query('SELECT Id, EmployeeId, WeekStart FROM Timesheets WHERE Status = \'draft\' AND WeekStart < DATEADD(day, -@days, GETDATE())');
  return result.recordset;
}

module.exports = { byEmployee, searchByProjectCode, insert, approve, pendingOlderThan };
