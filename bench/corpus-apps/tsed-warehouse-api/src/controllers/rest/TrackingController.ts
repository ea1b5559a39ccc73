import { Controller, Inject } from "@tsed/di";
import { Get, ContentType } from "@tsed/schema";
import { PathParams, QueryParams } from "@tsed/platform-params";
import { NotFound } from "@tsed/exceptions";
import { ShipmentRepository } from "../../repositories/ShipmentRepository";
import { escapeHtml, htmlPage } from "../../utils/html";

// Public tracking API used by partner portals (mounted under /rest/tracking with its own CORS).
@Controller("/tracking")
export class TrackingController {
  @Inject()
  protected shipments: ShipmentRepository;

  @Get("/:reference")
  async status(@PathParams("reference") reference: string) {
    const shipment = await this.shipments.findByReference(reference);
    if (!shipment) throw new NotFound("unknown reference");
    return { reference: shipment.reference, status: shipment.status, carrier: shipment.carrier };
  }

  // Tiny iframe widget partners drop on their order page: /rest/tracking/widget/ABC123?label=Your%20parcel
  @Get("/widget/:reference")
  @ContentType("text/html")
  async widget(@PathParams("reference") reference: string, @QueryParams("label") label: string) {
    const shipment = await this.shipments.findByReference(reference);
    const status = shipment ? escapeHtml(shipment.status) : "unknown";
    // vuln: CWE-79
    return htmlPage("Tracking", `<div class="wh-widget"><h3>${label || "Your shipment"}</h3><p>${escapeHtml(reference)}: <strong>${status}</strong></p></div>`);
  }

  @Get("/badge/:reference")
  @ContentType("text/html")
  async badge(@PathParams("reference") reference: string, @QueryParams("theme") theme: string) {
    const shipment = await this.shipments.findByReference(reference);
    const css = theme === "dark" ? "badge-dark" : "badge-light";
    // safe: CWE-79
    return htmlPage("Tracking", `<span class="${css}">${escapeHtml(reference)} — ${escapeHtml(shipment?.status ?? "unknown")}</span>`);
  }
}
