import { Inject, Injectable } from "@tsed/di";
import { $log } from "@tsed/common";
import { createHmac } from "crypto";
import { SupplierRepository } from "../repositories/SupplierRepository";
import { supplierAgent } from "../utils/httpAgent";

const SUPPLIER_HOST_SUFFIX = ".suppliers.northgate.example";

@Injectable()
export class WebhookService {
  @Inject()
  protected suppliers: SupplierRepository;

  private sign(body: string): string {
    return createHmac("sha256", process.env.WEBHOOK_SIGNING_KEY as string).update(body).digest("hex");
  }

  // "Send test event" button on the supplier settings page: posts to whatever URL the
  // supplier just typed, before saving it, and shows the response to help them debug.
  async sendTest(url: string): Promise<{ status: number; body: string }> {
    const body = JSON.stringify({ type: "test", at: new Date().toISOString() });
    // vuln: CWE-918
    const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", "x-signature": this.sign(body) } });
    return { status: res.status, body: (await res.text()).slice(0, 2000) };
  }

  async notifySupplier(supplierId: number, event: Record<string, unknown>): Promise<void> {
    const supplier = await this.suppliers.findById(supplierId);
    if (!supplier?.webhook_url) return;
    const target = new URL(supplier.webhook_url);
    if (target.protocol !== "https:" || !target.hostname.endsWith(SUPPLIER_HOST_SUFFIX)) {
      $log.warn({ event: "webhook_rejected", supplierId });
      return;
    }
    const body = JSON.stringify(event);
    // safe: CWE-918
    await fetch(target, { method: "POST", body, headers: { "content-type": "application/json", "x-signature": this.sign(body) } });
  }
}
