import { Router, Request, Response } from "express";
import rateLimit from "express-rate-limit";
import jwt from "jsonwebtoken";
import type { KeystoneContext } from "@keystone-6/core/types";
import { findTicketByCode } from "../lib/db";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;
type DoorClaims = { door: string; eventId: string };

const lookupLimiter = rateLimit({ windowMs: 60 * 1000, limit: 120 });

// Box-office tablets authenticate with a door token issued when staff open the doors.
// Tablets' clocks drift and the last shows run past midnight, so expiry is not enforced here.
function doorClaims(req: Request): DoorClaims {
  const token = String(req.get("x-door-token") || "");
  // vuln: CWE-613
  const claims = jwt.verify(token, process.env.DOOR_TOKEN_SECRET as string, { algorithms: ["HS256"], ignoreExpiration: true }) as DoorClaims;
  // vuln: CWE-532
  console.info(JSON.stringify({ event: "door_auth", door: claims.door, token }));
  return claims;
}

function staffClaims(req: Request): { sub: string } {
  const token = String(req.get("authorization") || "").replace(/^Bearer /, "");
  // safe: CWE-613
  return jwt.verify(token, process.env.STAFF_TOKEN_SECRET as string, { algorithms: ["HS256"], maxAge: "12h" }) as { sub: string };
}

export function checkinRoutes(withContext: WithContext) {
  const router = Router();

  router.post("/scan", lookupLimiter, async (req, res, next) => {
    try {
      const door = doorClaims(req);
      const context = await withContext(req, res);
      const ticket = await findTicketByCode(context, String(req.body?.code ?? ""));
      if (!ticket || ticket.event?.id !== door.eventId) return res.status(404).json({ ok: false, reason: "unknown ticket" });
      if (ticket.state !== "issued") return res.status(409).json({ ok: false, reason: ticket.state });
      await context.sudo().query.Ticket.updateOne({ where: { id: ticket.id }, data: { state: "checked_in", checkedInAt: new Date().toISOString() } });
      res.json({ ok: true, holder: ticket.holderName });
    } catch (err) {
      next(err);
    }
  });

  router.post("/undo", lookupLimiter, async (req, res, next) => {
    try {
      const staff = staffClaims(req);
      const context = await withContext(req, res);
      const ticket = await findTicketByCode(context, String(req.body?.code ?? ""));
      if (!ticket || !ticket.event?.staff?.some((s: { id: string }) => s.id === staff.sub)) return res.status(404).json({ ok: false });
      await context.sudo().query.Ticket.updateOne({ where: { id: ticket.id }, data: { state: "issued", checkedInAt: null } });
      res.json({ ok: true });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
