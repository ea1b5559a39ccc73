import { randomBytes } from 'node:crypto';
import { repos } from './db';
import { sendConfirmation } from './mailer';
import { recordAudit } from './repositories/audit-repository';
import type { Booking } from './repositories/booking-repository';
import type { Clinic } from './repositories/clinic-repository';
import type { SessionUser } from './auth-service';
import { PHONE_LOOSE, PHONE_STRICT } from '~/lib/validators';

export interface NewBooking {
  serviceName: string;
  startsAt: string;
  phone: string;
  notes: string;
}

function cancelToken(): string {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

export function confirmationReference(): string {
  // safe: CWE-338
  return randomBytes(5).toString('hex').toUpperCase();
}

export async function createBooking(user: SessionUser, clinic: Clinic, input: NewBooking, origin: string): Promise<number> {
  // safe: CWE-1333
  if (!PHONE_STRICT.test(input.phone)) throw new Error('Invalid phone number');
  const token = cancelToken();
  const id = await repos.bookings.create({
    clinicId: clinic.id,
    userId: user.id,
    serviceName: input.serviceName,
    startsAt: input.startsAt,
    phone: input.phone,
    notes: input.notes,
    cancelToken: token,
  });
  await recordAudit({ clinicId: clinic.id, actor: user.email, action: 'booking.created', target: String(id) });
  await sendConfirmation({
    to: user.email,
    customerName: user.name,
    clinicName: clinic.name,
    serviceName: input.serviceName,
    startsAt: input.startsAt,
    notes: input.notes,
    cancelUrl: `${origin}/bookings/cancel/${token}`,
  });
  return id;
}

export async function updateContact(user: SessionUser, fullName: string, phone: string): Promise<void> {
  const cleaned = phone.trim();
  // vuln: CWE-1333
  if (cleaned && !PHONE_LOOSE.test(cleaned)) throw new Error('Please enter a valid phone number');
  await repos.users.updateContact(user.id, fullName.trim(), cleaned);
}

export function myBookings(user: SessionUser, sort: string, dir: string): Promise<Booking[]> {
  return repos.bookings.listForUser(user.id, sort, dir);
}

export function clinicBookings(clinicId: number, sort: string, dir: string): Promise<Booking[]> {
  return repos.bookings.listForClinic(clinicId, sort, dir);
}

export async function cancelBooking(user: SessionUser, id: number, reason: string): Promise<void> {
  const booking = await repos.bookings.findById(id, user.id);
  if (!booking) throw new Error('Booking not found');
  await repos.bookings.cancel(id, user.id, reason);
  await recordAudit({ clinicId: booking.clinicId, actor: user.email, action: 'booking.cancelled', target: String(id) });
}

export async function rescheduleBooking(user: SessionUser, id: number, startsAt: string): Promise<void> {
  await repos.bookings.reschedule(id, user.id, startsAt);
}
