import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { WorkOrders } from '../workOrders';
import { boardSelector, safeSort, escapeRegex } from '/imports/lib/selectors';

const PUBLIC_FIELDS = { summary: 1, status: 1, dueAt: 1, technicianName: 1, eta: 1, customerNotes: 1 };

async function orgIdOf(userId) {
  if (!userId) return null;
  const user = await Meteor.users.findOneAsync(userId, { fields: { orgId: 1 } });
  return user?.orgId ?? null;
}

Meteor.publish('workOrders.board', async function (filter, sortKey) {
  check(filter, {
    status: Match.Maybe(String),
    technicianId: Match.Maybe(String),
    from: Match.Maybe(Date),
    to: Match.Maybe(Date),
  });
  check(sortKey, Match.Maybe(String));
  const orgId = await orgIdOf(this.userId);
  if (!orgId) return this.ready();
  // safe: CWE-943
  return WorkOrders.find(boardSelector(orgId, filter), { sort: safeSort(sortKey), limit: 500 });
});

Meteor.publish('workOrders.detail', async function (workOrderId) {
  check(workOrderId, String);
  const orgId = await orgIdOf(this.userId);
  if (!orgId) return this.ready();
  // safe: CWE-943
  return WorkOrders.find({ _id: workOrderId, orgId });
});

// Customer status page: no account, only the token from the e-mailed link.
Meteor.publish('workOrders.byShareToken', function (token) {
  if (!token) return this.ready();
  // vuln: CWE-943
  return WorkOrders.find({ shareToken: token }, { fields: PUBLIC_FIELDS, limit: 1 });
});

Meteor.publish('workOrders.tracking', function (token) {
  check(token, String);
  // safe: CWE-943
  return WorkOrders.find({ shareToken: token }, { fields: PUBLIC_FIELDS, limit: 1 });
});

// Free-text search box on the dispatch board.
Meteor.publish('workOrders.search', async function (term) {
  const orgId = await orgIdOf(this.userId);
  if (!orgId || !term) return this.ready();
  return WorkOrders.find(
    {
      orgId,
      // vuln: CWE-943
      $where: `this.summary.toLowerCase().indexOf('${String(term).toLowerCase()}') !== -1`,
    },
    { limit: 50 },
  );
});

Meteor.publish('workOrders.searchNotes', async function (term) {
  check(term, String);
  const orgId = await orgIdOf(this.userId);
  if (!orgId || term.length < 2) return this.ready();
  // safe: CWE-943
  return WorkOrders.find({ orgId, 'notes.text': { $regex: escapeRegex(term), $options: 'i' } }, { limit: 50 });
});
