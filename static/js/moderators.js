// For moderators, on every page: urgent cases raise an alert, and the queue page
// refreshes its list (through the server, so every reader's policy applies).
(function () {
  "use strict";
  if (!("WebSocket" in window)) return;
  var alertBox = document.getElementById("urgent-alert");
  var queue = document.querySelector("ol.cases");
  var attempt = 0;
  var refreshing = false;

  function refreshQueue() {
    if (!queue || refreshing) return;
    refreshing = true;
    fetch(location.href, { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").querySelector("ol.cases");
        if (next) { queue.replaceWith(next); queue = next; }
      })
      .finally(function () { refreshing = false; });
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/ws/moderation/");
    socket.onopen = function () { attempt = 0; };
    socket.onmessage = function (event) {
      var frame = JSON.parse(event.data);
      if (frame.urgent && frame.change === "opened" && alertBox) alertBox.hidden = false;
      refreshQueue();
    };
    socket.onclose = function (event) {
      // Not allowed, a bad frame, or a second sign-in step needed: retrying would not help.
      if (event.code === 4403 || event.code === 4400 || event.code === 4401) return;
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt)) * (0.5 + Math.random());
      attempt += 1;
      setTimeout(connect, delay);
    };
  }
  connect();
})();
