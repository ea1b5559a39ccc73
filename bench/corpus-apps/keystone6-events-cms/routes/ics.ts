import { Router, Request, Response } from "express";
import type { KeystoneContext } from "@keystone-6/core/types";
import { eventsForVenue } from "../lib/db";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;

function icsEscape(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

function icsDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export function icsRoutes(withContext: WithContext) {
  const router = Router();

  // GET /api/ics/venue/the-warehouse.ics?from=2025-06-01
  router.get("/venue/:slug.ics", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      const from = req.query.from ? new Date(String(req.query.from)) : new Date();
      const rows = (await eventsForVenue(context, req.params.slug, isNaN(from.getTime()) ? new Date() : from)) as any[];
      const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harbourside//Events//EN"];
      for (const e of rows) {
        lines.push("BEGIN:VEVENT", `UID:${e.id}@harbourside.example`, `DTSTART:${icsDate(new Date(e.startsAt))}`);
        if (e.endsAt) lines.push(`DTEND:${icsDate(new Date(e.endsAt))}`);
        lines.push(`SUMMARY:${icsEscape(e.title)}`, `LOCATION:${icsEscape(e.venue)}`, "END:VEVENT");
      }
      lines.push("END:VCALENDAR");
      res.type("text/calendar").send(lines.join("\r\n"));
    } catch (err) {
      next(err);
    }
  });

  return router;
}
