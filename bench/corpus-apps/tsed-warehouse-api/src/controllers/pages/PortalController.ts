import { Controller, Inject } from "@tsed/di";
import { Get } from "@tsed/schema";
import { PathParams, QueryParams } from "@tsed/platform-params";
import { View } from "@tsed/platform-views";
import { ShipmentRepository } from "../../repositories/ShipmentRepository";
import { PG_POOL } from "../../datasources/PgDatasource";

@Controller("/track")
export class PortalController {
  @Inject()
  protected shipments: ShipmentRepository;

  @Inject(PG_POOL)
  protected pool: PG_POOL;

  @Get("/:reference")
  @View("tracking.ejs")
  async page(@PathParams("reference") reference: string, @QueryParams("lang") lang: string) {
    const shipment = await this.shipments.findByReference(reference);
    const { rows: notes } = await this.pool.query(
      "SELECT author, body, created_at FROM delivery_notes WHERE shipment_id = $1 AND public ORDER BY created_at",
      [shipment?.id ?? 0]
    );
    return {
      reference,
      lang: lang === "de" ? "de" : "en",
      shipment,
      notes,
      // Drivers can leave a message for the recipient from the driver app; plain text.
      driverMessage: shipment ? (await this.pool.query("SELECT message FROM driver_messages WHERE shipment_id = $1", [shipment.id])).rows[0]?.message : null
    };
  }
}
