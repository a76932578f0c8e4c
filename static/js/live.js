// Live thread updates. The page works fully without this file; with it, new
// replies, edits, removals and reaction counts arrive without reloading.
(function () {
  "use strict";

  var posts = document.querySelector(".posts[data-live]");
  if (!posts || !("WebSocket" in window)) return;

  var announcer = document.getElementById("live-announcer");
  var pill = document.getElementById("new-replies");
  var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
  var onLastPage = posts.hasAttribute("data-last-page");
  var lastNumber = parseInt(posts.getAttribute("data-last") || "0", 10);
  var unseen = 0;
  var attempt = 0;
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function announce(text) {
    if (announcer) announcer.textContent = text;
  }

  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    var node = template.content.firstElementChild;
    if (node && csrf) {
      node.querySelectorAll("input[data-csrf]").forEach(function (input) { input.value = csrf.value; });
    }
    return node;
  }

  function belowFold() {
    var rect = posts.getBoundingClientRect();
    return rect.bottom > window.innerHeight + 40;
  }

  function showPill() {
    if (!pill) return;
    pill.hidden = false;
    pill.textContent = unseen === 1 ? "1 new reply" : unseen + " new replies";
  }

  function place(frame) {
    var existing = document.getElementById("post-" + frame.post_id);
    var node = fragment(frame.html);
    if (!node) return;
    if (existing) {
      existing.replaceWith(node);
      return;
    }
    if (!onLastPage) { unseen += 1; showPill(); return; }
    var wasBelow = belowFold();
    posts.appendChild(node);
    if (frame.number) lastNumber = Math.max(lastNumber, frame.number);
    announce("New reply from " + (node.querySelector(".author") || {}).textContent);
    if (wasBelow) { unseen += 1; showPill(); }
  }

  var typingNote = document.getElementById("typing-note");
  var typingTimer = null;

  function handle(frame) {
    if (frame.type === "typing" && typingNote) {
      typingNote.textContent = frame.username + " is replying…";
      typingNote.hidden = false;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { typingNote.hidden = true; }, 6000);
    } else if (frame.type === "post") {
      place(frame);
    } else if (frame.type === "state") {
      var note = document.getElementById("locked-note");
      if (note) note.hidden = !frame.locked;
      announce(frame.locked ? "This thread is now locked." : "This thread is open for replies.");
    }
  }

  var socket = null;
  var lastTyping = 0;
  var composer = document.querySelector(".composer textarea");
  if (composer) {
    composer.addEventListener("input", function () {
      var now = Date.now();
      if (socket && socket.readyState === WebSocket.OPEN && now - lastTyping > 5000) {
        lastTyping = now;
        socket.send(JSON.stringify({ type: "typing" }));
      }
    });
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + posts.getAttribute("data-live"));
    var catchUp = function () {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "since", after: lastNumber }));
    };
    var heartbeat = null;
    socket.onopen = function () {
      attempt = 0;
      catchUp();
      // A server-side layer restart can drop a subscription without closing the
      // socket; asking now and then for what came after the last post covers it.
      heartbeat = setInterval(catchUp, 30000);
    };
    socket.onmessage = function (event) {
      try { handle(JSON.parse(event.data)); } catch (e) { /* a malformed frame is ignored */ }
    };
    socket.onclose = function (event) {
      clearInterval(heartbeat);
      if (event.code === 4403 || event.code === 4400) return; // not allowed: stay quiet
      // Exponential backoff with jitter, capped at 30 seconds.
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt)) * (0.5 + Math.random());
      attempt += 1;
      setTimeout(connect, delay);
    };
  }

  if (pill) {
    pill.addEventListener("click", function () {
      unseen = 0;
      pill.hidden = true;
      if (!onLastPage) { location.href = pill.getAttribute("data-last-url"); return; }
      posts.lastElementChild.scrollIntoView({ behavior: reduceMotion ? "auto" : "smooth" });
    });
  }
  window.addEventListener("scroll", function () {
    if (pill && !pill.hidden && onLastPage && !belowFold()) { unseen = 0; pill.hidden = true; }
  }, { passive: true });

  connect();
})();
