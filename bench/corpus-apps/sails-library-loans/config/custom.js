module.exports.custom = {
  baseUrl: process.env.BASE_URL || 'http://localhost:1337',
  coverDir: process.env.COVER_DIR || '/var/lib/shelfwise/covers',
  exportDir: process.env.EXPORT_DIR || '/var/lib/shelfwise/exports',
  openLibraryBase: 'https://openlibrary.org',
  apiTokenSecret: process.env.API_TOKEN_SECRET,
  finePerDayCents: 20,
};
