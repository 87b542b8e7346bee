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
