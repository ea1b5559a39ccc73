import { Template } from 'meteor/templating';
import { FlowRouter } from 'meteor/kadira:flow-router';
import { WorkOrders } from '/imports/api/workOrders/workOrders';
import { escapeHtml } from '/imports/lib/html';
import './statusPage.html';

const LABELS = { scheduled: 'Scheduled', en_route: 'On the way', on_site: 'On site', done: 'Completed' };

Template.statusPage.onCreated(function () {
  this.subscribe('workOrders.tracking', FlowRouter.getParam('token'));
});

Template.statusPage.helpers({
  visit() {
    return WorkOrders.findOne({ shareToken: FlowRouter.getParam('token') });
  },
  statusLabel() {
    return LABELS[this.status] || 'Received';
  },
  etaText() {
    return this.eta ? `Expected around ${this.eta.toLocaleTimeString()}` : '';
  },
  technicianLine() {
    // safe: CWE-79
    return this.technicianName ? `Your technician: <strong>${escapeHtml(this.technicianName)}</strong>` : '';
  },
});
