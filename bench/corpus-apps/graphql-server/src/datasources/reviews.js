export class ReviewsDataSource {
  constructor(db) {
    this.reviews = db.collection('reviews');
  }

  async matching(filter) {
    // vuln: CWE-943
    const docs = await this.reviews.find({ $where: `this.text.indexOf('${filter}') !== -1` }).limit(50).toArray();
    return docs.map((d) => d.text);
  }

  async forProduct(productId) {
    // safe: CWE-943
    const docs = await this.reviews.find({ productId: String(productId) }).limit(50).toArray();
    return docs.map((d) => d.text);
  }
}
