export function usersRepository(pg) {
  return {
    async byEmail(email) {
      // safe: CWE-89
      const { rows } = await pg.query('SELECT id, email, password_hash, password_salt, role, display_name FROM users WHERE lower(email) = lower($1)', [email]);
      return rows[0] ?? null;
    },

    async create({ email, displayName, passwordHash, passwordSalt, role, venueId }) {
      // safe: CWE-89
      const { rows } = await pg.query(
        'INSERT INTO users (email, display_name, password_hash, password_salt, role, venue_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [email, displayName, passwordHash, passwordSalt, role, venueId ?? null],
      );
      return rows[0].id;
    },

    async setAvatar(id, file) {
      await pg.query('UPDATE users SET avatar_file = $2 WHERE id = $1', [id, file]);
    },
  };
}
