const { app } = require('@azure/functions');
const { getPool, sql } = require('../lib/sqlPool');
const { requireUser } = require('../lib/auth');
const { encryptBankAccount, encryptNote, hashPassword } = require('../lib/crypto');
const { json } = require('../lib/responses');

app.http('profileBank', {
  methods: ['PUT'],
  authLevel: 'anonymous',
  route: 'me/bank',
  handler: async (request) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const { iban, note } = await request.json();
    const pool = await getPool();
    await pool.request()
      .input('id', sql.Int, Number(user.sub))
      .input('iban', sql.NVarChar(256), encryptBankAccount(String(iban).replace(/\s+/g, '')))
      .input('note', sql.NVarChar(sql.MAX), note ? encryptNote(String(note)) : null)
      .query('UPDATE Employees SET BankIban = @iban, BankNote = @note WHERE Id = @id');
    return json(200, { ok: true }, request);
  },
});

app.http('profilePassword', {
  methods: ['PUT'],
  authLevel: 'anonymous',
  route: 'me/password',
  handler: async (request) => {
    const user = requireUser(request);
    if (!user) return { status: 401 };
    const { password } = await request.json();
    if (typeof password !== 'string' || password.length < 12) return { status: 400, jsonBody: { error: 'password too short' } };
    const pool = await getPool();
    await pool.request().input('id', sql.Int, Number(user.sub)).input('hash', sql.NVarChar(256), hashPassword(password)).query('UPDATE Employees SET PasswordHash = @hash WHERE Id = @id');
    return { status: 204 };
  },
});
