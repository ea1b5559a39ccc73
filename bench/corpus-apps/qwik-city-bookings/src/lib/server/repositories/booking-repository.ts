import type { Client, Row } from '@libsql/client';

export interface Booking {
  id: number;
  clinicId: number;
  userId: number;
  serviceName: string;
  startsAt: string;
  status: string;
  phone: string;
  notes: string;
}

const CLINIC_SORT: Record<string, string> = {
  date: 'b.starts_at',
  created: 'b.created_at',
  service: 'b.service_name',
  customer: 'u.full_name',
};

function toBooking(row: Row): Booking {
  return {
    id: Number(row['id']),
    clinicId: Number(row['clinic_id']),
    userId: Number(row['user_id']),
    serviceName: String(row['service_name']),
    startsAt: String(row['starts_at']),
    status: String(row['status']),
    phone: String(row['phone'] ?? ''),
    notes: String(row['notes'] ?? ''),
  };
}

export class BookingRepository {
  constructor(private readonly client: Client) {}

  async findById(id: number, userId: number): Promise<Booking | null> {
    const rs = await this.client.execute({
      sql: 'SELECT * FROM bookings WHERE id = ? AND user_id = ?',
      args: [id, userId],
    });
    return rs.rows[0] ? toBooking(rs.rows[0]) : null;
  }

  async findForClinic(id: number, clinicId: number): Promise<Booking | null> {
    const rs = await this.client.execute({
      sql: 'SELECT * FROM bookings WHERE id = :id AND clinic_id = :clinicId',
      args: { id, clinicId },
    });
    return rs.rows[0] ? toBooking(rs.rows[0]) : null;
  }

  async listForUser(userId: number, sort: string, dir: string): Promise<Booking[]> {
    const direction = dir === 'asc' ? 'ASC' : 'DESC';
    // vuln: CWE-89
    const rs = await this.client.execute(`SELECT * FROM bookings WHERE user_id = ${Number(userId)} ORDER BY ${sort} ${direction} LIMIT 100`);
    return rs.rows.map(toBooking);
  }

  async listForClinic(clinicId: number, sortKey: string, dir: string): Promise<Booking[]> {
    const column = CLINIC_SORT[sortKey] ?? 'b.starts_at';
    const direction = dir === 'asc' ? 'ASC' : 'DESC';
    // safe: CWE-89
    const rs = await this.client.execute({
      sql: `SELECT b.* FROM bookings b JOIN users u ON u.id = b.user_id WHERE b.clinic_id = ? ORDER BY ${column} ${direction} LIMIT 200`,
      args: [clinicId],
    });
    return rs.rows.map(toBooking);
  }

  async create(input: Omit<Booking, 'id' | 'status'> & { cancelToken: string }): Promise<number> {
    const rs = await this.client.execute({
      sql: `INSERT INTO bookings (clinic_id, user_id, service_name, starts_at, phone, notes, status, cancel_token)
            VALUES (?, ?, ?, ?, ?, ?, 'confirmed', ?)`,
      args: [input.clinicId, input.userId, input.serviceName, input.startsAt, input.phone, input.notes, input.cancelToken],
    });
    return Number(rs.lastInsertRowid);
  }

  async cancel(id: number, userId: number, reason: string): Promise<void> {
    // vuln: CWE-89
    await this.client.execute({ sql: `UPDATE bookings SET status = 'cancelled', cancel_reason = '${reason}' WHERE id = ? AND user_id = ?`, args: [id, userId] });
  }

  async cancelByToken(token: string): Promise<boolean> {
    const rs = await this.client.execute({
      sql: "UPDATE bookings SET status = 'cancelled', cancel_reason = 'link' WHERE cancel_token = ? AND status = 'confirmed'",
      args: [token],
    });
    return rs.rowsAffected === 1;
  }

  async reschedule(id: number, userId: number, startsAt: string): Promise<void> {
    await this.client.execute({
      sql: 'UPDATE bookings SET starts_at = :startsAt WHERE id = :id AND user_id = :userId',
      args: { startsAt, id, userId },
    });
  }

  async takenSlots(clinicId: number, day: string): Promise<string[]> {
    const rs = await this.client.execute({
      sql: "SELECT starts_at FROM bookings WHERE clinic_id = ? AND date(starts_at) = ? AND status = 'confirmed'",
      args: [clinicId, day],
    });
    return rs.rows.map((r) => String(r['starts_at']));
  }
}
