// Live progress: elements with data-live="RUN_ID" are refreshed every second while the
// run goes on; the page reloads once when it ends (its items, files and report appear).
(function () {
  "use strict";
  const watched = document.querySelectorAll("[data-live]");
  const logs = document.querySelectorAll("[data-live-log]");
  const ids = new Set();
  watched.forEach((el) => ids.add(el.dataset.live));
  logs.forEach((el) => ids.add(el.dataset.liveLog));
  const log = document.getElementById("log");
  if (log && !log.dataset.liveLog) {
    const m = location.pathname.match(/^\/runs\/([^/]+)$/);
    if (m) fetch("/runs/" + m[1] + "/files/run.log").then((r) => (r.ok ? r.text() : "")).then((t) => { log.textContent = t.slice(-20000); });
  }
  ids.forEach((id) => {
    const tick = () => {
      fetch("/api/runs/" + encodeURIComponent(id) + "/live", { credentials: "same-origin" })
        .then((r) => (r.ok ? r.json() : null))
        .then((d) => {
          if (!d) return;
          document.querySelectorAll('[data-live="' + id + '"] [data-field], [data-live="' + id + '"][data-field]').forEach((f) => {
            const k = f.dataset.field;
            if (k === "progress") f.textContent = (d.done + d.failed + d.review + d.skipped) + " / " + (d.total === null ? "?" : d.total);
            else if (k === "elapsed") f.textContent = d.elapsed === null ? "-" : d.elapsed.toFixed(1) + " s";
            else if (k === "status") { f.textContent = d.status; f.className = "badge " + d.status; }
            else if (k in d) f.textContent = d[k] === null ? "?" : d[k];
          });
          document.querySelectorAll("[data-field=step]").forEach((f) => { if (!f.closest("[data-live]")) f.textContent = d.step; });
          logs.forEach((el) => { if (el.dataset.liveLog === id) { el.textContent = d.log; el.scrollTop = el.scrollHeight; } });
          if (d.active) setTimeout(tick, 1000);
          else if (!sessionStorage.getItem("reloaded-" + id)) { sessionStorage.setItem("reloaded-" + id, "1"); location.reload(); }
        })
        .catch(() => setTimeout(tick, 3000));
    };
    tick();
  });
})();

// forms that undo something ask first: <form data-confirm="Remove X?">
document.addEventListener("submit", (e) => {
  const msg = e.target.dataset && e.target.dataset.confirm;
  if (msg && !window.confirm(msg)) e.preventDefault();
});
