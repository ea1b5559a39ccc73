import { Controller, Inject } from "@tsed/di";
import { Post, Get, ContentType } from "@tsed/schema";
import { BodyParams, PathParams } from "@tsed/platform-params";
import { NotFound } from "@tsed/exceptions";
import { UseAuth } from "@tsed/platform-middlewares";
import { CarrierClient } from "../../services/CarrierClient";
import { LabelPrintService } from "../../services/LabelPrintService";
import { TemplateService, SlipData } from "../../services/TemplateService";
import { ShipmentRepository } from "../../repositories/ShipmentRepository";
import { StaffAuthMiddleware } from "../../middlewares/StaffAuthMiddleware";

@Controller("/labels")
@UseAuth(StaffAuthMiddleware, { roles: [] })
export class LabelController {
  @Inject()
  protected carrier: CarrierClient;

  @Inject()
  protected printer: LabelPrintService;

  @Inject()
  protected templates: TemplateService;

  @Inject()
  protected shipments: ShipmentRepository;

  @Post("/:reference/print")
  async print(@PathParams("reference") reference: string, @BodyParams("printer") printer: string, @BodyParams("service") service: string) {
    const shipment = await this.shipments.findByReference(reference);
    if (!shipment) throw new NotFound("shipment not found");
    const booking = await this.carrier.book(shipment.reference, service || "standard");
    const file = await this.printer.renderZpl(booking.labelZpl);
    await this.printer.print(file, printer);
    return { trackingNumber: booking.trackingNumber };
  }

  @Post("/:reference/batch")
  async batch(@PathParams("reference") reference: string, @BodyParams("copies") copies: number, @BodyParams("title") title: string) {
    const shipment = await this.shipments.findByReference(reference);
    if (!shipment) throw new NotFound("shipment not found");
    const booking = await this.carrier.book(shipment.reference, "standard");
    const file = await this.printer.renderZpl(booking.labelZpl);
    const job = await this.printer.printBatch(file, copies, title || shipment.reference);
    return { job };
  }

  @Get("/slips/:reference")
  @ContentType("text/html")
  async standardSlip(@PathParams("reference") reference: string) {
    const shipment = await this.shipments.findByReference(reference);
    if (!shipment) throw new NotFound("shipment not found");
    return this.templates.renderStandardSlip({ reference: shipment.reference, customer: String(shipment.customer_id), lines: [] });
  }

  @Post("/slips/preview")
  @ContentType("text/html")
  previewSlip(@BodyParams("layout") layout: string, @BodyParams("sample") sample: SlipData) {
    return this.templates.previewCustomSlip(layout, sample ?? { reference: "DEMO-0001", customer: "Demo Ltd", lines: [] });
  }
}
