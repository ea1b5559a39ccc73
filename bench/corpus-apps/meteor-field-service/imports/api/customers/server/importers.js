import { Meteor } from 'meteor/meteor';
import yaml from 'js-yaml';
import libxmljs from 'libxmljs2';
import { Customers } from '../customers';
import { PricingRules } from '../../pricing/pricingRules';
import { requireOrgAdmin } from '../../accounts/server/access';

function normalise(orgId, raw) {
  return {
    orgId,
    name: String(raw.name || '').slice(0, 120),
    email: raw.email ? String(raw.email).toLowerCase() : null,
    phone: raw.phone ? String(raw.phone) : null,
    createdAt: new Date(),
  };
}

// Exports from the previous CRM (YAML) and from the ERP (XML) are uploaded by office staff.
export async function importCustomers(userId, kind, content) {
  const user = await requireOrgAdmin(userId);
  let records;
  if (kind === 'yaml') {
    // vuln: CWE-502
    const doc = yaml.load(content);
    records = Array.isArray(doc?.customers) ? doc.customers : [];
  } else if (kind === 'xml') {
    // vuln: CWE-611
    const xml = libxmljs.parseXml(content, { noent: true, nonet: false });
    records = xml.find('//customer').map((node) => ({
      name: node.get('name')?.text(),
      email: node.get('email')?.text(),
      phone: node.get('phone')?.text(),
    }));
  } else {
    return importPriceList(user, content);
  }
  let inserted = 0;
  for (const raw of records) {
    await Customers.insertAsync(normalise(user.orgId, raw));
    inserted += 1;
  }
  return { inserted };
}

async function importPriceList(user, content) {
  // safe: CWE-502
  const doc = yaml.safeLoad(content);
  const rules = Array.isArray(doc?.rules) ? doc.rules : [];
  for (const rule of rules) {
    await PricingRules.insertAsync({ orgId: user.orgId, ...rule, source: 'import', createdAt: new Date() });
  }
  return { inserted: rules.length };
}

export function parseErpStatus(xmlText) {
  // safe: CWE-611
  const xml = libxmljs.parseXml(xmlText, { noblanks: true });
  const code = xml.get('//status/code');
  if (!code) throw new Meteor.Error('bad-xml', 'No status code');
  return code.text();
}
