import { Meteor } from 'meteor/meteor';

const priv = Meteor.settings.private || {};

function required(name) {
  const value = priv[name] || process.env[name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()];
  if (!value) throw new Error(`Missing setting private.${name}`);
  return value;
}

export const config = {
  // vuln: CWE-798
  mobileJwtSecret: priv.mobileJwtSecret || 'fielddesk-mobile-2024',
  // safe: CWE-798
  webhookSigningKey: required('webhookSigningKey'),
  mailFrom: priv.mailFrom || 'FieldDesk <dispatch@fielddesk.example>',
  storageRoot: priv.storageRoot || '/var/lib/fielddesk',
  geocoderKey: priv.geocoderKey || '',
  statusPageBase: Meteor.settings.public?.statusPageBase || Meteor.absoluteUrl(),
};
