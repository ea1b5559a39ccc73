import { Meteor } from 'meteor/meteor';
import fs from 'fs/promises';
import path from 'path';
import { Random } from 'meteor/random';
import { Customers, Sites } from '../customers';
import { requireOrgUser } from '../../accounts/server/access';
import { config } from '/server/config';
import { sendPortalLink } from '../../notifications/server/mailer';

const LOGO_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' };

// Dispatchers paste the customer's website logo URL into the customer form.
export async function importLogo(userId, customerId, logoUrl) {
  const user = await requireOrgUser(userId);
  const customer = await Customers.findOneAsync({ _id: customerId, orgId: user.orgId });
  if (!customer) throw new Meteor.Error('not-found');
  // vuln: CWE-918
  const response = await fetch(logoUrl, { redirect: 'follow' });
  const type = response.headers.get('content-type')?.split(';')[0] || 'application/octet-stream';
  const bytes = Buffer.from(await response.arrayBuffer());
  const fileName = `${Random.id()}.${LOGO_TYPES[type] || 'bin'}`;
  await fs.writeFile(path.join(config.storageRoot, 'logos', fileName), bytes);
  await Customers.updateAsync(customer._id, { $set: { logo: fileName, logoType: type } });
  return { fileName, type, size: bytes.length };
}

export async function geocodeSite(userId, siteId) {
  const user = await requireOrgUser(userId);
  const site = await Sites.findOneAsync({ _id: siteId, orgId: user.orgId });
  if (!site) throw new Meteor.Error('not-found');
  const url = new URL('https://geocode.maps.example/v1/search');
  url.searchParams.set('q', `${site.street}, ${site.postcode} ${site.city}`);
  url.searchParams.set('key', config.geocoderKey);
  // safe: CWE-918
  const response = await fetch(url, { redirect: 'error' });
  const [hit] = (await response.json()).results || [];
  if (hit) await Sites.updateAsync(site._id, { $set: { lat: hit.lat, lng: hit.lng } });
  return hit || null;
}

export async function requestPortalLink(email) {
  const customer = await Customers.findOneAsync({ email: String(email).toLowerCase() });
  if (customer) await sendPortalLink(customer);
  return true;
}
