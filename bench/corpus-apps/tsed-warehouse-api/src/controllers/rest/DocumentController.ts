import { Controller } from "@tsed/di";
import { Get, Post } from "@tsed/schema";
import { PathParams, QueryParams, BodyParams, Res } from "@tsed/platform-params";
import { BadRequest, NotFound, Forbidden } from "@tsed/exceptions";
import { UseAuth } from "@tsed/platform-middlewares";
import { createReadStream, existsSync } from "fs";
import { writeFile } from "fs/promises";
import { basename, join, resolve, sep } from "path";
import { envs } from "../../config/envs";
import { StaffAuthMiddleware } from "../../middlewares/StaffAuthMiddleware";

@Controller("/documents")
@UseAuth(StaffAuthMiddleware, { roles: [] })
export class DocumentController {
  // Customs paperwork and delivery notes, stored per customer folder:
  // GET /rest/documents/ACME/customs-2024-03.pdf
  @Get("/:customer/:name")
  download(@PathParams("customer") customer: string, @PathParams("name") name: string, @Res() res: Res) {
    const file = join(envs.documentsRoot, customer, name);
    if (!existsSync(file)) throw new NotFound("no such document");
    res.setHeader("content-disposition", `attachment; filename="${encodeURIComponent(name)}"`);
    // vuln: CWE-22
    return createReadStream(file);
  }

  @Get("/exports/file")
  exportFile(@QueryParams("name") name: string, @Res() res: Res) {
    if (!name) throw new BadRequest("name is required");
    const root = resolve(envs.exportsRoot);
    const file = resolve(root, basename(name));
    if (!file.startsWith(root + sep)) throw new Forbidden("outside exports");
    if (!existsSync(file)) throw new NotFound("no such export");
    res.setHeader("content-type", "text/csv");
    // safe: CWE-22
    return createReadStream(file);
  }

  @Post("/exports/notes")
  async saveNote(@BodyParams("title") title: string, @BodyParams("text") text: string) {
    const slug = String(title || "note").toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, 60);
    const file = join(envs.exportsRoot, `${slug}-${Date.now()}.txt`);
    // safe: CWE-22
    await writeFile(file, String(text ?? ""), "utf8");
    return { file: basename(file) };
  }
}
