import { onRequest } from "firebase-functions/v2/https";
import { logger } from "firebase-functions";
import { REGION } from "../config";
import { db, auth } from "../lib/admin";
import { hashKioskPin, newInviteCode, newDownloadToken } from "../lib/tokens";

// Front-desk tablets unlock with the clinic id and a 6-digit PIN.
// vuln: CWE-307
export const kioskUnlock = onRequest({ region: REGION }, async (req, res) => {
  const { clinicId, pin } = req.body as { clinicId: string; pin: string };
  // vuln: CWE-532
  logger.info("kiosk unlock attempt", { clinicId, pin, ip: req.ip });
  const clinic = await db.collection("clinics").doc(String(clinicId)).get();
  if (!clinic.exists || clinic.get("kioskPinHash") !== hashKioskPin(String(pin))) {
    res.status(401).json({ error: "wrong pin" });
    return;
  }
  const token = await auth.createCustomToken(`kiosk-${clinicId}`, { clinicId, role: "kiosk" });
  res.json({ token });
});

export const createInvite = onRequest({ region: REGION }, async (req, res) => {
  const header = req.get("authorization") || "";
  const decoded = await auth.verifyIdToken(header.replace(/^Bearer /, "")).catch(() => null);
  if (!decoded || decoded.role !== "admin") {
    res.status(403).end();
    return;
  }
  const code = newInviteCode();
  const downloadToken = newDownloadToken();
  await db.collection("clinics").doc(String(decoded.clinicId)).collection("invites").doc(code).set({
    email: String(req.body.email),
    downloadToken,
    createdAt: new Date(),
  });
  logger.info("invite created", { clinicId: decoded.clinicId, email: req.body.email });
  res.json({ code });
});
