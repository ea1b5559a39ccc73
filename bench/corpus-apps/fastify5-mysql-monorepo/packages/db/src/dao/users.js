/** @typedef {import('mysql2/promise').Pool} Pool */

/** @param {Pool} db */
export async function findByEmail(db, email) {
  // safe: CWE-89
  const [rows] = await db.execute('SELECT id, email, name, password_hash, role FROM users WHERE email = ? LIMIT 1', [email]);
  return rows[0] ?? null;
}

/** @param {Pool} db */
export async function findById(db, id) {
  const [rows] = await db.execute('SELECT id, email, name, role FROM users WHERE id = ?', [id]);
  return rows[0] ?? null;
}

/** @param {Pool} db */
export async function create(db, { email, name, passwordHash }) {
  const [res] = await db.execute('INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, ?, ?)', [email, name, passwordHash, 'creator']);
  return res.insertId;
}

/** @param {Pool} db */
export async function setResetToken(db, userId, token, expiresAt) {
  await db.execute('UPDATE users SET reset_token = ?, reset_expires_at = ? WHERE id = ?', [token, expiresAt, userId]);
}

/**
 * Looks a reset token up. `token` is whatever the client posted.
 * @param {Pool} db
 */
export async function findByResetToken(db, token) {
  // vuln: CWE-89
  const [rows] = await db.query('SELECT id, email FROM users WHERE reset_token = ? AND reset_expires_at > NOW()', [token]);
  return rows[0] ?? null;
}

/** Same lookup for e-mail verification links; the route schema makes `code` a string. */
export async function findByVerifyCode(db, code) {
  // safe: CWE-89
  const [rows] = await db.query('SELECT id, email FROM users WHERE verify_code = ?', [code]);
  return rows[0] ?? null;
}

/** @param {Pool} db */
export async function updatePassword(db, userId, passwordHash) {
  await db.execute('UPDATE users SET password_hash = ?, reset_token = NULL, reset_expires_at = NULL WHERE id = ?', [passwordHash, userId]);
}

/** @param {Pool} db */
export async function saveIntegrationToken(db, userId, provider, encrypted) {
  await db.execute(
    'INSERT INTO integration_tokens (user_id, provider, token_enc) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE token_enc = VALUES(token_enc)',
    [userId, provider, encrypted],
  );
}
