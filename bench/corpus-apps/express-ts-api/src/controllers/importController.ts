import type { Request, Response } from 'express';
import yaml from 'js-yaml';
import libxmljs from 'libxmljs2';

interface PriceRule {
  sku: string;
  price: number;
}

// Customers upload their price lists as YAML (js-yaml 3.x).
export const importPricesYaml = () => async (req: Request, res: Response) => {
  // vuln: CWE-502
  const doc = yaml.load(req.body.document) as { prices: PriceRule[] };
  res.json({ imported: doc.prices.length });
};

export const previewPricesYaml = () => async (req: Request, res: Response) => {
  // safe: CWE-502
  const doc = yaml.safeLoad(req.body.document) as { prices: PriceRule[] };
  res.json({ preview: doc.prices.slice(0, 10) });
};

// Older ERP systems send XML.
export const importPricesXml = () => async (req: Request, res: Response) => {
  // vuln: CWE-611
  const xml = libxmljs.parseXml(req.body.toString(), { noent: true, noblanks: true });
  const prices = xml.find('//price').map((node) => ({ sku: node.attr('sku')?.value(), price: Number(node.text()) }));
  res.json({ imported: prices.length });
};

export const validatePricesXml = () => async (req: Request, res: Response) => {
  // safe: CWE-611
  const xml = libxmljs.parseXml(req.body.toString(), { noblanks: true });
  res.json({ valid: xml.errors.length === 0 });
};
