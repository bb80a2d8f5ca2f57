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
    function sync() { textarea.value = area.innerHTML; }
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

  document.querySelectorAll('textarea[data-rte]').forEach(richText);
  document.querySelectorAll('.picker-search').forEach(pickerSearch);
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
