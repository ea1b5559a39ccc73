import { Controller, Inject } from "@tsed/di";
import { Post } from "@tsed/schema";
import { BodyParams, HeaderParams } from "@tsed/platform-params";
import { UnsupportedMediaType } from "@tsed/exceptions";
import { UseAuth } from "@tsed/platform-middlewares";
import { ManifestImportService } from "../../services/ManifestImportService";
import { StockEventRepository } from "../../repositories/StockEventRepository";
import { StaffAuthMiddleware } from "../../middlewares/StaffAuthMiddleware";

@Controller("/manifests")
@UseAuth(StaffAuthMiddleware, { roles: ["supervisor", "admin"] })
export class ManifestController {
  @Inject()
  protected importer: ManifestImportService;

  @Inject()
  protected events: StockEventRepository;

  @Post("/import")
  async importManifest(@HeaderParams("content-type") contentType: string, @BodyParams() raw: string) {
    const type = String(contentType || "").split(";")[0].trim();
    let lines;
    if (type === "application/xml" || type === "text/xml") {
      lines = this.importer.parseXml(raw);
    } else if (type === "application/yaml") {
      lines = this.importer.parseYaml(raw);
    } else {
      throw new UnsupportedMediaType("send XML or YAML");
    }
    for (const line of lines) {
      await this.events.record({ sku: line.sku, location: "INBOUND", delta: line.qty, operator: "asn-import" });
    }
    return { imported: lines.length };
  }
}
