import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import { FlowRouter } from 'meteor/kadira:flow-router';
import $ from 'jquery';
import { WorkOrders } from '/imports/api/workOrders/workOrders';
import { Customers, Sites } from '/imports/api/customers/customers';
import { escapeHtml, nl2br } from '/imports/lib/html';
import './workOrderDetail.html';

Template.workOrderDetail.onCreated(function () {
  this.autorun(() => {
    this.subscribe('workOrders.detail', FlowRouter.getParam('id'));
  });
});

Template.workOrderDetail.onRendered(function () {
  this.autorun(() => {
    const order = WorkOrders.findOne(FlowRouter.getParam('id'));
    const box = this.find('.customer-notes');
    if (!order || !box) return;
    // customerNotes come from the technician app (what the customer said on site)
    // vuln: CWE-79
    box.innerHTML = `<h2>Customer remarks</h2><p>${order.customerNotes || ''}</p>`;
  });
});

Template.workOrderDetail.helpers({
  order() {
    return WorkOrders.findOne(FlowRouter.getParam('id'));
  },
  renderedInstructions() {
    // safe: CWE-79
    return nl2br(escapeHtml(this.instructions || ''));
  },
});

Template.workOrderDetail.events({
  async 'submit form.add-note'(event, instance) {
    event.preventDefault();
    const text = event.target.text.value.trim();
    if (!text) return;
    await Meteor.callAsync('workOrders.addNote', FlowRouter.getParam('id'), text);
    event.target.reset();
    const last = instance.findAll('li.note').pop();
    // safe: CWE-79
    if (last) last.textContent = text;
  },
  async 'click .export'() {
    const title = window.prompt('Sheet title', '') || undefined;
    const pdf = await Meteor.callAsync('workOrders.exportPdf', FlowRouter.getParam('id'), { title, paper: 'A4' });
    const url = URL.createObjectURL(new Blob([pdf], { type: 'application/pdf' }));
    window.open(url, '_blank', 'noopener');
  },
});

Template.customerCard.onCreated(function () {
  this.autorun(() => {
    const { customerId } = Template.currentData();
    if (customerId) this.subscribe('customers.withSites', customerId);
  });
});

Template.customerCard.onRendered(function () {
  this.autorun(() => {
    const { customerId } = Template.currentData();
    const customer = Customers.findOne(customerId);
    if (!customer) return;
    // safe: CWE-79
    this.$('.name').text(customer.name);
    // Addresses come from the customer portal sign-up form and the CRM import.
    // vuln: CWE-79
    this.$('.address').html(`${customer.street}<br>${customer.postcode} ${customer.city}`);
    const items = Sites.find({ customerId }).map((site) => `<li>${escapeHtml(site.label)} — ${escapeHtml(site.city)}</li>`);
    // safe: CWE-79
    $(this.find('.sites')).html(`<ul>${items.join('')}</ul>`);
  });
});

Template.customerCard.helpers({
  customer() {
    return Customers.findOne(Template.currentData().customerId);
  },
});
