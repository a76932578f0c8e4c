// Harbour's small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // A second click on "Post" while the first is on its way would only be
  // refused by the server's idempotency key; disabling the button says so sooner.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form.composer, .composer form")) return;
    // After the browser has read the pressed button's value, not before.
    setTimeout(function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  });
})();
