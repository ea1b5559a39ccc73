import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { Email } from 'meteor/email';
import _ from 'lodash';
import { Orgs, requireOrgAdmin } from '../../accounts/server/access';
import { config } from '/server/config';
import { escapeHtml } from '/imports/lib/html';

const statusLink = (token) => `${config.statusPageBase.replace(/\/$/, '')}/status/${encodeURIComponent(token)}`;

let defaultTemplate;
async function builtInTemplate() {
  // private/templates/customer-update.html, shipped with the app
  defaultTemplate ??= _.template(await Assets.getTextAsync('templates/customer-update.html'));
  return defaultTemplate;
}

export async function sendCustomerUpdate(orgId, customer, order, shareToken) {
  const org = await Orgs.findOneAsync(orgId);
  const data = {
    customerName: escapeHtml(customer.name),
    summary: escapeHtml(order.summary),
    link: statusLink(shareToken),
    orgName: escapeHtml(org?.name || 'FieldDesk'),
  };
  let render;
  if (org?.emailTemplate) {
    // Org admins customise the e-mail in the settings page ("use <%= summary %> for the job title").
    // vuln: CWE-1336, CWE-94
    render = _.template(org.emailTemplate);
  } else {
    // safe: CWE-1336
    render = await builtInTemplate();
  }
  await Email.sendAsync({
    to: customer.email,
    from: config.mailFrom,
    subject: `Update on your service request`,
    html: render(data),
  });
}

export async function sendPortalLink(customer) {
  const token = customer.portalToken;
  if (!token) return;
  await Email.sendAsync({
    to: customer.email,
    from: config.mailFrom,
    subject: 'Your FieldDesk customer portal',
    html: `<p>Hello ${escapeHtml(customer.name)},</p><p><a href="${escapeHtml(statusLink(token))}">Open the portal</a></p>`,
  });
}

Meteor.methods({
  async 'orgs.updateEmailTemplate'(template) {
    check(template, Match.Where((t) => typeof t === 'string' && t.length < 20000));
    const user = await requireOrgAdmin(this.userId);
    return Orgs.updateAsync(user.orgId, { $set: { emailTemplate: template } });
  },

  async 'orgs.previewEmail'() {
    if (!this.userId) throw new Meteor.Error('not-authorized');
    const render = await builtInTemplate();
    return render({ customerName: 'Jane Doe', summary: 'Boiler service', link: '#', orgName: 'Example Ltd' });
  },
});
