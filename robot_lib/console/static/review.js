// The validation station: the document's words are boxes over its pages; a click puts a
// word into the field in focus, a drag takes several; each field's source is outlined;
// the arithmetic checks follow every keystroke. Enter approves (a form's default), Esc
// goes back to the list.
(() => {
  const holder = document.getElementById("pages");
  const form = document.getElementById("approve");
  let focused = form ? form.querySelector("input[data-field]") : null;
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") window.location.href = "/reviews";
  });
  // the bot finishes the item in a run of its own: say so while the page waits
  document.querySelectorAll(".decide form").forEach((f) => {
    f.addEventListener("submit", () => {
      const note = document.createElement("p");
      note.className = "muted";
      note.textContent = "The bot is finishing it (a run of its own); this takes a few seconds…";
      f.appendChild(note);
      setTimeout(() => f.querySelectorAll("button").forEach((b) => (b.disabled = true)), 0);
    });
  });
  if (form) {
    form.addEventListener("focusin", (e) => {
      if (e.target.dataset && e.target.dataset.field) {
        focused = e.target;
        outline(e.target.dataset.field);
      }
    });
    form.addEventListener("input", checks);
    checks();
  }
  if (!holder) return;
  const st = JSON.parse(holder.dataset.station);
  const pageDivs = holder.querySelectorAll(".page");
  // boxes in percent of their page: they stay on their words however wide the page is drawn
  const boxOf = (b, cls) => {
    const { width: w, height: h } = st.pages[b[0]];
    const el = document.createElement("div");
    el.className = cls;
    Object.assign(el.style, {
      left: `${(100 * b[1]) / w}%`, top: `${(100 * b[2]) / h}%`,
      width: `${(100 * (b[3] - b[1])) / w}%`, height: `${(100 * (b[4] - b[2])) / h}%`,
    });
    return el;
  };
  let dragging = null;
  const picked = [];
  st.words.forEach((w) => {
    const page = pageDivs[w[0]];
    if (!page) return;
    const el = boxOf(w, "word");
    el.title = w[5];
    el.dataset.text = w[5];
    el.addEventListener("mousedown", (e) => {
      e.preventDefault();
      dragging = true;
      picked.length = 0;
      picked.push(el);
      el.classList.add("picked");
    });
    el.addEventListener("mouseenter", () => {
      if (dragging && !picked.includes(el)) {
        picked.push(el);
        el.classList.add("picked");
      }
    });
    page.appendChild(el);
  });
  document.addEventListener("mouseup", () => {
    if (!dragging) return;
    dragging = false;
    if (focused) {
      focused.value = picked.map((p) => p.dataset.text).join(" ");
      focused.dispatchEvent(new Event("input", { bubbles: true }));
      focused.focus();
    }
    picked.forEach((p) => p.classList.remove("picked"));
  });
  const sources = {};
  Object.entries(st.boxes).forEach(([field, b]) => {
    const page = pageDivs[b[0]];
    if (!page) return;
    const el = boxOf(b, "source");
    el.dataset.field = field;
    page.appendChild(el);
    sources[field] = el;
  });
  function outline(field) {
    Object.values(sources).forEach((el) => el.classList.remove("on"));
    if (sources[field]) {
      sources[field].classList.add("on");
      sources[field].scrollIntoView({ block: "nearest" });
    }
  }
})();

function checks() {
  const box = document.getElementById("checks");
  if (!box) return;
  const num = (name) => {
    const el = document.querySelector(`input[data-field="${name}"]`);
    if (!el || el.value.trim() === "") return null;
    let t = el.value.replace(/[^0-9,.\-]/g, "");
    if (t.lastIndexOf(",") > t.lastIndexOf(".")) t = t.replace(/\./g, "").replace(",", ".");
    else t = t.replace(/,/g, "");
    const v = parseFloat(t);
    return Number.isFinite(v) ? v : null;
  };
  const net = num("net_total"), tax = num("tax_total"), gross = num("gross_total");
  const charges = num("charges") || 0;  // shipping or rounding between the tax and the gross
  const rows = [];
  if (net !== null && tax !== null && gross !== null) {
    const sum = net + tax + charges;
    const ok = Math.abs(sum - gross) <= 0.01;
    const more = charges ? ` + charges ${charges.toFixed(2)}` : "";
    rows.push([ok, `net ${net.toFixed(2)} + tax ${tax.toFixed(2)}${more} = ${sum.toFixed(2)}` +
      (ok ? " = gross" : `, but gross is ${gross.toFixed(2)}`)]);
  } else {
    rows.push([false, "net, tax and gross are needed to check the total"]);
  }
  const lines = parseFloat(box.dataset.linesTotal || "");
  if (Number.isFinite(lines) && net !== null) {
    const ok = Math.abs(lines - net) <= 0.01;
    rows.push([ok, `the lines add up to ${lines.toFixed(2)}` + (ok ? " = net" : `, but net is ${net.toFixed(2)}`)]);
  }
  if (net && tax !== null) {
    const rate = (100 * tax) / net;
    const common = [0, 2.5, 3.7, 5, 5.5, 6, 7, 8.1, 9, 10, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27];
    const ok = common.some((r) => Math.abs(r - rate) < 0.05);
    rows.push([ok, `tax is ${rate.toFixed(2)} % of net` + (ok ? " (a usual VAT rate)" : " (not a usual VAT rate: mixed rates?)")]);
  }
  box.replaceChildren(...rows.map(([ok, text]) => {
    const p = document.createElement("p");
    p.className = ok ? "check ok" : "check bad";
    p.textContent = (ok ? "✓ " : "✗ ") + text;
    return p;
  }));
}
