// Blaze: a helper's `this` is the data context (a document the client's collections hold, written by
// other users); `Spacebars.SafeString` makes `{{ }}` write it unescaped.
import { Template } from 'meteor/templating';
import { Spacebars } from 'meteor/spacebars';

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const BADGES = { open: 'green', closed: 'grey' };

Template.ticketRow.helpers({
  highlighted() {
    // ruleid: js/xss
    return new Spacebars.SafeString(this.title.replace(/urgent/gi, '<mark>$&</mark>'));
  },
  escaped() {
    // ok: js/xss
    return new Spacebars.SafeString(`<b>${escapeHtml(this.title)}</b>`);
  },
  badge() {
    const cls = BADGES[this.status] || 'grey';
    // ok: js/xss
    return new Spacebars.SafeString(`<span class="badge ${cls}">${escapeHtml(this.status)}</span>`);
  },
  plain() {
    // ok: js/xss
    return this.title;
  },
});
