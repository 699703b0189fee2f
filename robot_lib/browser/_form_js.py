"""JavaScript run in the page by :mod:`robot_lib.browser` (field lookup by visible label)."""

FIND_FIELDS = r"""
(args) => {
  const [labels, mark] = args;
  const norm = s => (s || '').replace(/\s+/g, ' ').trim().replace(/[:*\s]+$/, '').toLowerCase();
  const CONTROL = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea';
  const isControl = el => el && el.matches && el.matches(CONTROL);
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const controls = Array.from(document.querySelectorAll(CONTROL)).filter(visible);
  const labelText = l => { const c = l.cloneNode(true);
    c.querySelectorAll('select, input, textarea, option, button').forEach(x => x.remove());
    return c.textContent; };
  const ownText = el => Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join(' ');
  const seen = new Set();
  document.querySelectorAll('label').forEach(l => seen.add(norm(labelText(l))));
  controls.forEach(c => { if (c.getAttribute('aria-label')) seen.add(norm(c.getAttribute('aria-label')));
                          if (c.placeholder) seen.add(norm(c.placeholder)); });
  const textEls = Array.from(document.querySelectorAll('label, span, div, td, th, dt, p, legend, strong, b'))
    .filter(el => el.children.length === 0 || !el.querySelector(CONTROL));
  textEls.forEach(el => { const t = norm(ownText(el)); if (t && t.length < 60) seen.add(t); });
  const after = (el) => {  // first control after el in document order, within 3 ancestors
    let scope = el.parentElement;
    for (let depth = 0; depth < 3 && scope; depth++, scope = scope.parentElement) {
      const found = Array.from(scope.querySelectorAll(CONTROL)).filter(visible)
        .find(c => el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (found) return found;
    }
    return null;
  };
  const find = (want) => {
    for (const l of document.querySelectorAll('label')) {
      if (norm(labelText(l)) !== want) continue;
      if (l.htmlFor) { const c = document.getElementById(l.htmlFor); if (isControl(c)) return c; }
      const inner = l.querySelector(CONTROL); if (inner) return inner;
    }
    for (const c of controls) if (norm(c.getAttribute('aria-label')) === want) return c;
    for (const c of controls) {
      const ids = (c.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
      if (ids.length && norm(ids.map(i => (document.getElementById(i) || {}).textContent).join(' ')) === want) return c;
    }
    for (const c of controls) if (norm(c.placeholder) === want) return c;
    for (const el of textEls) if (norm(ownText(el)) === want) { const c = after(el); if (c) return c; }
    return null;
  };
  const out = [];
  labels.forEach((label, i) => {
    const c = find(norm(label));
    if (!c) { out.push(null); return; }
    if (mark) c.setAttribute('data-bots-field', mark + '-' + i);
    out.push({tag: c.tagName.toLowerCase(), type: (c.type || '').toLowerCase()});
  });
  return {fields: out, seen: Array.from(seen).filter(Boolean).sort()};
}
"""

SIMULATE = r"""
(args) => {
  const [mark, values] = args;
  const results = [];
  const proto = el => el instanceof HTMLSelectElement ? HTMLSelectElement.prototype
    : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const fire = (el, names) => names.forEach(n => el.dispatchEvent(new Event(n, {bubbles: true})));
  values.forEach((v, i) => {
    const el = document.querySelector('[data-bots-field="' + mark + '-' + i + '"]');
    if (!el) { results.push('missing'); return; }
    el.focus && el.focus();
    const type = (el.type || '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') {
      const on = v === true || ['1','true','yes','y','on','x'].includes(String(v).toLowerCase());
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked').set.call(el, on);
      fire(el, ['click', 'input', 'change']);
      results.push('ok'); return;
    }
    if (el instanceof HTMLSelectElement) {
      const want = String(v).trim().toLowerCase();
      const opt = Array.from(el.options).find(o => o.value.toLowerCase() === want || o.text.trim().toLowerCase() === want);
      if (!opt) { results.push('no option ' + v + '; options: ' + Array.from(el.options).map(o => o.text.trim()).join(', ')); return; }
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(el, opt.value);
      fire(el, ['input', 'change']);
      results.push('ok'); return;
    }
    Object.getOwnPropertyDescriptor(proto(el), 'value').set.call(el, String(v));
    fire(el, ['input', 'change']);
    el.blur && el.blur();
    results.push('ok');
  });
  return results;
}
"""

HIDE_SECRETS = r"""
(secrets) => {
  document.querySelectorAll('input, textarea').forEach(el => {
    if (secrets.some(s => s && el.value && el.value.includes(s))) {
      el.style.webkitTextSecurity = 'disc'; el.style.color = 'transparent';
      el.style.textShadow = '0 0 0 #000';
    }
  });
}
"""

CLICK_BY_TEXT = r"""
(text) => {
  const norm = s => (s || '').replace(/\s+/g, ' ').trim().toLowerCase();
  const want = norm(text);
  const els = Array.from(document.querySelectorAll('button, input[type=submit], input[type=button], a'));
  const el = els.find(e => norm(e.innerText || e.value) === want);
  if (!el) return false;
  el.click();
  return true;
}
"""
