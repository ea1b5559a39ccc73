import sanitizeHtml from 'sanitize-html'

/**
 * Program descriptions are edited by staff in a WYSIWYG editor and shown on
 * the public programs page; sanitised when saved.
 */
export const cleanProgramHtml = (html: string) =>
  sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'h3', 'h4', 'a', 'blockquote'],
    allowedAttributes: { a: ['href', 'title'] },
    allowedSchemes: ['https', 'mailto'],
  })

export const plainExcerpt = (html: string, length = 240) =>
  sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).slice(0, length)
