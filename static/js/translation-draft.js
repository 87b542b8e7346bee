// wagtail-localize's editor renders its action bar with React, again on every change, and for
// translators (who may not publish) its first action was "Delete". This puts "Save draft and
// submit for review" first in that bar whenever the bar is drawn; the form stays below the
// editor, where it also works without this script.
(function () {
  const form = document.getElementById("translation-draft");
  if (!form) return;
  const place = () => {
    const bar = document.querySelector(".js-translation-editor footer nav.actions");
    if (!bar || bar.querySelector('[form="translation-draft"]')) return;
    const button = form.querySelector("button").cloneNode(true);
    button.setAttribute("form", "translation-draft");
    const slot = document.createElement("div");
    slot.className = "w-dropdown-button";
    slot.append(button);
    bar.prepend(slot);
  };
  new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
  place();
})();
