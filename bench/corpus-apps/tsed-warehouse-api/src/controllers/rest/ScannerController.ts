import { Controller, Inject } from "@tsed/di";
import { Post, Get } from "@tsed/schema";
import { BodyParams, Context, QueryParams } from "@tsed/platform-params";
import { BadRequest } from "@tsed/exceptions";
import { UseAuth } from "@tsed/platform-middlewares";
import { DeviceAuthMiddleware } from "../../middlewares/DeviceAuthMiddleware";
import { StockEventRepository } from "../../repositories/StockEventRepository";

// Endpoints used by the handheld scanner app (Android, offline-first, syncs in batches).
@Controller("/scanner")
@UseAuth(DeviceAuthMiddleware)
export class ScannerController {
  @Inject()
  protected events: StockEventRepository;

  @Post("/moves")
  async record(@BodyParams() body: { sku: string; location: string; delta: number; operator: string }, @Context("device") device: { deviceId: string }) {
    if (typeof body.sku !== "string" || typeof body.location !== "string") throw new BadRequest("sku and location are required");
    await this.events.record({ sku: body.sku, location: body.location, delta: Number(body.delta) || 0, operator: `${device.deviceId}:${String(body.operator)}` });
    return { ok: true };
  }

  @Post("/history")
  async history(@BodyParams() body: { sku: any; location?: any }) {
    if (!body.sku) throw new BadRequest("sku is required");
    return this.events.history(body);
  }

  @Get("/operator")
  async byOperator(@QueryParams("operator") operator: string, @QueryParams("from") from: string) {
    return this.events.forOperator(operator, from);
  }
}
