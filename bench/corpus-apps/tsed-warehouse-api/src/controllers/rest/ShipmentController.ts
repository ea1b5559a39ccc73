import { Controller, Inject } from "@tsed/di";
import { Get, Patch, Put, Returns } from "@tsed/schema";
import { BodyParams, Context, PathParams, QueryParams } from "@tsed/platform-params";
import { NotFound, BadRequest } from "@tsed/exceptions";
import { UseAuth } from "@tsed/platform-middlewares";
import { ShipmentRepository, ShipmentFilter } from "../../repositories/ShipmentRepository";
import { StaffAuthMiddleware } from "../../middlewares/StaffAuthMiddleware";
import { mergeDeep, pickPreferences } from "../../utils/merge";
import { PreferencesStore } from "../../services/PreferencesStore";

const STATUSES = ["received", "picking", "packed", "shipped", "held"];

@Controller("/shipments")
@UseAuth(StaffAuthMiddleware, { roles: [] })
export class ShipmentController {
  @Inject()
  protected shipments: ShipmentRepository;

  @Inject()
  protected prefs: PreferencesStore;

  @Get("/")
  async list(@QueryParams() query: ShipmentFilter) {
    return this.shipments.list(query);
  }

  @Get("/notes")
  async searchNotes(@QueryParams("bay") bay: string, @QueryParams("q") q: string) {
    if (!bay) throw new BadRequest("bay is required");
    return this.shipments.searchNotes(bay, q ?? "");
  }

  @Get("/:id")
  @(Returns(404).Description("Not found"))
  async get(@PathParams("id") id: number) {
    const shipment = await this.shipments.findById(Number(id));
    if (!shipment) throw new NotFound("shipment not found");
    return shipment;
  }

  @Patch("/:id/status")
  async setStatus(@PathParams("id") id: number, @BodyParams("status") status: string, @Context("staff") staff: { sub: string }) {
    if (!STATUSES.includes(status)) throw new BadRequest("unknown status");
    await this.shipments.updateStatus(Number(id), status, staff.sub);
    return { ok: true };
  }

  // Dashboard layout: the client sends a partial layout object that is merged into the saved one.
  @Patch("/dashboard/layout")
  async patchLayout(@BodyParams() patch: Record<string, any>, @Context("staff") staff: { sub: string }) {
    const current = await this.prefs.load(staff.sub, "layout");
    const next = mergeDeep(current, patch);
    await this.prefs.save(staff.sub, "layout", next);
    return next;
  }

  @Put("/dashboard/preferences")
  async putPreferences(@BodyParams() body: Record<string, any>, @Context("staff") staff: { sub: string }) {
    const next = pickPreferences(body);
    await this.prefs.save(staff.sub, "preferences", next);
    return next;
  }
}
