// Work is never lost (review B5, B6): a warning before leaving a form with unsaved changes, a keep-alive while the
// editor types, a warning a minute before the session ends, and a kept form filled in again after signing in.
// Without this file the server still keeps a form posted after the session ended and lists it after signing in.
(function () {
  'use strict';
  var body = document.body;
  var main = document.getElementById('main');

  // --- Unsaved changes: only forms that post and were changed (or re-shown by the server with unsaved text).
  var dirty = new Set();
  var leaving = false;
  function postForms() {
    return Array.prototype.filter.call(main.querySelectorAll('form'), function (f) {
      return (f.getAttribute('method') || '').toLowerCase() === 'post' &&
        f.querySelector('input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select');
    });
  }
  if (body.dataset.unsaved === 'true') { postForms().forEach(function (f) { dirty.add(f); }); }
  main.addEventListener('input', function (e) { mark(e.target); });
  main.addEventListener('change', function (e) { mark(e.target); });
  function mark(target) {
    var form = target.form || (target.closest && target.closest('form'));
    if (form && postForms().indexOf(form) >= 0) { dirty.add(form); }
  }
  // Submitting is how the changes are kept, so it never asks.
  document.addEventListener('submit', function () { leaving = true; }, true);
  window.addEventListener('pageshow', function () { leaving = false; });
  window.addEventListener('beforeunload', function (e) {
    if (leaving || dirty.size === 0) { return; }
    e.preventDefault();
    e.returnValue = '';
  });

  // --- A kept form (posted after the session ended): fill in the fields of the form on this page.
  var keptData = document.getElementById('kept-form');
  if (keptData) {
    var fields = JSON.parse(keptData.textContent);
    var form = postForms()[0];
    if (form) {
      var used = {};
      fields.forEach(function (pair) {
        var controls = Array.prototype.filter.call(form.elements, function (c) { return c.name === pair[0] && c.type !== 'file' && c.type !== 'hidden'; });
        if (controls.length === 0) { return; }
        var first = controls[0];
        if (first.type === 'checkbox' || first.type === 'radio') {
          controls.forEach(function (c) { if (c.value === pair[1]) { c.checked = true; } });
        } else if (first.tagName === 'SELECT' && first.multiple) {
          Array.prototype.forEach.call(first.options, function (o) { if (o.value === pair[1]) { o.selected = true; } });
        } else {
          var i = used[pair[0]] || 0;
          if (controls[i]) { controls[i].value = pair[1]; }
          used[pair[0]] = i + 1;
        }
      });
      dirty.add(form);
    }
  }

  // --- Session: keep-alive while typing, a warning before the end.
  var left = parseInt(body.dataset.sessionLeft, 10);
  if (isNaN(left)) { return; }
  var warnBefore = parseInt(body.dataset.sessionWarn, 10);
  var pingEvery = parseInt(body.dataset.sessionPing, 10);
  var dialog = document.getElementById('session-warning');
  var text = document.getElementById('session-warning-text');
  var stay = document.getElementById('session-stay');
  var original = text.textContent;
  var token = document.querySelector('input[name=__RequestVerificationToken]');
  // Loading this page renewed the session already (every signed-in request does), so the first keep-alive waits a
  // full interval. A keep-alive sent at once could still be in flight when a form typed in right away (the 2FA set-up
  // code) changes the security stamp: answered later, it would bring back the old cookie and sign the user out.
  var lastPing = Date.now();
  var ended = false;
  var returnFocus = null;
  var warnTimer = 0;
  var endTimer = 0;

  function schedule(ms) {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    body.dataset.sessionEnds = String(Date.now() + ms);
    warnTimer = setTimeout(warn, Math.max(0, ms - warnBefore));
    // A moment after the server's limit, so the page never claims the end before the server does.
    endTimer = setTimeout(end, ms + 1000);
  }
  function warn() {
    if (ended || !dialog.hidden) { return; }
    returnFocus = document.activeElement;
    text.textContent = original;
    stay.hidden = false;
    dialog.hidden = false;
    stay.focus();
  }
  function end() {
    ended = true;
    text.textContent = text.dataset.ended;
    stay.hidden = true;
    dialog.hidden = false;
    dialog.setAttribute('data-ended', 'true');
  }
  function ping() {
    if (ended || !token) { return Promise.resolve(false); }
    lastPing = Date.now();
    return fetch('/umbraco/session/keep-alive', {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'RequestVerificationToken': token.value, 'Accept': 'application/json' }
    }).then(function (r) {
      if (r.type === 'opaqueredirect' || !r.ok) { end(); return false; }
      return r.json().then(function (answer) {
        schedule(answer.left);
        dialog.hidden = true;
        return true;
      });
    }).catch(function () { return false; });
  }
  function active() {
    // After a submit the answer to it renews the session; a keep-alive then could only race with it.
    if (leaving) { return; }
    if (Date.now() - lastPing >= pingEvery) { ping(); }
  }
  document.addEventListener('input', active, true);
  document.addEventListener('keydown', function (e) { if (!dialog.contains(e.target)) { active(); } }, true);
  stay.addEventListener('click', function () {
    ping().then(function (ok) {
      if (!ok) { return; }
      dialog.hidden = true;
      if (returnFocus && returnFocus.focus) { returnFocus.focus(); }
    });
  });
  dialog.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !ended) { stay.click(); }
  });
  schedule(left);
})();
