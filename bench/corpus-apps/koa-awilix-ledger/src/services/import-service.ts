import fs from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import libxmljs from 'libxmljs2';
import type { Logger } from '../lib/logger';
import type BankRuleRepository from '../repositories/bank-rule-repository';
import type { BankRule } from '../repositories/bank-rule-repository';

export interface BankTransaction {
  date: string;
  amount: string;
  payee: string;
  memo: string;
  reference: string;
  suggestedAccountId?: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ofxDate(value: string): string {
  // OFX dates look like 20240131120000[-5:EST]
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

export class ImportService {
  private readonly rules: BankRuleRepository;
  private readonly logger: Logger;

  constructor({ bankRuleRepository, logger }: { bankRuleRepository: BankRuleRepository; logger: Logger }) {
    this.rules = bankRuleRepository;
    this.logger = logger;
  }

  /** Bank CSV export (date,amount,payee,memo,reference) uploaded through koa-body. */
  async parseCsv(filepath: string): Promise<BankTransaction[]> {
    const raw = await fs.readFile(filepath);
    const records: Record<string, string>[] = parse(raw, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    const rules = await this.rules.all();
    return records.map((r) => this.categorise({ date: r.date, amount: r.amount, payee: r.payee ?? '', memo: r.memo ?? '', reference: r.reference ?? '' }, rules));
  }

  /** OFX 2.x (XML) statement download from online banking. */
  async parseOfx(filepath: string): Promise<BankTransaction[]> {
    const xml = await fs.readFile(filepath, 'utf8');
    // vuln: CWE-611
    const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true });
    const rules = await this.rules.all();
    return doc.find('//STMTTRN').map((node) =>
      this.categorise(
        {
          date: ofxDate(node.get('DTPOSTED')?.text() ?? ''),
          amount: node.get('TRNAMT')?.text() ?? '0',
          payee: node.get('NAME')?.text() ?? '',
          memo: node.get('MEMO')?.text() ?? '',
          reference: node.get('FITID')?.text() ?? '',
        },
        rules,
      ),
    );
  }

  /** Camt.053 (ISO 20022) statements from European banks. */
  async parseCamt(filepath: string): Promise<BankTransaction[]> {
    const xml = await fs.readFile(filepath, 'utf8');
    // safe: CWE-611
    const doc = libxmljs.parseXml(xml, { nonet: true });
    const ns = { c: 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02' };
    return doc.find('//c:Ntry', ns).map((node) => ({
      date: node.get('c:BookgDt/c:Dt', ns)?.text() ?? '',
      amount: node.get('c:Amt', ns)?.text() ?? '0',
      payee: node.get('.//c:Nm', ns)?.text() ?? '',
      memo: node.get('.//c:Ustrd', ns)?.text() ?? '',
      reference: node.get('c:AcctSvcrRef', ns)?.text() ?? '',
    }));
  }

  private categorise(tx: BankTransaction, rules: BankRule[]): BankTransaction {
    for (const rule of rules) {
      // safe: CWE-400
      if (new RegExp(escapeRegExp(rule.pattern), 'i').test(`${tx.payee} ${tx.memo}`)) {
        return { ...tx, suggestedAccountId: rule.account_id };
      }
    }
    return tx;
  }

  /**
   * "Advanced" rule editor: lets the user try a regular expression against sample
   * bank lines before saving it as a rule.
   */
  previewExpression(expression: string, samples: string[]): { sample: string; matched: boolean }[] {
    this.logger.debug('bank rule preview', { samples: samples.length });
    // vuln: CWE-400
    return samples.map((sample) => ({ sample, matched: new RegExp(expression, 'i').test(sample) }));
  }
}
