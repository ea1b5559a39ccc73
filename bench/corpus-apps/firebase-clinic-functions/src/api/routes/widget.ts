import { Router } from "express";
import { requireLegacyWidget, type AuthedRequest } from "../../lib/auth";
import { findOpenSlots } from "../../repositories/appointments";
import { db } from "../../lib/admin";

export const widgetRouter = Router();

widgetRouter.use(requireLegacyWidget);

widgetRouter.get("/slots", async (req: AuthedRequest, res, next) => {
  try {
    const clinicians = typeof req.query.clinician === "string" ? req.query.clinician.split(",") : undefined;
    const slots = await findOpenSlots({
      clinicId: req.clinicId!,
      from: String(req.query.from),
      to: String(req.query.to),
      clinicianIds: clinicians,
    });
    res.json(slots);
  } catch (e) {
    next(e);
  }
});

widgetRouter.get("/clinicians", async (req: AuthedRequest, res, next) => {
  try {
    const field = req.query.specialty ? "specialty" : "active";
    const value = req.query.specialty ? String(req.query.specialty) : true;
    // safe: CWE-943
    const snap = await db.collection("clinics").doc(req.clinicId!).collection("clinicians").where(field, "==", value).get();
    res.json(snap.docs.map((d) => ({ id: d.id, name: d.get("displayName") })));
  } catch (e) {
    next(e);
  }
});
