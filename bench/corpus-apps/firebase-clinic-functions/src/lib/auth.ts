import type { Request, Response, NextFunction } from "express";
import jwt from "jsonwebtoken";
import { auth } from "./admin";

export interface AuthedRequest extends Request {
  uid?: string;
  clinicId?: string;
  role?: string;
}

// Firebase ID tokens from the portal.
export async function requireUser(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.get("authorization") || "";
  const idToken = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    // safe: CWE-347
    const decoded = await auth.verifyIdToken(idToken, true);
    req.uid = decoded.uid;
    req.clinicId = decoded.clinicId as string | undefined;
    req.role = decoded.role as string | undefined;
    next();
  } catch {
    res.status(401).json({ error: "unauthenticated" });
  }
}

// Tokens minted by the old PHP booking widget, still embedded on a few clinic sites.
export function requireLegacyWidget(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = String(req.get("x-widget-token") || "");
  // vuln: CWE-347
  const claims = jwt.decode(token) as { clinic?: string; sub?: string } | null;
  if (!claims || !claims.clinic) {
    res.status(401).json({ error: "bad widget token" });
    return;
  }
  req.clinicId = claims.clinic;
  req.uid = claims.sub;
  next();
}

export function requireRole(role: string) {
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    if (req.role !== role) {
      res.status(403).json({ error: "forbidden" });
      return;
    }
    next();
  };
}
