// express-handlebars helpers that take SafeString and escapeExpression out of the imported module.
import Handlebars from 'handlebars';
import * as hbs from 'handlebars';

const { escapeExpression, SafeString } = Handlebars;
const { SafeString: Raw } = hbs;

export const helpers = {
  // The text is escaped, but the search term is put back into the markup as it came.
  highlight(text, term) {
    const marked = escapeExpression(text).split(term).join(`<mark>${term}</mark>`);
    // ruleid: js/unescaped-template-output
    return new SafeString(marked);
  },
  badge(label) {
    // ruleid: js/unescaped-template-output
    return new Raw(`<span class="badge">${label}</span>`);
  },
  emphasis(text) {
    // ok: js/unescaped-template-output
    return new SafeString(`<em>${escapeExpression(text)}</em>`);
  },
};

// A project class of the same name is not Handlebars'.
class SafeHtml {
  constructor(html) {
    this.html = html;
  }
}
const local = { SafeString: SafeHtml };
const { SafeString: Wrapped } = local;
export function wrap(text) {
  // ok: js/unescaped-template-output
  return new Wrapped(text);
}
