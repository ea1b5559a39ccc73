const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * Accepts only same-site relative paths ("/billing", "/settings?tab=plan").
 * Anything else falls back to the dashboard.
 */
export function safeReturnPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || value.length > 512) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  try {
    const resolved = new URL(value, 'https://app.invalid');
    if (resolved.origin !== 'https://app.invalid') return fallback;
    return resolved.pathname + resolved.search;
  } catch {
    return fallback;
  }
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/static/hosted.css"></head>
<body><main class="hosted">${body}</main></body>
</html>`;
}
