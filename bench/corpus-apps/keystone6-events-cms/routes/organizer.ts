import { Router, Request, Response, NextFunction } from "express";
import type { KeystoneContext } from "@keystone-6/core/types";
import { attendanceByTag, salesSummary } from "../lib/db";
import { fetchLinkPreview } from "../lib/webhooks";
import { nameBadge, ticketQr } from "../lib/badges";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;

export function organizerRoutes(withContext: WithContext) {
  const router = Router();

  const requireOrganizer = async (req: Request, res: Response, next: NextFunction) => {
    const context = await withContext(req, res);
    const role = context.session?.data?.role;
    if (role !== "admin" && role !== "organizer") return res.status(403).json({ error: "organizers only" });
    res.locals.context = context;
    next();
  };

  router.use(requireOrganizer);

  router.get("/attendance", async (req, res, next) => {
    try {
      const context: KeystoneContext = res.locals.context;
      res.json(await attendanceByTag(context, context.session.itemId, String(req.query.tag ?? "")));
    } catch (err) {
      next(err);
    }
  });

  router.get("/sales", async (req, res, next) => {
    try {
      res.json(await salesSummary(res.locals.context, String(req.query.order ?? "date")));
    } catch (err) {
      next(err);
    }
  });

  router.post("/link-preview", async (req, res, next) => {
    try {
      res.json(await fetchLinkPreview(String(req.body?.url ?? "")));
    } catch (err) {
      next(err);
    }
  });

  router.post("/badges", async (req, res, next) => {
    try {
      const { eventSlug, name, role } = req.body ?? {};
      const file = await nameBadge(String(eventSlug), String(name), String(role || "Crew"));
      res.sendFile(file);
    } catch (err) {
      next(err);
    }
  });

  router.get("/tickets/:code/qr", async (req, res, next) => {
    try {
      const code = String(req.params.code).toUpperCase();
      if (!/^[A-Z0-9]{10}$/.test(code)) return res.status(400).json({ error: "bad ticket code" });
      const file = await ticketQr(code);
      res.sendFile(file);
    } catch (err) {
      next(err);
    }
  });

  return router;
}
