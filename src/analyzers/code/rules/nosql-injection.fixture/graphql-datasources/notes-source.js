export class NotesSource {
  constructor(db) {
    this.notes = db.collection('notes');
  }

  async containingText(text) {
    // ruleid: js/nosql-injection
    const docs = await this.notes.find({ $where: `this.body.indexOf('${text}') !== -1` }).toArray();
    return docs.map((d) => d.body);
  }

  async writtenBy(author) {
    // ok: js/nosql-injection
    const docs = await this.notes.find({ author: String(author) }).toArray();
    return docs.map((d) => d.body);
  }
}
