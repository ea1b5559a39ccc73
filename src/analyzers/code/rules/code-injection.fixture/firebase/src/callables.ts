import { onCall, HttpsError } from "firebase-functions/v2/https";
import * as functions from "firebase-functions/v1";

const RATES: Record<string, (n: number) => number> = { flat: (n) => n, double: (n) => n * 2 };

// v2: `request.data` is what the client sent.
export const quote = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first");
  const { formula } = request.data as { formula: string };
  // ruleid: js/code-injection
  const fn = new Function("n", `return (${formula});`);
  return fn(3);
});

// `request.auth` is the verified ID token: not the client's to choose.
export const quoteForRole = onCall({ region: "europe-west1" }, async (request) => {
  const role = String(request.auth?.token.role ?? "flat");
  // ok: js/code-injection
  const fn = new Function("n", `return ${JSON.stringify(role)}.length * n;`);
  const rate = RATES[String(request.data?.rate)] ?? RATES.flat;
  return { fee: rate(fn(2)) };
});

// v1: the handler gets `(data, context)`.
export const evaluate = functions.https.onCall((data, context) => {
  if (!context.auth) throw new functions.https.HttpsError("unauthenticated", "Sign in first");
  // ruleid: js/code-injection
  return eval(data.expression);
});

export const whoAmI = functions.region("europe-west1").https.onCall((data, context) => {
  // ok: js/code-injection
  return eval(`"${context.auth?.uid.replace(/\W/g, "")}"`);
});
