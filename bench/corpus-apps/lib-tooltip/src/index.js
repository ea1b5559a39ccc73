let counter = 0;

/**
 * Attaches a tooltip to `element`. The text is `options.title`, else the element's `title`
 * attribute (both plain text).
 * @param {HTMLElement} element
 * @param {{ title?: string, placement?: 'top' | 'bottom' }} [options]
 */
export function tooltip(element, options = {}) {
  const title = options.title ?? element.getAttribute('title') ?? '';
  const placement = options.placement === 'bottom' ? 'bottom' : 'top';
  const tip = document.createElement('div');
  tip.id = `tt-${++counter}`;
  tip.className = `tt tt-${placement}`;
  tip.setAttribute('role', 'tooltip');
  // vuln: CWE-79
  tip.innerHTML = `<div class="tt-arrow"></div><div class="tt-inner">${title}</div>`;
  element.removeAttribute('title');
  element.setAttribute('aria-describedby', tip.id);
  const show = () => document.body.appendChild(tip);
  const hide = () => tip.remove();
  element.addEventListener('mouseenter', show);
  element.addEventListener('focus', show);
  element.addEventListener('mouseleave', hide);
  element.addEventListener('blur', hide);
  return { element, tip, show, hide };
}

/** Replaces the text of an attached tooltip. */
export function setTitle(handle, text) {
  // safe: CWE-79
  handle.tip.querySelector('.tt-inner').textContent = text;
}
