import { onRequest } from "firebase-functions/v2/https";
import { getAuth } from "firebase-admin/auth";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { checkPin, savePin } from "./pins";

// A standalone HTTP function served at /kioskUnlock that checks a 6-digit PIN.
// ruleid: js/missing-rate-limit
export const kioskUnlock = onRequest(async (req, res) => {
  const { clinicId, pin } = req.body as { clinicId: string; pin: string };
  res.status((await checkPin(clinicId, pin)) ? 200 : 401).end();
});

// A signed-in admin sets the PIN: the caller is checked first, nothing is guessed.
// ok: js/missing-rate-limit
export const setKioskPin = onRequest(async (req, res) => {
  const decoded = await getAuth().verifyIdToken(String(req.get("authorization")).replace(/^Bearer /, ""));
  await savePin(decoded.clinicId, req.body.pin);
  res.end();
});

// ok: js/missing-rate-limit
export const status = onRequest((req, res) => {
  res.json({ ok: true });
});

const limiter = new RateLimiterMemory({ points: 5, duration: 60 });

// ok: js/missing-rate-limit
export const verifyPin = onRequest(async (req, res) => {
  await limiter.consume(req.ip ?? "unknown");
  const { clinicId, pin } = req.body;
  res.status((await checkPin(clinicId, pin)) ? 200 : 401).end();
});
