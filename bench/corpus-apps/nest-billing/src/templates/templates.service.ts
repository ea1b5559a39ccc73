import { Injectable, NotFoundException } from '@nestjs/common';
import template from 'lodash/template';

const STOCK_TEMPLATES: Record<string, string> = {
  reminder: 'Dear <%- name %>, invoice <%- number %> is due on <%- due %>.',
  receipt: 'Thank you <%- name %>, we received <%- amount %>.',
};

@Injectable()
export class TemplatesService {
  preview(source: string, data: Record<string, unknown>) {
    // vuln: CWE-1336, CWE-94
    const render = template(source);
    return render(data);
  }

  renderStock(name: string, data: Record<string, unknown>) {
    if (!Object.prototype.hasOwnProperty.call(STOCK_TEMPLATES, name)) throw new NotFoundException();
    // safe: CWE-1336
    const render = template(STOCK_TEMPLATES[name]);
    return render(data);
  }
}
