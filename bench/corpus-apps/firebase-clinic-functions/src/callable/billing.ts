import { onCall, HttpsError } from "firebase-functions/v2/https";
import { REGION } from "../config";
import { db } from "../lib/admin";

const FEE_RULES: Record<string, (minutes: number, base: number) => number> = {
  flat: (_m, base) => base,
  perQuarterHour: (m, base) => Math.ceil(m / 15) * base,
  capped: (m, base) => Math.min(Math.ceil(m / 15) * base, base * 6),
};

// Clinics may store a custom fee expression such as "base * 1.2 + minutes * 0.5".
export const estimateFee = onCall({ region: REGION }, async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first");
  const { clinicId, minutes, expression } = request.data as { clinicId: string; minutes: number; expression?: string };
  const clinic = await db.collection("clinics").doc(clinicId).get();
  const base = Number(clinic.get("baseFee") || 0);
  if (expression) {
    // vuln: CWE-94
    const fn = new Function("minutes", "base", `return (${expression});`);
    return { fee: Number(fn(Number(minutes), base)) };
  }
  const rule = FEE_RULES[String(clinic.get("feeRule"))] ?? FEE_RULES.flat;
  // safe: CWE-94
  return { fee: rule(Number(minutes), base) };
});
