import { Router, Request, Response } from "express";
import type { KeystoneContext } from "@keystone-6/core/types";
import { escapeRegExp } from "../lib/html";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;

export function searchRoutes(withContext: WithContext) {
  const router = Router();

  // Public quick search over published events.
  router.get("/events", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      const q = String(req.query.q ?? "").slice(0, 80);
      const events = await context.query.Event.findMany({
        where: { status: { equals: "published" }, title: { contains: q, mode: "insensitive" } },
        orderBy: { startsAt: "asc" },
        take: 25,
        query: "id title slug startsAt venue { name }"
      });
      const rx = new RegExp(escapeRegExp(q), "i");
      // safe: CWE-1333
      res.json(events.map((e) => ({ ...e, exact: rx.test(String(e.title)) })));
    } catch (err) {
      next(err);
    }
  });

  // Organizer tool: filter ticket holders by a pattern ("^Dr\\.", "@acme\\.com$", ...).
  router.get("/holders", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      if (!context.session) return res.status(401).end();
      const tickets = await context.query.Ticket.findMany({
        where: { event: { id: { equals: String(req.query.event ?? "") } } },
        query: "id code holderName holderEmail state",
        take: 5000
      });
      const pattern = new RegExp(String(req.query.pattern ?? ""), "i");
      // vuln: CWE-400
      const matches = tickets.filter((t) => pattern.test(`${t.holderName} <${t.holderEmail}>`));
      res.json(matches);
    } catch (err) {
      next(err);
    }
  });

  return router;
}
