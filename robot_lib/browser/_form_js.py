"""JavaScript run in the page by :mod:`robot_lib.browser` (field lookup by visible label)."""

# Shared by the scripts below: how a label finds its control. `resolve(want)` returns
# [labelEl, control]; a page-lifetime cache (window.__botsFields) keeps each label's pair for
# as long as both nodes live and the label still leads to the same control, so a form filled
# again (row after row) is not searched again; a page that rebuilds or reshuffles its nodes is.
_RESOLVER = r"""
  const norm = s => (s || '').replace(/\s+/g, ' ').trim().replace(/[:*\s]+$/, '').toLowerCase();
  const CONTROL = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea';
  const isControl = el => el && el.matches && el.matches(CONTROL);
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const labelText = l => { const c = l.cloneNode(true);
    c.querySelectorAll('select, input, textarea, option, button').forEach(x => x.remove());
    return c.textContent; };
  const ownText = el => Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join(' ');
  let controls = null, textEls = null;
  const allControls = () => controls || (controls = Array.from(document.querySelectorAll(CONTROL)).filter(visible));
  const allTextEls = () => textEls || (textEls = Array.from(document.querySelectorAll('label, span, div, td, th, dt, p, legend, strong, b'))
    .filter(el => el.children.length === 0 || !el.querySelector(CONTROL)));
  const after = (el) => {  // first control after el in document order, within 3 ancestors
    let scope = el.parentElement;
    for (let depth = 0; depth < 3 && scope; depth++, scope = scope.parentElement) {
      const found = Array.from(scope.querySelectorAll(CONTROL)).filter(visible)
        .find(c => el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (found) return found;
    }
    return null;
  };
  // the control a given label element leads to (and whether it still reads `want`)
  const leadsTo = (how, el, want) => {
    if (!el || !el.isConnected) return null;
    if (how === 'label') {
      if (norm(labelText(el)) !== want) return null;
      if (el.htmlFor) { const c = document.getElementById(el.htmlFor); if (isControl(c)) return c; }
      return el.querySelector(CONTROL);
    }
    if (how === 'aria') return norm(el.getAttribute('aria-label')) === want ? el : null;
    if (how === 'placeholder') return norm(el.placeholder) === want ? el : null;
    if (how === 'labelledby') {
      const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
      return norm(ids.map(i => (document.getElementById(i) || {}).textContent).join(' ')) === want ? el : null;
    }
    return norm(ownText(el)) === want ? after(el) : null;  // 'text'
  };
  // every candidate label element by its text, in the order the kinds are tried (built once
  // per call, on the first label not remembered: one pass over the page, not one per label)
  const KINDS = ['label', 'aria', 'labelledby', 'placeholder', 'text'];
  let byText = null;
  const index = () => {
    if (byText) return byText;
    byText = new Map();
    const add = (kind, el, text) => { const t = norm(text); if (!t) return;
      if (!byText.has(t)) byText.set(t, {}); (byText.get(t)[kind] ||= []).push(el); };
    document.querySelectorAll('label').forEach(l => add('label', l, labelText(l)));
    allControls().forEach(c => {
      if (c.getAttribute('aria-label')) add('aria', c, c.getAttribute('aria-label'));
      const ids = (c.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
      if (ids.length) add('labelledby', c, ids.map(i => (document.getElementById(i) || {}).textContent).join(' '));
      if (c.placeholder) add('placeholder', c, c.placeholder);
    });
    allTextEls().forEach(el => add('text', el, ownText(el)));
    return byText;
  };
  const search = (want) => {
    const found = index().get(want) || {};
    for (const kind of KINDS)
      for (const el of found[kind] || []) { const c = leadsTo(kind, el, want); if (c) return [kind, el, c]; }
    return null;
  };
  const cache = window.__botsFields || (window.__botsFields = new Map());
  const resolve = (label) => {
    const want = norm(label);
    const hit = cache.get(want);
    if (hit && hit[2].isConnected && visible(hit[2]) && leadsTo(hit[0], hit[1], want) === hit[2]) return hit[2];
    const found = search(want);
    if (found) cache.set(want, found); else cache.delete(want);
    return found ? found[2] : null;
  };
  const seenLabels = () => {
    const seen = new Set();
    document.querySelectorAll('label').forEach(l => seen.add(norm(labelText(l))));
    allControls().forEach(c => { if (c.getAttribute('aria-label')) seen.add(norm(c.getAttribute('aria-label')));
                                 if (c.placeholder) seen.add(norm(c.placeholder)); });
    allTextEls().forEach(el => { const t = norm(ownText(el)); if (t && t.length < 60) seen.add(t); });
    return Array.from(seen).filter(Boolean).sort();
  };
"""

