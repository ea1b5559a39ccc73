import express from "express";
import rateLimit from "express-rate-limit";
import { onRequest } from "firebase-functions/v2/https";

// The Express app limits its own requests; the other functions are deployed beside it, not behind it.
const app = express();
app.use(rateLimit({ windowMs: 60 * 1000, limit: 60 }));
// ok: js/missing-rate-limit
app.post("/login", (req, res) => res.sendStatus(501));

export const api = onRequest(app);
export { kioskUnlock, setKioskPin, status, verifyPin } from "./kiosk";
export { login } from "./legacy";
