'use strict';

module.exports = {
  name: 'de',
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  relativeTime: { future: 'in %s', past: 'vor %s', s: 'ein paar Sekunden', m: 'einer Minute', mm: '%d Minuten', h: 'einer Stunde', hh: '%d Stunden', d: 'einem Tag', dd: '%d Tagen' },
  plural: (n) => (n === 1 ? 'one' : 'other'),
};
