// sendspec web inbox: live updates (no framework, no build step). The pages work without
// this file; with it, the part of the page marked #live is re-read whenever the emulator's
// state changes (GET /_emulator/ui/poll long-polls until its version differs).
"use strict";
(function () {
  var live = document.getElementById("live");
  var state = document.getElementById("live-state");
  if (!live || !window.fetch) return;
  var version = live.getAttribute("data-version") || "";
  var poll = live.getAttribute("data-poll");
  var failures = 0;

  function show(text) {
    if (state) state.textContent = text;
  }

  function later(ms) {
    return new Promise(function (resolve) { window.setTimeout(resolve, ms); });
  }

  async function refresh() {
    var url = new URL(window.location.href);
    url.searchParams.set("partial", "1");
    var response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) throw new Error("refresh: " + response.status);
    live.innerHTML = await response.text();
  }

  function visible() { // a hidden tab does not poll (each poll lists every message)
    if (!document.hidden) return Promise.resolve();
    show("paused");
    return new Promise(function (resolve) {
      document.addEventListener("visibilitychange", function wake() {
        if (document.hidden) return;
        document.removeEventListener("visibilitychange", wake);
        resolve();
      });
    });
  }

  async function loop() {
    for (;;) {
      await visible();
      try {
        var response = await fetch(poll + "?v=" + encodeURIComponent(version), {
          credentials: "same-origin",
          cache: "no-store",
        });
        if (!response.ok) throw new Error("poll: " + response.status);
        var seen = (await response.json()).v;
        if (seen !== version) {
          await refresh();
          version = seen;
          live.setAttribute("data-version", version);
        }
        failures = 0;
        show("live");
      } catch (err) {
        failures += 1;
        show("offline, retrying");
        await later(Math.min(1000 * failures, 10000)); // back off while the emulator is away
      }
    }
  }

  show("live");
  loop();
})();
