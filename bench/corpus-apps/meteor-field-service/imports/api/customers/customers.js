import { Meteor } from 'meteor/meteor';
import { Mongo } from 'meteor/mongo';

export const Customers = new Mongo.Collection('customers');
export const Sites = new Mongo.Collection('sites');

if (Meteor.isServer) {
  Customers.createIndexAsync({ orgId: 1, name: 1 });
  Sites.createIndexAsync({ orgId: 1, customerId: 1 });
}
