import { Router } from "express";
import { db } from "../../lib/admin";
import type { AuthedRequest } from "../../lib/auth";
import { deepMerge, pickKnown } from "../../lib/merge";

export const preferencesRouter = Router();

const CLINIC_SETTINGS = ["openingHours", "phone", "bookingLeadDays", "reminderHours"] as const;

preferencesRouter.patch("/me", async (req: AuthedRequest, res, next) => {
  try {
    const ref = db.collection("preferences").doc(req.uid!);
    const snap = await ref.get();
    const current = snap.exists ? (snap.data() as Record<string, any>) : {};
    const merged = deepMerge(current, req.body);
    await ref.set(merged);
    res.json(merged);
  } catch (e) {
    next(e);
  }
});

preferencesRouter.patch("/clinic", async (req: AuthedRequest, res, next) => {
  try {
    if (req.role !== "admin") return res.status(403).end();
    const patch = pickKnown(req.body, CLINIC_SETTINGS);
    await db.collection("clinics").doc(req.clinicId!).set({ settings: patch }, { merge: true });
    res.json(patch);
  } catch (e) {
    next(e);
  }
});
