export function invitesRepository(pg) {
  return {
    async create(code, venueId, role, createdBy) {
      // safe: CWE-89
      await pg.query(
        "INSERT INTO staff_invites (code, venue_id, role, created_by, expires_at) VALUES ($1, $2, $3, $4, now() + interval '7 days')",
        [code, venueId, role, createdBy],
      );
    },

    async consume(code) {
      const { rows } = await pg.query(
        'UPDATE staff_invites SET used_at = now() WHERE code = $1 AND used_at IS NULL AND expires_at > now() RETURNING venue_id, role',
        [code],
      );
      return rows[0] ?? null;
    },
  };
}
