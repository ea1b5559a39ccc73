const DEFAULTS = Object.freeze({
  content: 'article',
  container: '#toc',
  headings: 'h2, h3',
  title: 'Contents',
  classPrefix: 'toc',
  scrollSpy: true,
  offset: 80,
})

export function resolveOptions(user) {
  const options = { ...DEFAULTS }
  for (const key of Object.keys(DEFAULTS)) {
    if (user[key] !== undefined) options[key] = user[key]
  }
  options.classPrefix = String(options.classPrefix).replace(/[^\w-]/g, '') || 'toc'
  options.offset = Number.isFinite(Number(options.offset)) ? Number(options.offset) : DEFAULTS.offset
  return options
}
