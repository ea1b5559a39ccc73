/* global site, fragment */
// A page script loaded after site.js: its helpers are globals of the same page.
document.addEventListener('DOMContentLoaded', function () {
  var q = site.query('q') || '';
  // ruleid: js/xss
  document.getElementById('title').innerHTML = 'Results for <b>' + q + '</b>';
  // ok: js/xss
  document.getElementById('crumb').innerHTML = 'Results for <b>' + site.escape(q) + '</b>';
  // ok: js/xss
  document.getElementById('count').textContent = 'Searching for ' + q;

  var note = fragment('note');
  // ruleid: js/xss
  document.getElementById('note').insertAdjacentHTML('beforeend', '<p>' + note + '</p>');
  // ok: js/xss
  document.getElementById('note-text').insertAdjacentText('beforeend', note);
  // The fragment chooses a section by name, never markup.
  // ok: js/xss
  $('#' + CSS.escape(fragment('tab') || 'all')).addClass('active');
});
