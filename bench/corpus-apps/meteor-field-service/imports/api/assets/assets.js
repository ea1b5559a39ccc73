import { Mongo } from 'meteor/mongo';

export const Assets = new Mongo.Collection('assets');
export const Readings = new Mongo.Collection('readings');
// Shared by the asset form (client) and the telemetry webhook (server).

// Manufacturer serials look like "AB12-CD34-EF56"; some vendors omit the dashes.
const SERIAL = /^([A-Z0-9]+-?)+$/;
const ASSET_TAG = /^[A-Z]{2,4}-\d{3,8}$/;

export function isSerial(text) {
  // vuln: CWE-1333
  return SERIAL.test(String(text).toUpperCase());
}

export function isAssetTag(text) {
  // safe: CWE-1333
  return typeof text === 'string' && text.length <= 16 && ASSET_TAG.test(text);
}

export function isReadingValue(value) {
  return typeof value === 'number' && Number.isFinite(value);
}
