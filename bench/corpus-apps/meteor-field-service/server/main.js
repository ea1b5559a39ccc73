import { Meteor } from 'meteor/meteor';
import '/server/config';
import '/server/accounts';
import '/server/rateLimits';
import '/imports/api/workOrders/methods';
import '/imports/api/workOrders/server/publications';
import '/imports/api/customers/methods';
import '/imports/api/customers/server/publications';
import '/imports/api/technicians/server/methods';
import '/imports/api/pricing/server/methods';
import '/imports/api/reports/server/methods';
import '/imports/api/integrations/server/methods';
import '/imports/api/attachments/server/methods';
import '/imports/api/notifications/server/mailer';
import '/server/rest';

Meteor.startup(async () => {
  const { Technicians } = await import('/imports/api/technicians/technicians');
  await Technicians.createIndexAsync({ orgId: 1, badgeNumber: 1 }, { unique: true });
});
