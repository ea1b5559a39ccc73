import { Router, Request, Response } from "express";
import type { KeystoneContext } from "@keystone-6/core/types";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;

const SITE_URL = process.env.PUBLIC_SITE_URL || "https://harbourside.example";

export function previewRoutes(withContext: WithContext) {
  const router = Router();

  // Admin UI "Preview" button: /api/preview/start?slug=summer-jazz
  router.get("/start", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      if (!context.session) return res.status(401).send("sign in first");
      const slug = String(req.query.slug ?? "").replace(/[^a-z0-9-]/g, "");
      const target = new URL(`/events/${slug}`, SITE_URL);
      target.searchParams.set("preview", "1");
      // safe: CWE-601
      res.redirect(target.toString());
    } catch (err) {
      next(err);
    }
  });

  // The Next.js site sends editors back here after leaving preview mode:
  // /api/preview/exit?redirect=https://harbourside.example/events/summer-jazz
  router.get("/exit", (req, res) => {
    res.clearCookie("__prerender_bypass");
    res.clearCookie("__next_preview_data");
    // vuln: CWE-601
    res.redirect(String(req.query.redirect || SITE_URL));
  });

  return router;
}
