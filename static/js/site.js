// Progressive enhancement: without this script the menu is a plain list under the header.
(function () {
  "use strict";
  document.documentElement.classList.replace("no-js", "js");

  function initMenu() {
    var button = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (!button || !menu) return;
    var label = button.querySelector(".menu-toggle__label");
    button.hidden = false;

    function setOpen(open, returnFocus) {
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
      label.textContent = open ? button.dataset.labelClose : button.dataset.labelOpen;
      if (open) {
        var first = menu.querySelector("a");
        if (first) first.focus();
      } else if (returnFocus) {
        button.focus();
      }
    }

    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true", false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false, true);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initMenu);
  } else {
    initMenu();
  }
})();

// The last audience chosen (visitor, teacher, event organiser) is remembered in a cookie set
// here, never by the server: cached pages stay the same for everyone. The home page then
// offers a link back to that audience's section, copied from the footer switcher.
(function () {
  "use strict";
  var COOKIE = "audience";
  var YEAR = 60 * 60 * 24 * 365;

  function remember(audience) {
    document.cookie = COOKIE + "=" + encodeURIComponent(audience) +
      "; path=/; max-age=" + YEAR + "; SameSite=Lax";
  }

  function remembered() {
    var match = document.cookie.match(/(?:^|; )audience=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function init() {
    var links = document.querySelectorAll("a[data-audience]");
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("click", function () { remember(link.dataset.audience); });
      if (link.getAttribute("aria-current")) remember(link.dataset.audience);
    });
    var slot = document.querySelector("[data-continue-offer]");
    var audience = remembered();
    if (!slot || !audience) return;
    var source = document.querySelector('.audience-switch a[data-audience="' + audience + '"]');
    if (!source) return;
    var link = slot.querySelector("a");
    link.setAttribute("href", source.getAttribute("href"));
    link.textContent = source.textContent;
    link.dataset.audience = audience;
    slot.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
