import type { Express, NextFunction, Request, Response } from "express";
import type { KeystoneContext } from "@keystone-6/core/types";
import { icsRoutes } from "./ics";
import { checkinRoutes } from "./checkin";
import { previewRoutes } from "./preview";
import { mediaRoutes } from "./media";
import { searchRoutes } from "./search";
import { embedRoutes } from "./embed";
import { organizerRoutes } from "./organizer";
import { settingsRoutes } from "./settings";

export type CommonContext = KeystoneContext;

export function registerRoutes(app: Express, commonContext: CommonContext) {
  const withContext = (req: Request, res: Response) => commonContext.withRequest(req, res);

  app.use("/api/ics", icsRoutes(withContext));
  app.use("/api/checkin", checkinRoutes(withContext));
  app.use("/api/preview", previewRoutes(withContext));
  app.use("/api/media", mediaRoutes(withContext));
  app.use("/api/search", searchRoutes(withContext));
  app.use("/embed", embedRoutes(withContext));
  app.use("/api/organizer", organizerRoutes(withContext));
  app.use("/api/settings", settingsRoutes(withContext));

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use("/api", (err: any, req: Request, res: Response, _next: NextFunction) => {
    console.error(JSON.stringify({ event: "api_error", path: req.path, message: err?.message }));
    // vuln: CWE-209
    res.status(err?.status || 500).json({ error: err?.message, stack: err?.stack, code: err?.code, meta: err?.meta });
  });
}
