import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';

Meteor.methods({
  async 'customers.importLogo'(customerId, logoUrl) {
    check(customerId, String);
    check(logoUrl, String);
    if (!Meteor.isServer) return undefined;
    const { importLogo } = await import('./server/customerService');
    return importLogo(this.userId, customerId, logoUrl);
  },

  async 'customers.geocodeSite'(siteId) {
    check(siteId, String);
    if (!Meteor.isServer) return undefined;
    const { geocodeSite } = await import('./server/customerService');
    return geocodeSite(this.userId, siteId);
  },

  async 'customers.importFile'(kind, content) {
    check(kind, Match.OneOf('yaml', 'xml', 'pricelist'));
    check(content, String);
    if (!Meteor.isServer) return undefined;
    const importers = await import('./server/importers');
    return importers.importCustomers(this.userId, kind, content);
  },

  async 'customers.requestPortalLink'(email) {
    check(email, String);
    if (!Meteor.isServer) return undefined;
    const { requestPortalLink } = await import('./server/customerService');
    return requestPortalLink(email);
  },
});
