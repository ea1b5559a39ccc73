import { Injectable } from "@tsed/di";
import ejs from "ejs";
import { join } from "path";

const TEMPLATE_DIR = join(process.cwd(), "views", "slips");

export interface SlipData {
  reference: string;
  customer: string;
  lines: Array<{ sku: string; qty: number; description: string }>;
}

@Injectable()
export class TemplateService {
  // Standard packing slip shipped with the app.
  renderStandardSlip(data: SlipData): Promise<string> {
    // safe: CWE-1336
    return ejs.renderFile(join(TEMPLATE_DIR, "standard.ejs"), data, { async: true });
  }

  // Key accounts upload their own packing-slip layout (EJS) from the customer portal; the
  // preview endpoint renders it with sample data so they can check it before saving.
  previewCustomSlip(layout: string, data: SlipData): string {
    // vuln: CWE-1336, CWE-94
    return ejs.render(layout, data);
  }
}
