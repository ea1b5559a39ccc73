import { Template } from 'meteor/templating';
import { ReactiveDict } from 'meteor/reactive-dict';
import { Spacebars } from 'meteor/spacebars';
import { FlowRouter } from 'meteor/kadira:flow-router';
import { WorkOrders, WORK_ORDER_STATUSES } from '/imports/api/workOrders/workOrders';
import { escapeHtml } from '/imports/lib/html';
import { escapeRegex } from '/imports/lib/selectors';
import './workOrderList.html';

const BADGE_CLASSES = { new: 'grey', scheduled: 'blue', en_route: 'amber', on_site: 'orange', done: 'green', cancelled: 'red' };

Template.workOrderList.onCreated(function () {
  this.state = new ReactiveDict();
  this.state.setDefault({ status: null, q: '' });
  this.autorun(() => {
    const status = this.state.get('status');
    this.subscribe('workOrders.board', { status: status || undefined }, 'due');
    const q = this.state.get('q');
    if (q.length > 1) this.subscribe('workOrders.search', q);
  });
});

Template.workOrderList.helpers({
  statuses: () => WORK_ORDER_STATUSES,
  searchTerm() {
    return Template.instance().state.get('q');
  },
  orders() {
    return WorkOrders.find({}, { sort: { dueAt: 1 } });
  },
  // Summaries are typed by the customer in the request form and by dispatchers.
  summaryHighlighted() {
    const q = Template.instance().state.get('q');
    if (!q) {
      // safe: CWE-79
      return new Spacebars.SafeString(escapeHtml(this.summary));
    }
    const re = new RegExp(`(${escapeRegex(q)})`, 'ig');
    // vuln: CWE-79
    return new Spacebars.SafeString(this.summary.replace(re, '<mark>$1</mark>'));
  },
  statusBadge() {
    const cls = BADGE_CLASSES[this.status] || 'grey';
    // safe: CWE-79
    return new Spacebars.SafeString(`<span class="badge ${cls}">${escapeHtml(this.status)}</span>`);
  },
  formatDate(date) {
    return date ? date.toLocaleString() : '';
  },
});

Template.workOrderList.events({
  'change select[name=status]'(event, instance) {
    instance.state.set('status', event.target.value || null);
  },
  'input input[name=q]'(event, instance) {
    instance.state.set('q', event.target.value.trim());
  },
  'click tr[data-id]'(event) {
    FlowRouter.go('workOrder', { id: event.currentTarget.dataset.id });
  },
});