_SET_VALUE = r"""
  const fire = (el, names) => names.forEach(n => el.dispatchEvent(new Event(n, {bubbles: true})));
  const proto = el => el instanceof HTMLSelectElement ? HTMLSelectElement.prototype
    : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // focus and blur as events, not as real focus moves: handlers (React's onFocus/onBlur,
  // Angular's touched state, validate-on-blur) hear them, and the page is not restyled and
  // laid out again for every field (a real focus() cost a millisecond a field)
  const focusEvents = (el, into) => {
    el.dispatchEvent(new FocusEvent(into ? 'focus' : 'blur'));
    el.dispatchEvent(new FocusEvent(into ? 'focusin' : 'focusout', {bubbles: true}));
  };
  const setValue = (el, v) => {  // the native setter, then the events React, Angular, Vue hear
    focusEvents(el, true);
    const type = (el.type || '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') {
      const on = v === true || ['1','true','yes','y','on','x'].includes(String(v).toLowerCase());
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked').set.call(el, on);
      fire(el, ['click', 'input', 'change']);
      focusEvents(el, false);
      return 'ok';
    }
    if (el instanceof HTMLSelectElement) {
      const want = String(v).trim().toLowerCase();
      const opt = Array.from(el.options).find(o => o.value.toLowerCase() === want || o.text.trim().toLowerCase() === want);
      if (!opt) return 'no option ' + v + '; options: ' + Array.from(el.options).map(o => o.text.trim()).join(', ');
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(el, opt.value);
      fire(el, ['input', 'change']);
      focusEvents(el, false);
      return 'ok';
    }
    Object.getOwnPropertyDescriptor(proto(el), 'value').set.call(el, String(v));
    fire(el, ['input', 'change']);
    focusEvents(el, false);
    return 'ok';
  };
  const clickText = (text) => {
    const want = (text || '').replace(/\s+/g, ' ').trim().toLowerCase();
    const els = Array.from(document.querySelectorAll('button, input[type=submit], input[type=button], a'));
    const el = els.find(e => (e.innerText || e.value || '').replace(/\s+/g, ' ').trim().toLowerCase() === want);
    if (!el) return false;
    el.click();
    return true;
  };
"""

# native: mark each label's control for Playwright to fill
FIND_FIELDS = (
    r"""
(args) => {
  const [labels, mark] = args;
"""
    + _RESOLVER
    + r"""
  const out = labels.map((label, i) => {
    const c = resolve(label);
    if (!c) return null;
    if (mark) c.setAttribute('data-bots-field', mark + '-' + i);
    return {tag: c.tagName.toLowerCase(), type: (c.type || '').toLowerCase()};
  });
  return {fields: out, seen: out.includes(null) ? seenLabels() : []};
}
"""
)

# simulate: find, set every value and (optionally) click the submit button, in one round
# trip; fields not there yet (the next form still rendering) are waited for up to `wait` ms
FILL = (
    r"""
async (args) => {
  const [labels, values, submit, wait] = args;
"""
    + _SET_VALUE
    + r"""
  const deadline = Date.now() + wait;
  let els;
  for (;;) {
"""
    + _RESOLVER
    + r"""
    els = labels.map(resolve);
    if (!els.includes(null) || Date.now() >= deadline) {
      if (els.includes(null)) return {missing: labels.filter((l, i) => !els[i]), seen: seenLabels()};
      break;
    }
    await new Promise(r => setTimeout(r, 25));
  }
  const results = els.map((el, i) => setValue(el, values[i]));
  if (results.some(r => r !== 'ok')) return {results};
  const clicked = submit ? clickText(submit) : null;
  return {results, clicked};
}
"""
)

CLICK_BY_TEXT = (
    r"""
(text) => {
"""
    + _SET_VALUE
    + r"""
  return clickText(text);
}
"""
)

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
