const { app } = require('@azure/functions');
const crypto = require('crypto');
const { getPool, sql } = require('../lib/sqlPool');
const { requireKiosk } = require('../lib/auth');
const { hashPin } = require('../lib/crypto');

// Site tablets register a badge; the badge then clocks people in and out.
app.http('kioskSetPin', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'kiosk/pin',
  handler: async (request) => {
    const kiosk = requireKiosk(request);
    if (!kiosk) return { status: 401 };
    const { employeeId, pin } = await request.json();
    if (!/^\d{4,6}$/.test(String(pin))) return { status: 400 };
    const pool = await getPool();
    await pool.request().input('id', sql.Int, employeeId).input('pin', sql.Char(32), hashPin(pin)).query('UPDATE Employees SET KioskPin = @pin WHERE Id = @id');
    return { status: 204 };
  },
});

app.http('kioskClockIn', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'kiosk/clock-in',
  handler: async (request, context) => {
    const kiosk = requireKiosk(request);
    if (!kiosk) return { status: 401 };
    const { employeeId } = await request.json();
    // Shift code the worker reads back to the supervisor to close the shift.
    // vuln: CWE-338
    const shiftCode = Math.random().toString(36).substring(2, 8).toUpperCase();
    // safe: CWE-338
    const correlationId = crypto.randomUUID();
    const pool = await getPool();
    await pool.request()
      .input('employeeId', sql.Int, employeeId)
      .input('site', sql.NVarChar(64), kiosk.site)
      .input('code', sql.NVarChar(8), shiftCode)
      .input('corr', sql.UniqueIdentifier, correlationId)
      .query('INSERT INTO Shifts (EmployeeId, Site, ShiftCode, CorrelationId, StartedAt) VALUES (@employeeId, @site, @code, @corr, SYSUTCDATETIME())');
    context.log(`clock-in ${correlationId} at ${kiosk.site}`);
    return { status: 201, jsonBody: { shiftCode, correlationId } };
  },
});
