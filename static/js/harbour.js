// Harbour's small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // A second click on "Post" while the first is on its way would only be
  // refused by the server's idempotency key; disabling the button says so sooner.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form.composer, .composer form")) return;
    var button = form.querySelector("button[type=submit]");
    if (button) {
      setTimeout(function () { button.disabled = true; }, 0);
    }
  });
})();
