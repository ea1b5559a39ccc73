import { Meteor } from 'meteor/meteor';
import { WorkOrders } from '../workOrders';
import { Customers } from '../../customers/customers';
import { requireOrgUser } from '../../accounts/server/access';
import { newShareToken } from '/imports/lib/tokens';
import { renderWorkOrderPdf, renderInvoicePdf } from './pdf';
import { sendCustomerUpdate } from '../../notifications/server/mailer';
import { audit } from '../../audit/server/log';

async function loadOwned(userId, workOrderId) {
  const user = await requireOrgUser(userId);
  const order = await WorkOrders.findOneAsync({ _id: workOrderId, orgId: user.orgId });
  if (!order) throw new Meteor.Error('not-found', 'Work order not found');
  return { user, order };
}

export async function createWorkOrder(userId, doc) {
  const user = await requireOrgUser(userId);
  const customer = await Customers.findOneAsync({ _id: doc.customerId, orgId: user.orgId });
  if (!customer) throw new Meteor.Error('not-found', 'Unknown customer');
  const id = await WorkOrders.insertAsync({
    orgId: user.orgId,
    customerId: customer._id,
    customerName: customer.name,
    siteId: doc.siteId,
    summary: doc.summary.slice(0, 200),
    priority: doc.priority,
    status: 'new',
    notes: [],
    createdBy: userId,
    createdAt: new Date(),
  });
  await audit.record(user.orgId, userId, 'workOrder.create', { id });
  return id;
}

export async function addNote(userId, workOrderId, text) {
  const { order } = await loadOwned(userId, workOrderId);
  await WorkOrders.updateAsync(order._id, {
    $push: { notes: { text: text.slice(0, 4000), by: userId, at: new Date() } },
  });
}

export async function shareWorkOrder(userId, workOrderId) {
  const { user, order } = await loadOwned(userId, workOrderId);
  const shareToken = order.shareToken || newShareToken();
  await WorkOrders.updateAsync(order._id, { $set: { shareToken } });
  const customer = await Customers.findOneAsync({ _id: order.customerId, orgId: user.orgId });
  if (customer?.email) await sendCustomerUpdate(user.orgId, customer, order, shareToken);
  return shareToken;
}

export async function exportWorkOrder(userId, workOrderId, options) {
  const { order } = await loadOwned(userId, workOrderId);
  return renderWorkOrderPdf(order, {
    title: options.title || `Work order ${order._id}`,
    paper: options.paper,
  });
}

export async function invoiceWorkOrder(userId, workOrderId) {
  const { order } = await loadOwned(userId, workOrderId);
  return renderInvoicePdf(order);
}
