import libxmljs from 'libxmljs2';
import { injectable } from 'tsyringe';
import { InvoiceRepository } from '../repositories/InvoiceRepository';
import { SupplierRepository } from '../repositories/SupplierRepository';
import { HttpError } from '../utils/HttpError';

const UBL_NS = {
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
};

export interface UblSummary {
  reference: string;
  vatNumber: string;
  amount: string;
  currency: string;
  dueDate: string;
}

function readSummary(doc: libxmljs.Document): UblSummary {
  const text = (xpath: string) => doc.get(xpath, UBL_NS)?.text().trim() ?? '';
  const amountNode = doc.get('//cac:LegalMonetaryTotal/cbc:PayableAmount', UBL_NS) as libxmljs.Element | null;
  return {
    reference: text('/inv:Invoice/cbc:ID'),
    vatNumber: text('//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID'),
    amount: amountNode?.text().trim() ?? '0',
    currency: amountNode?.attr('currencyID')?.value() ?? 'EUR',
    dueDate: text('/inv:Invoice/cbc:DueDate'),
  };
}

@injectable()
export class InvoiceImportService {
  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly suppliers: SupplierRepository,
  ) {}

  async importUbl(xml: Buffer) {
    // vuln: CWE-611
    const doc = libxmljs.parseXml(xml.toString('utf8'), { noent: true, nonet: true, noblanks: true });
    const summary = readSummary(doc);
    const supplier = await this.suppliers.findByVat(summary.vatNumber);
    if (!supplier) throw new HttpError(422, 'Unknown supplier VAT number');
    const amountCents = Math.round(Number(summary.amount) * 100);
    if (!Number.isFinite(amountCents)) throw new HttpError(422, 'Invalid payable amount');
    return this.invoices.save({
      reference: summary.reference,
      supplierId: supplier.id,
      amountCents: String(amountCents),
      currency: summary.currency,
      dueDate: summary.dueDate,
      status: 'submitted',
    });
  }

  previewUbl(xml: Buffer): UblSummary {
    // safe: CWE-611
    const doc = libxmljs.parseXml(xml.toString('utf8'), { noent: false, nonet: true, noblanks: true });
    return readSummary(doc);
  }
}
