let counter = 0;

/**
 * Attaches a tooltip to `element`. The text is `options.title`, else the element's `title`
 * attribute (both plain text: set as text, never parsed as HTML).
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
  const arrow = document.createElement('div');
  arrow.className = 'tt-arrow';
  const inner = document.createElement('div');
  inner.className = 'tt-inner';
  // safe: CWE-79
  inner.textContent = title;
  tip.append(arrow, inner);
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
