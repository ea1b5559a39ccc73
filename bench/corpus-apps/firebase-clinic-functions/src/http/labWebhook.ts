import { onRequest } from "firebase-functions/v2/https";
import { logger } from "firebase-functions";
import { createHmac, timingSafeEqual } from "crypto";
import { REGION, webhookSecret } from "../config";
import { db } from "../lib/admin";
import { labRequest } from "../lib/http";

// Lab partner pushes results; the body is signed with a shared secret.
export const labResults = onRequest({ region: REGION, secrets: [webhookSecret] }, async (req, res) => {
  const signature = String(req.get("x-lab-signature") || "");
  const expected = createHmac("sha256", webhookSecret.value()).update(req.rawBody).digest("hex");
  const a = Buffer.from(signature, "hex");
  const b = Buffer.from(expected, "hex");
  // safe: CWE-345
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    res.status(401).send("bad signature");
    return;
  }
  const { orderId, status } = req.body as { orderId: string; status: string };
  await db.collection("labOrders").doc(orderId).set({ status, receivedAt: new Date() }, { merge: true });
  await labRequest("/acks", { orderId });
  res.status(204).end();
});

// Clinics register where they want result notifications forwarded; "test" sends a ping now.
export const testSubscription = onRequest({ region: REGION }, async (req, res) => {
  const { callbackUrl, clinicId } = req.body as { callbackUrl: string; clinicId: string };
  logger.info("testing subscription", { clinicId });
  try {
    // vuln: CWE-918
    const r = await fetch(callbackUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "ping", clinicId }) });
    res.json({ status: r.status });
  } catch (e) {
    res.status(502).json({ error: "unreachable" });
  }
});
