// Enhancements for the content editor. Without this file every feature still works through form posts.
(function () {
  'use strict';

  // A small WYSIWYG over the rich-text textarea: the textarea stays the field that is posted (the server sanitises it).
  function richText(textarea) {
    var area = document.createElement('div');
    area.className = 'rte-area';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    area.setAttribute('aria-label', label ? label.textContent.trim() : textarea.name);
    if (textarea.getAttribute('aria-describedby')) {
      area.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }
    area.innerHTML = textarea.value;

    var toolbar = document.createElement('div');
    toolbar.className = 'rte-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', textarea.dataset.toolbar || '');
    // contenteditable keeps a space typed before a formatting change as a non-breaking one, which then stays in the
    // stored HTML and stops lines from wrapping (review B22); the toolbar has no way to ask for one, so none is meant.
    function sync() { textarea.value = area.innerHTML.replace(/&nbsp;|\u00a0/g, ' '); }
    function add(text, action) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.addEventListener('mousedown', function (e) { e.preventDefault(); });
      button.addEventListener('click', function () { area.focus(); action(); sync(); });
      toolbar.appendChild(button);
    }
    add(textarea.dataset.bold, function () { document.execCommand('bold'); });
    add(textarea.dataset.italic, function () { document.execCommand('italic'); });
    add(textarea.dataset.heading, function () { document.execCommand('formatBlock', false, 'h2'); });
    add(textarea.dataset.list, function () { document.execCommand('insertUnorderedList'); });
    add(textarea.dataset.link, function () {
      var url = window.prompt(textarea.dataset.linkPrompt, 'https://');
      if (url) { document.execCommand('createLink', false, url); }
    });
    area.addEventListener('input', sync);
    area.addEventListener('blur', sync);
    textarea.hidden = true;
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(area, textarea);
    if (textarea.form) { textarea.form.addEventListener('submit', sync); }
  }

  // Live results while typing in a picker's search; picking is still the same form post as without script.
  function pickerSearch(box) {
    var input = box.querySelector('input[type=search]');
    var button = box.querySelector('button[value^="search|"]');
    var results = box.querySelector('.results');
    var path = box.dataset.picker;
    var timer = 0;
    var last = '';
    function search() {
      var q = input.value.trim();
      if (q === last) { return; }
      last = q;
      var url = new URL(window.location.href);
      url.searchParams.set('handler', 'Search');
      url.searchParams.set('path', path);
      url.searchParams.set('q', q);
      fetch(url.toString(), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          results.textContent = '';
          items.forEach(function (item) {
            var li = document.createElement('li');
            var pick = document.createElement('button');
            pick.type = 'submit';
            pick.name = 'op';
            pick.value = 'pick|' + path + '|' + item.udi;
            pick.className = 'small secondary';
            pick.textContent = item.label;
            li.appendChild(pick);
            var hint = document.createElement('span');
            hint.className = 'hint';
            hint.textContent = ' ' + item.type;
            li.appendChild(hint);
            results.appendChild(li);
          });
        });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 250); });
    // Enter in the search field searches instead of saving the whole item.
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); button.click(); }
    });
  }

  // Enter in a search field of the media panel presses its search button instead of saving the whole item.
  function enterPresses(input) {
    input.addEventListener('keydown', function (e) {
      var button = document.getElementById(input.dataset.enter);
      if (e.key === 'Enter' && button) { e.preventDefault(); button.click(); }
    });
  }

  function enhance(root) {
    root.querySelectorAll('textarea[data-rte]').forEach(richText);
    root.querySelectorAll('input[data-enter]').forEach(enterPresses);
    root.querySelectorAll('.picker-search').forEach(pickerSearch);
    root.querySelectorAll('nav.tabs').forEach(tabList);
  }

  // In-form actions (add or remove a block or link, move, search, pick; review B7) post the same form to the same
  // address, but in the background: the form is swapped for the answer's and the focus goes to the field concerned,
  // instead of a page reload at the top. Saving and publishing stay ordinary posts. On any surprise (the session
  // ended, an error page) the button is pressed again as a normal post, so nothing differs from a page without script.
  var writes = ['save', 'overwrite', 'publish', 'unpublish', 'approval'];
  function controlIds(form) {
    var ids = {};
    Array.prototype.forEach.call(form.querySelectorAll('input, select, textarea, button, [contenteditable]'), function (c) { if (c.id) { ids[c.id] = true; } });
    return ids;
  }
  function target(form, op, path, value, before) {
    // The server names the control to continue from when it knows better (the media picker's panel, issue 14); Razor
    // writes data-* attributes even when empty, so only "true" counts.
    var marked = form.querySelector('[data-focus="true"]');
    if (marked) { return marked; }
    var controls = form.querySelectorAll('input:not([type=hidden]), select, textarea, button');
    var i;
    if (op === 'addblock' || op === 'addlink') {
      for (i = 0; i < controls.length; i++) { if (controls[i].id && !before[controls[i].id] && controls[i].id.indexOf('-addbtn') < 0) { return controls[i]; } }
    }
    if (op === 'search') {
      var pick = form.querySelector('button[value^="pick|' + path + '|"]');
      if (pick) { return pick; }
    }
    var same = form.querySelector('button[value="' + value.replace(/"/g, '\\"') + '"]');
    if (same && op !== 'pick') { return same; }
    var field = document.getElementById('fld-' + path.replace(/\./g, '-'));
    if (field && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(field.tagName)) { return field; }
    var inside = field && field.querySelector('input:not([type=hidden]), select, textarea');
    return inside || field;
  }
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('form.editor button[name=op]');
    if (!button || e.defaultPrevented || !window.fetch || !window.DOMParser) { return; }
    var parts = button.value.split('|');
    if (writes.indexOf(parts[0]) >= 0 || button.dataset.plain) { return; }
    e.preventDefault();
    var form = button.form;
    form.querySelectorAll('textarea[data-rte]').forEach(function (t) { var a = t.previousElementSibling; if (a && a.classList.contains('rte-area')) { t.value = a.innerHTML.replace(/&nbsp;|\u00a0/g, ' '); } });
    var data = new FormData(form);
    data.append('op', button.value);
    var before = controlIds(form);
    form.setAttribute('aria-busy', 'true');
    fetch(form.action || window.location.href, { method: 'POST', body: data, credentials: 'same-origin', redirect: 'manual' })
      .then(function (r) { return r.ok && r.type !== 'opaqueredirect' ? r.text() : Promise.reject(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('form.editor');
        if (!fresh) { return Promise.reject(); }
        var adopted = document.importNode(fresh, true);
        form.replaceWith(adopted);
        enhance(adopted);
        adopted.dispatchEvent(new Event('change', { bubbles: true }));
        var to = target(adopted, parts[0], parts[1] || '', button.value, before);
        if (to) {
          if (to.tabIndex < 0 && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(to.tagName)) { to.setAttribute('tabindex', '-1'); }
          to.focus();
        }
      })
      .catch(function () {
        form.removeAttribute('aria-busy');
        button.dataset.plain = 'true';
        button.click();
      });
  });

  // The tab list is one stop in the tab order: arrow keys, Home and End move between the tabs, Enter goes to the
  // tab's fields (the section takes the focus, so the next Tab is its first field). All sections stay on the page.
  function tabList(nav) {
    var links = Array.prototype.slice.call(nav.querySelectorAll('a[href^="#"]'));
    function current(link) {
      links.forEach(function (l) { l.tabIndex = l === link ? 0 : -1; if (l === link) { l.setAttribute('aria-current', 'true'); } else { l.removeAttribute('aria-current'); } });
    }
    current(links.filter(function (l) { return l.hash === window.location.hash; })[0] || links[0]);
    nav.addEventListener('keydown', function (e) {
      var i = links.indexOf(document.activeElement);
      if (i < 0) { return; }
      var to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: links.length - 1 }[e.key];
      if (to === undefined) { return; }
      e.preventDefault();
      to = (to + links.length) % links.length;
      current(links[to]);
      links[to].focus();
    });
    nav.addEventListener('click', function (e) {
      var link = e.target.closest('a');
      var section = link && document.getElementById(link.hash.slice(1));
      if (!section) { return; }
      current(link);
      // After the browser's own scroll to the section; focusing it also tells a screen reader where it is.
      setTimeout(function () { section.focus(); }, 0);
    });
  }

  enhance(document);
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
