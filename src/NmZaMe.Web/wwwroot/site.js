// Progressive enhancement only: everything works without this file.

// A print button where the page offers one (without JavaScript the slot tells how to print from the browser menu).
document.querySelectorAll(".print-slot").forEach(function (slot) {
  var button = document.createElement("button");
  button.type = "button";
  button.className = "print-button";
  button.textContent = slot.getAttribute("data-print-label");
  button.addEventListener("click", function () { window.print(); });
  slot.replaceWith(button);
});

// The chosen list lives in the address (?list=id.id). Without JavaScript each "add" link loads the page again with
// the list changed; with it the list changes in place and every site link and form on the page carries it on.
(function () {
  var bar = document.querySelector(".list-bar");
  if (!bar || !window.URL || !window.URLSearchParams || !history.replaceState) { return; }

  function ids(search) {
    var all = [];
    new URLSearchParams(search).getAll("list").forEach(function (value) {
      value.split(/[.,\s]+/).forEach(function (id) { if (id && all.indexOf(id) < 0) { all.push(id); } });
    });
    return all;
  }

  function withList(href, list) {
    var url = new URL(href, location.href);
    url.searchParams.delete("list");
    if (list.length) { url.searchParams.set("list", list.join(".")); }
    return url.pathname + url.search + url.hash;
  }

  function toggled(list, id) {
    var next = list.filter(function (x) { return x !== id; });
    if (next.length === list.length) { next.push(id); }
    return next;
  }

  function isSite(href) { return /^\/(sl|en)\//.test(href || ""); }

  function apply(list) {
    history.replaceState(history.state, "", withList(location.href, list).replace(/#.*$/, ""));
    document.querySelectorAll("a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (!isSite(href) || link.hasAttribute("data-list-fixed")) { return; }
      if (link.classList.contains("list-toggle")) {
        var id = link.getAttribute("data-id");
        var on = list.indexOf(id) >= 0;
        link.setAttribute("href", withList(href, toggled(list, id)));
        link.setAttribute("data-on", on ? "1" : "0");
        link.querySelector(".list-toggle-text").textContent = bar.getAttribute(on ? "data-remove" : "data-add");
        var card = link.closest(".service-card");
        if (card) { card.classList.toggle("on-list", on); }
      } else {
        link.setAttribute("href", withList(href, list));
      }
    });
    document.querySelectorAll("form").forEach(function (form) {
      if (!isSite(form.getAttribute("action")) || (form.method || "get").toLowerCase() !== "get") { return; }
      var input = form.querySelector("input[type=hidden][name=list]");
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = "list";
        form.appendChild(input);
      }
      input.value = list.join(".");
      input.disabled = list.length === 0;
    });
    bar.hidden = list.length === 0;
    bar.querySelector(".list-count").textContent = bar.getAttribute("data-count").replace("{0}", list.length);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.list-toggle");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    event.preventDefault();
    var id = link.getAttribute("data-id");
    var before = ids(location.search);
    var list = toggled(before, id);
    apply(list);
    var status = document.querySelector(".list-status");
    status.textContent = status.getAttribute(list.length > before.length ? "data-added" : "data-removed");
  });
})();

// Quick exit (GOV.UK's "Exit this page"): without JavaScript a plain link. With it, the page is hidden at once, the
// neutral page replaces this one in the history, and pressing Shift three times within five seconds does the same.
(function () {
  var exit = document.querySelector(".quick-exit-button");
  if (!exit) {
    return;
  }

  var target = exit.getAttribute("href");
  var status = document.querySelector(".quick-exit-status");
  var hint = document.querySelector(".quick-exit-shortcut");
  var presses = 0;
  var timer = 0;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add("exiting");
    if (status) {
      status.textContent = exit.getAttribute("data-leaving");
    }
    window.location.replace(target);
  }

  function reset() {
    presses = 0;
    window.clearTimeout(timer);
    if (status) {
      status.textContent = "";
    }
  }

  exit.addEventListener("click", leave);
  if (hint) {
    hint.hidden = false;
  }

  // Shift alone counts; Shift used for a capital letter does not (its keyup follows a keyup with shiftKey set),
  // and any other key starts the count again.
  var lastKeyWasModified = false;
  document.addEventListener("keyup", function (event) {
    if (event.key === "Shift" && !lastKeyWasModified) {
      presses += 1;
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, 5000);
      if (presses >= 3) {
        reset();
        leave();
      } else if (status) {
        status.textContent = (exit.getAttribute("data-count-format") || "").replace("{0}", String(3 - presses));
      }
    } else if (presses > 0) {
      reset();
    }
    lastKeyWasModified = event.shiftKey;
  }, true);

  // Back to this page from the history cache: show it again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove("exiting");
    }
  });
})();
