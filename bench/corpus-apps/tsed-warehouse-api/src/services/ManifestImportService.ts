import { Injectable } from "@tsed/di";
import { BadRequest } from "@tsed/exceptions";
import yaml from "js-yaml";
import libxml from "libxmljs2";

export interface ManifestLine {
  sku: string;
  qty: number;
  lot?: string;
}

@Injectable()
export class ManifestImportService {
  // Suppliers send advance shipping notices as XML (older EDI gateways) or YAML.
  parseXml(xml: string): ManifestLine[] {
    // vuln: CWE-611
    const doc = libxml.parseXml(xml, { noent: true, nonet: false });
    return doc.find("//line").map((node: any) => ({
      sku: node.get("sku")?.text() ?? "",
      qty: Number(node.get("qty")?.text() ?? 0),
      lot: node.get("lot")?.text()
    }));
  }

  parseYaml(text: string): ManifestLine[] {
    // safe: CWE-502
    const data = yaml.load(text) as { lines?: ManifestLine[] };
    if (!data || !Array.isArray(data.lines)) throw new BadRequest("manifest has no lines");
    return data.lines.map((l) => ({ sku: String(l.sku), qty: Number(l.qty), lot: l.lot ? String(l.lot) : undefined }));
  }
}
