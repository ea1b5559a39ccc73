module.exports = {
  friendlyName: 'Spine label barcode',

  inputs: {
    id: { type: 'number', required: true },
    symbology: { type: 'string', defaultsTo: 'code128' },
    qr: { type: 'boolean', defaultsTo: false },
  },

  fn: async function ({ id, symbology, qr }) {
    const book = await Book.findOne({ id });
    if (!book) {
      return this.res.notFound();
    }
    const file = await sails.helpers.renderBarcode.with({ text: book.isbn, symbology, qr });
    return this.res.sendFile(file);
  },
};
