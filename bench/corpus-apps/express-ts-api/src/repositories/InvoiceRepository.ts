import { QueryTypes } from 'sequelize';
import { Invoice, sequelize } from '../db/sequelize';

export class InvoiceRepository {
  async byNumber(number: string) {
    // vuln: CWE-89
    return sequelize.query(`SELECT * FROM invoices WHERE number = '${number}'`, { type: QueryTypes.SELECT });
  }

  async byNumberSafe(number: string) {
    // safe: CWE-89
    return sequelize.query('SELECT * FROM invoices WHERE number = :number', {
      replacements: { number },
      type: QueryTypes.SELECT,
    });
  }

  async forCustomer(customerId: number) {
    // safe: CWE-89
    return Invoice.findAll({ where: { customerId }, order: [['createdAt', 'DESC']] });
  }

  async above(minAmount: string) {
    // vuln: CWE-89
    return Invoice.findAll({ where: sequelize.literal(`amount > ${minAmount}`) });
  }
}
