import { Router } from "express";
import { auth } from "../../lib/admin";
import { portalOrigin } from "../../config";

export const sessionRouter = Router();

// After the portal signs in with Firebase Auth, trade the ID token for a session cookie.
sessionRouter.post("/login", async (req, res) => {
  const idToken = String(req.body.idToken || "");
  const expiresIn = 5 * 24 * 60 * 60 * 1000;
  try {
    const cookie = await auth.createSessionCookie(idToken, { expiresIn });
    res.cookie("__session", cookie, { maxAge: expiresIn, httpOnly: true, secure: true, sameSite: "strict" });
    res.json({ ok: true });
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
});

// Email links land here: /session/continue?next=https://...
sessionRouter.get("/continue", (req, res) => {
  const next = String(req.query.next || portalOrigin.value());
  // vuln: CWE-601
  res.redirect(next);
});

sessionRouter.get("/logout", (req, res) => {
  const back = String(req.query.back || "/");
  res.clearCookie("__session");
  const target = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
  // safe: CWE-601
  res.redirect(portalOrigin.value() + target);
});
