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

  // The unread badge follows new notifications live (the page is right without it).
  var badge = document.getElementById("unread-badge");
  if (badge && "WebSocket" in window) {
    var attempt = 0;
    var connect = function () {
      var scheme = location.protocol === "https:" ? "wss://" : "ws://";
      var socket = new WebSocket(scheme + location.host + "/ws/notifications/");
      socket.onopen = function () { attempt = 0; };
      socket.onmessage = function (event) {
        var frame = JSON.parse(event.data);
        if (frame.type === "notified") badge.textContent = frame.unread ? "(" + frame.unread + " new)" : "";
      };
      socket.onclose = function (event) {
        if (event.code === 4403 || event.code === 4400) return;
        setTimeout(connect, Math.min(30000, 1000 * Math.pow(2, attempt++)) * (0.5 + Math.random()));
      };
    };
    connect();
  }
})();
