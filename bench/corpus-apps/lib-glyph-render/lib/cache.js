/** Small LRU for compiled path generators. */
export class GlyphCache {
  constructor (limit = 512) {
    this.limit = limit
    this.map = new Map()
  }

  get (key) {
    const v = this.map.get(key)
    if (v !== undefined) {
      this.map.delete(key)
      this.map.set(key, v)
    }
    return v
  }

  set (key, value) {
    if (this.map.has(key)) this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.limit) {
      this.map.delete(this.map.keys().next().value)
    }
  }
}
