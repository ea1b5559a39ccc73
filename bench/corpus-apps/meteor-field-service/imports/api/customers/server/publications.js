import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { Customers, Sites } from '../customers';
import { escapeRegex } from '/imports/lib/selectors';

Meteor.publish('customers.list', async function (nameFilter) {
  check(nameFilter, Match.Maybe(String));
  if (!this.userId) return this.ready();
  const user = await Meteor.users.findOneAsync(this.userId, { fields: { orgId: 1 } });
  const selector = { orgId: user.orgId };
  if (nameFilter) selector.name = { $regex: `^${escapeRegex(nameFilter)}`, $options: 'i' };
  // safe: CWE-943
  return Customers.find(selector, { sort: { name: 1 }, limit: 200 });
});

Meteor.publish('customers.withSites', async function (customerId) {
  check(customerId, String);
  if (!this.userId) return this.ready();
  const user = await Meteor.users.findOneAsync(this.userId, { fields: { orgId: 1 } });
  return [
    Customers.find({ _id: customerId, orgId: user.orgId }),
    Sites.find({ customerId, orgId: user.orgId }),
  ];
});
