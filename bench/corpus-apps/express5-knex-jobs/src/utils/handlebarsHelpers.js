import Handlebars from 'handlebars'

const { escapeExpression, SafeString } = Handlebars

export const helpers = {
  eq: (a, b) => a === b,

  formatSalary(min, max, currency = 'USD') {
    const fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 })
    if (!min && !max) return 'Not disclosed'
    if (!max) return `from ${fmt.format(min)}`
    return `${fmt.format(min ?? 0)} – ${fmt.format(max)}`
  },

  date(value) {
    return value ? new Date(value).toLocaleDateString('en-US', { dateStyle: 'medium' }) : ''
  },

  /**
   * Wraps the search term in <mark> inside a result title.
   */
  highlight(text, term) {
    if (!term) return text
    const escapedText = escapeExpression(text)
    const marked = escapedText.split(term).join(`<mark>${term}</mark>`)
    // vuln: CWE-79
    return new SafeString(marked)
  },

  /**
   * Outbound link to the employer's own careers page.
   */
  externalLink(url, label) {
    let href = '#'
    try {
      const parsed = new URL(String(url))
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') href = parsed.href
    } catch {
      href = '#'
    }
    // safe: CWE-79
    return new SafeString(`<a href="${escapeExpression(href)}" rel="noopener nofollow" target="_blank">${escapeExpression(label)}</a>`)
  },
}
