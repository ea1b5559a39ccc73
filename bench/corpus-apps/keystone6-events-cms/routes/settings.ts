import { Router, Request, Response } from "express";
import type { KeystoneContext } from "@keystone-6/core/types";
import { applyThemeEdits, applyKnownThemeEdits } from "../lib/merge";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;

export function settingsRoutes(withContext: WithContext) {
  const router = Router();

  router.get("/theme", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      const settings = await context.query.Setting.findOne({ where: { id: "1" }, query: "siteName theme" });
      res.json(settings ?? {});
    } catch (err) {
      next(err);
    }
  });

  // Theme editor in the admin UI (custom page) saves flat edits.
  router.patch("/theme", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      if (context.session?.data?.role !== "admin") return res.status(403).end();
      const current = await context.sudo().query.Setting.findOne({ where: { id: "1" }, query: "theme" });
      const theme = applyThemeEdits({ ...(current?.theme ?? {}) }, req.body ?? {});
      await context.sudo().query.Setting.updateOne({ where: { id: "1" }, data: { theme } });
      res.json(theme);
    } catch (err) {
      next(err);
    }
  });

  // Per-organizer colour overrides for their own embed widgets.
  router.patch("/organizer-theme", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      if (!context.session) return res.status(401).end();
      const current = await context.sudo().query.Setting.findOne({ where: { id: "1" }, query: "theme" });
      const theme = applyKnownThemeEdits({ ...(current?.theme ?? {}) }, req.body ?? {});
      res.json(theme);
    } catch (err) {
      next(err);
    }
  });

  return router;
}
