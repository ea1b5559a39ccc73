/* global $, portal */
$(function () {
  var tab = window.location.hash.slice(1) || 'photos';
  $('.tab').removeClass('active');
  // safe: CWE-79
  $('#' + tab).addClass('active');

  var caption = portal.hashParam('caption');
  if (caption) {
    // vuln: CWE-79
    $('<figcaption class="caption">' + caption + '</figcaption>').appendTo('#gallery');
  }

  var note = portal.hashParam('note');
  if (note) {
    // vuln: CWE-79
    document.getElementById('notes').insertAdjacentHTML('beforeend', '<p class="note">' + note + '</p>');
    // safe: CWE-79
    document.getElementById('notes-plain').insertAdjacentText('beforeend', note);
  }

  var productId = portal.hashParam('product');
  if (productId) {
    var open = document.getElementById('open-product');
    // vuln: CWE-79
    open.href = 'javascript:openProduct("' + productId + '")';
  }
});
