import { Router, Request, Response } from "express";
import type { KeystoneContext } from "@keystone-6/core/types";
import { escapeHtml } from "../lib/html";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;

const THEMES = new Set(["light", "dark", "harbour"]);

function page(body: string, theme: string) {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/embed.css"></head><body class="theme-${theme}">${body}</body></html>`;
}

export function embedRoutes(withContext: WithContext) {
  const router = Router();

  // These pages are meant to be framed by partner sites.
  router.use((req, res, next) => {
    res.removeHeader("x-frame-options");
    next();
  });

  // Partner sites iframe this: /embed/upcoming?venue=the-warehouse&heading=What's%20on&theme=dark
  router.get("/upcoming", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      const theme = THEMES.has(String(req.query.theme)) ? String(req.query.theme) : "light";
      const heading = String(req.query.heading ?? "Upcoming events");
      const events = await context.query.Event.findMany({
        where: { status: { equals: "published" }, venue: { slug: { equals: String(req.query.venue ?? "") } } },
        orderBy: { startsAt: "asc" },
        take: 6,
        query: "title slug startsAt"
      });
      const items = events
        .map((e) => `<li><a href="https://harbourside.example/events/${encodeURIComponent(String(e.slug))}" target="_top">${escapeHtml(e.title)}</a></li>`)
        .join("");
      res.set("content-security-policy", "frame-ancestors *");
      // vuln: CWE-79
      res.type("html").send(page(`<h2>${heading}</h2><ul>${items}</ul>`, theme));
    } catch (err) {
      next(err);
    }
  });

  router.get("/event/:slug", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      const event = await context.query.Event.findOne({ where: { slug: req.params.slug }, query: "title startsAt venue { name }" });
      if (!event) return res.status(404).type("html").send(page("<p>Event not found</p>", "light"));
      const ref = escapeHtml(String(req.query.ref ?? ""));
      // safe: CWE-79
      res.type("html").send(page(`<h2>${escapeHtml(event.title)}</h2><p>${escapeHtml(event.venue?.name)}</p><small data-ref="${ref}"></small>`, "light"));
    } catch (err) {
      next(err);
    }
  });

  return router;
}
