/* global $, portal */
$(function () {
  $.getJSON('/api/me', function (me) {
    // Display names are chosen by users at sign-up.
    // vuln: CWE-79
    $('#welcome').html('Welcome back, ' + me.displayName + '!');
    // safe: CWE-79
    $('#email').text(me.email);
  });

  var next = portal.param('next');
  if (next) {
    var continueLink = document.getElementById('continue');
    // vuln: CWE-79
    continueLink.setAttribute('href', next);
  }

  $('#logout').on('click', function () {
    $.post('/api/logout').always(function () {
      var returnTo = portal.param('returnTo') || '/';
      // vuln: CWE-601, CWE-79
      window.location.href = returnTo;
    });
  });

  $('#page-2').on('click', function () {
    // safe: CWE-601
    window.location.href = window.location.pathname + '?page=2' + window.location.hash;
  });

  $('#home').on('click', function () {
    var section = portal.param('section');
    // safe: CWE-601
    window.location.href = '/portal/' + encodeURIComponent(section || 'home');
  });

  var callback = portal.param('callback');
  if (callback) {
    // vuln: CWE-94
    setTimeout(callback + '()', 0);
  }

  var name = portal.param('name');
  if (name) {
    // vuln: CWE-79
    document.write('<p class="hello">Hello ' + decodeURIComponent(name) + '</p>');
  }
});
