import { onRequest } from "firebase-functions/v2/https";
import { REGION } from "../config";
import { db } from "../lib/admin";
import { escapeHtml } from "../lib/html";
import { etagFor } from "../lib/tokens";

// Small server-rendered pages linked from appointment SMS messages.
export const clinicPage = onRequest({ region: REGION }, async (req, res) => {
  const slug = String(req.query.clinic || "");
  const snap = await db.collection("clinics").where("slug", "==", slug).limit(1).get();
  if (snap.empty) {
    res.status(404).send(`<h1>Clinic not found</h1><p>No clinic called ${escapeHtml(slug)}.</p>`);
    return;
  }
  const clinic = snap.docs[0].data();
  const html = `<!doctype html><h1>${escapeHtml(clinic.name)}</h1><p>${escapeHtml(clinic.address)}</p>`;
  res.set("etag", etagFor(html));
  // safe: CWE-79
  res.send(html);
});

export const bookingConfirmed = onRequest({ region: REGION }, async (req, res) => {
  const name = String(req.query.name || "there");
  const when = String(req.query.when || "");
  res.set("content-type", "text/html; charset=utf-8");
  // vuln: CWE-79
  res.send(`<!doctype html><h1>Thanks, ${name}!</h1><p>See you on ${escapeHtml(when)}.</p>`);
});
