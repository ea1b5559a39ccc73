import { Router, Request, Response } from "express";
import { createReadStream, existsSync } from "fs";
import { basename, join, resolve, sep } from "path";
import type { KeystoneContext } from "@keystone-6/core/types";

type WithContext = (req: Request, res: Response) => Promise<KeystoneContext>;

const FILES_ROOT = resolve(process.cwd(), "public", "files");
const PRESS_ROOT = resolve(process.cwd(), "press-kits");

export function mediaRoutes(withContext: WithContext) {
  const router = Router();

  // Press kits are zips uploaded per event folder by organizers:
  // /api/media/press?event=summer-jazz&file=kit.zip
  router.get("/press", async (req, res, next) => {
    try {
      const context = await withContext(req, res);
      if (!context.session) return res.status(401).end();
      const file = join(PRESS_ROOT, String(req.query.event ?? ""), String(req.query.file ?? ""));
      if (!existsSync(file)) return res.status(404).end();
      res.attachment(basename(file));
      // vuln: CWE-22
      createReadStream(file).pipe(res);
    } catch (err) {
      next(err);
    }
  });

  // Public programme PDFs stored by the `event_files` storage.
  router.get("/programme/:name", (req, res) => {
    const file = resolve(FILES_ROOT, basename(req.params.name));
    if (!file.startsWith(FILES_ROOT + sep) || !existsSync(file)) return res.status(404).end();
    res.type("application/pdf");
    // safe: CWE-22
    createReadStream(file).pipe(res);
  });

  return router;
}
