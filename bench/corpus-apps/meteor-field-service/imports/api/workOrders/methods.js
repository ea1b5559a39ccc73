import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { WorkOrders, WORK_ORDER_STATUSES } from './workOrders';

const NewWorkOrder = Match.ObjectIncluding({
  customerId: String,
  siteId: String,
  summary: String,
  priority: Match.Where((p) => Number.isInteger(p) && p >= 1 && p <= 5),
});

Meteor.methods({
  async 'workOrders.create'(doc) {
    check(doc, NewWorkOrder);
    if (!this.userId) throw new Meteor.Error('not-authorized');
    if (Meteor.isServer) {
      const { createWorkOrder } = await import('./server/workOrderService');
      return createWorkOrder(this.userId, doc);
    }
    return WorkOrders.insertAsync({ ...doc, status: 'new', createdAt: new Date() });
  },

  async 'workOrders.setStatus'(workOrderId, status) {
    check(workOrderId, String);
    check(status, Match.OneOf(...WORK_ORDER_STATUSES));
    if (!this.userId) throw new Meteor.Error('not-authorized');
    return WorkOrders.updateAsync({ _id: workOrderId }, { $set: { status, updatedAt: new Date() } });
  },

  async 'workOrders.addNote'(workOrderId, text) {
    check(workOrderId, String);
    check(text, String);
    if (Meteor.isServer) {
      const { addNote } = await import('./server/workOrderService');
      return addNote(this.userId, workOrderId, text);
    }
    return undefined;
  },

  async 'workOrders.share'(workOrderId) {
    check(workOrderId, String);
    if (!Meteor.isServer) return undefined;
    const { shareWorkOrder } = await import('./server/workOrderService');
    return shareWorkOrder(this.userId, workOrderId);
  },

  async 'workOrders.exportPdf'(workOrderId, options = {}) {
    check(workOrderId, String);
    if (!Meteor.isServer) return undefined;
    const { exportWorkOrder } = await import('./server/workOrderService');
    return exportWorkOrder(this.userId, workOrderId, options);
  },

  async 'workOrders.invoicePdf'(workOrderId) {
    check(workOrderId, String);
    if (!Meteor.isServer) return undefined;
    const { invoiceWorkOrder } = await import('./server/workOrderService');
    return invoiceWorkOrder(this.userId, workOrderId);
  },
});
