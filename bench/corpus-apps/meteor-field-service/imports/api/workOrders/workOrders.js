import { Meteor } from 'meteor/meteor';
import { Mongo } from 'meteor/mongo';

export const WorkOrders = new Mongo.Collection('workOrders');

export const WORK_ORDER_STATUSES = ['new', 'scheduled', 'en_route', 'on_site', 'done', 'cancelled'];

export const SORTABLE_FIELDS = {
  created: 'createdAt',
  due: 'dueAt',
  priority: 'priority',
  customer: 'customerName',
};

if (Meteor.isServer) {
  WorkOrders.createIndexAsync({ orgId: 1, status: 1, dueAt: 1 });
  WorkOrders.createIndexAsync({ shareToken: 1 }, { unique: true, sparse: true });
}

export const Attachments = new Mongo.Collection('attachments');

export const ALLOWED_EXTENSIONS = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.pdf': 'application/pdf' };
