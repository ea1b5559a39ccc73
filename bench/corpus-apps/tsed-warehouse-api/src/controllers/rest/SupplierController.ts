import { Controller, Inject } from "@tsed/di";
import { Get, Post, Put } from "@tsed/schema";
import { BodyParams, PathParams, QueryParams } from "@tsed/platform-params";
import { BadRequest } from "@tsed/exceptions";
import { UseAuth } from "@tsed/platform-middlewares";
import { SupplierRepository } from "../../repositories/SupplierRepository";
import { WebhookService } from "../../services/WebhookService";
import { StaffAuthMiddleware } from "../../middlewares/StaffAuthMiddleware";

@Controller("/suppliers")
@UseAuth(StaffAuthMiddleware, { roles: ["supervisor", "admin"] })
export class SupplierController {
  @Inject()
  protected suppliers: SupplierRepository;

  @Inject()
  protected webhooks: WebhookService;

  @Get("/")
  async byCodes(@QueryParams("code") code: string | string[]) {
    const codes = (Array.isArray(code) ? code : [code]).filter(Boolean).map(String);
    return this.suppliers.findByCodes(codes);
  }

  // GET /rest/suppliers/by-country?country=DE&country=PL&minRating=3
  @Get("/by-country")
  async byCountry(@QueryParams("country") country: string | string[], @QueryParams("minRating") minRating: string) {
    const countries = Array.isArray(country) ? country : String(country || "").split(",");
    return this.suppliers.byCountry(countries, Number(minRating) || 0);
  }

  @Get("/stats")
  async stats(@QueryParams("by") by: string) {
    return this.suppliers.stats(by === "rating" ? "rating" : "country");
  }

  @Post("/webhook/test")
  async testWebhook(@BodyParams("url") url: string) {
    if (!url) throw new BadRequest("url is required");
    return this.webhooks.sendTest(url);
  }

  @Put("/:id/webhook")
  async setWebhook(@PathParams("id") id: number, @BodyParams("url") url: string | null) {
    await this.suppliers.setWebhook(Number(id), url || null);
    return { ok: true };
  }
}
