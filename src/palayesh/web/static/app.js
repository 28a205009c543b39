// palayesh serve: the only script. Light/dark toggle (remembered) and "/" to focus the search box.
(function () {
  "use strict";
  var root = document.documentElement;
  try {
    var saved = window.localStorage.getItem("palayesh-theme");
    if (saved === "light" || saved === "dark") root.setAttribute("data-theme", saved);
  } catch (e) { /* storage may be off: follow the system theme */ }
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("theme");
    if (button) {
      button.addEventListener("click", function () {
        var dark = root.getAttribute("data-theme") === "dark" ||
          (!root.getAttribute("data-theme") && window.matchMedia("(prefers-color-scheme: dark)").matches);
        var next = dark ? "light" : "dark";
        root.setAttribute("data-theme", next);
        try { window.localStorage.setItem("palayesh-theme", next); } catch (e) { /* ignore */ }
      });
    }
    var toggle = document.querySelector(".ftoggle"), facets = document.getElementById("facets");
    if (toggle && facets) {  // phones: facets behind «فیلترها»
      toggle.addEventListener("click", function () {
        var open = facets.classList.toggle("open");
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }
    document.addEventListener("keydown", function (ev) {
      var box = document.querySelector(".qbox input");
      var el = document.activeElement, typing = el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);
      // not while typing: a date field takes «۱۴۰۲/۰۳/۱۵»
      if (ev.key === "/" && box && !typing) { ev.preventDefault(); box.focus(); }
    });
  });
})();
