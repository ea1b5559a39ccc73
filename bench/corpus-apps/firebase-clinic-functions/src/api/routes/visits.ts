import { Router } from "express";
import type { AuthedRequest } from "../../lib/auth";
import { visitsRepository } from "../../repositories/visits";
import { escapeRegExp } from "../../lib/html";

export const visitsRouter = Router();

visitsRouter.get("/", async (req: AuthedRequest, res, next) => {
  try {
    const sort = String(req.query.sort || "date");
    const limit = parseInt(String(req.query.limit || "50"), 10) || 50;
    res.json(await visitsRepository.listForClinic(req.clinicId!, sort, limit));
  } catch (e) {
    next(e);
  }
});

visitsRouter.get("/search", async (req: AuthedRequest, res, next) => {
  try {
    const name = String(req.query.name || "");
    res.json(await visitsRepository.searchByPatientName(req.clinicId!, name));
  } catch (e) {
    next(e);
  }
});

// Client-side "smart filter" on visit notes: clinicians can type a pattern.
visitsRouter.post("/:id/notes/filter", async (req: AuthedRequest, res, next) => {
  try {
    const visit = await visitsRepository.byId(req.clinicId!, req.params.id);
    if (!visit) return res.status(404).end();
    const lines: string[] = String(visit.notes || "").split("\n");
    const pattern = new RegExp(String(req.body.pattern), "i");
    // vuln: CWE-400
    res.json(lines.filter((l) => pattern.test(l)));
  } catch (e) {
    next(e);
  }
});

visitsRouter.get("/:id/notes/highlight", async (req: AuthedRequest, res, next) => {
  try {
    const visit = await visitsRepository.byId(req.clinicId!, req.params.id);
    if (!visit) return res.status(404).end();
    const term = new RegExp(escapeRegExp(String(req.query.term || "").slice(0, 64)), "gi");
    // safe: CWE-400
    const hits = String(visit.notes || "").match(term) || [];
    res.json({ count: hits.length });
  } catch (e) {
    next(e);
  }
});
