import { onCall, HttpsError } from "firebase-functions/v2/https";
import { REGION, pgConnectionString } from "../config";
import { bookSlot, findOpenSlots, slotsForService } from "../repositories/appointments";
import { db } from "../lib/admin";
import { FieldValue } from "firebase-admin/firestore";

export const listSlots = onCall({ region: REGION, secrets: [pgConnectionString] }, async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first");
  const { clinicId, from, to, service } = request.data as { clinicId: string; from: string; to: string; service?: string };
  if (service) {
    return slotsForService(clinicId, service);
  }
  return findOpenSlots({ clinicId, from, to });
});

export const bookAppointment = onCall({ region: REGION, secrets: [pgConnectionString], enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first");
  const slotId = String(request.data?.slotId || "");
  if (!/^[0-9a-f-]{36}$/.test(slotId)) throw new HttpsError("invalid-argument", "slotId");
  const ok = await bookSlot(slotId, request.auth.uid);
  if (!ok) throw new HttpsError("already-exists", "Slot taken");
  await db.collection("users").doc(request.auth.uid).collection("bookings").add({
    slotId,
    createdAt: FieldValue.serverTimestamp(),
  });
  return { ok: true };
});
