/* global $, portal */
$(function () {
  var q = portal.param('q') || '';
  // safe: CWE-79
  $('#q').val(q);
  if (!q) return;

  // vuln: CWE-79
  $('#results-title').html('Results for <b>' + q + '</b>');
  // safe: CWE-79
  $('#results-count').text('Searching for ' + q + '…');
  // safe: CWE-79
  $('#results-crumb').html('Results for <b>' + portal.escape(q) + '</b>');

  $.getJSON('/api/search', { q: q }, function (data) {
    var list = $('#results').empty();
    data.items.forEach(function (item) {
      // safe: CWE-79
      $('<li/>').append($('<a/>').attr('href', '/p/' + encodeURIComponent(item.slug)).text(item.name)).appendTo(list);
    });
  });
});
