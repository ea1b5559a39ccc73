import { onCall, HttpsError } from "firebase-functions/v2/https";
import Handlebars from "handlebars";
import template from "lodash/template";
import { REGION } from "../config";
import { db } from "../lib/admin";

const WELCOME_TEMPLATE = Handlebars.compile(
  "<p>Dear {{firstName}},</p><p>Welcome to {{clinicName}}. Your invite code is <b>{{code}}</b>.</p>"
);

// Clinic admins design their own letter in the portal ("Dear <%= firstName %>") and preview it.
export const previewLetter = onCall({ region: REGION }, async (request) => {
  if (request.auth?.token.role !== "admin") throw new HttpsError("permission-denied", "Admins only");
  const source = String(request.data?.template || "");
  // vuln: CWE-1336, CWE-94
  const render = template(source);
  return { html: render({ firstName: "Sam", clinicName: "Brightside", code: "ABCD2345" }) };
});

export const welcomeLetter = onCall({ region: REGION }, async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first");
  const user = await db.collection("users").doc(request.auth.uid).get();
  // safe: CWE-1336
  const html = WELCOME_TEMPLATE({ firstName: user.get("firstName"), clinicName: user.get("clinicName"), code: user.get("inviteCode") });
  return { html };
});
