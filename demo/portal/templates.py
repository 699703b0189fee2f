"""The portal's Jinja2 templates (kept in code so the package needs no data files)."""

from __future__ import annotations

BASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{% block title %}Back Office{% endblock %} - Acme Back Office</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:0;background:#f4f6f8;color:#222}
header{background:#243447;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center}
header a{color:#cfe3ff;text-decoration:none} main{padding:1.2em 2em;max-width:1000px}
.card{background:#fff;border:1px solid #dde;border-radius:6px;padding:1.2em;margin-bottom:1em}
.field{margin:.5em 0}.field label,.field .label{display:block;font-weight:600;margin-bottom:.15em}
input,select{padding:.35em;border:1px solid #aab;border-radius:4px;min-width:18em}
.error{color:#b00020;font-size:.9em}.alert{background:#fde8e8;border:1px solid #f5b5b5;padding:.6em;border-radius:4px}
.success{background:#e6f4ea;border:1px solid #a8d5b5;padding:.8em;border-radius:4px}
table{border-collapse:collapse;background:#fff;width:100%}td,th{border-bottom:1px solid #e3e3e3;padding:.35em .6em;text-align:left}
button{background:#2463eb;color:#fff;border:0;padding:.5em 1.2em;border-radius:4px;cursor:pointer}
</style></head><body>
<header><strong>Acme Back Office</strong>
{% if user %}<a href="/">Home</a><a href="/customers">Customers</a><a href="/customers/new">New customer</a>
<a href="/invoices">Invoices</a><a href="/invoices/new">New invoice</a><a href="/reports">Reports</a>
<span style="margin-left:auto">Signed in as {{ user }} · <a href="/logout">Sign out</a></span>{% endif %}
</header><main>{% block body %}{% endblock %}</main></body></html>"""

LOGIN = """{% extends "base.html" %}{% block title %}Sign in{% endblock %}{% block body %}
<div class="card" style="max-width:26em"><h1>Sign in</h1>
{% if message %}<p class="alert" role="alert" id="login-message">{{ message }}</p>{% endif %}
<form method="post" action="/login">
<input type="hidden" name="csrf_token" value="{{ csrf }}"><input type="hidden" name="next" value="{{ next }}">
<div class="field"><label for="username">Username</label><input id="username" name="username" autocomplete="username"></div>
<div class="field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password"></div>
<button type="submit">Sign in</button></form></div>{% endblock %}"""

HOME = """{% extends "base.html" %}{% block body %}<h1>Welcome, {{ user }}</h1>
<div class="card"><p>{{ n_customers }} customers · {{ n_invoices }} invoices recorded.</p></div>{% endblock %}"""

FIELD = """<div class="field">
{%- if f.style == "for" -%}
<label for="{{ f.id }}">{{ f.label }}</label>{{ f.control|safe }}
{%- elif f.style == "wrap" -%}
<label>{{ f.label }}{{ f.control|safe }}</label>
{%- elif f.style == "aria" -%}
<span class="label" aria-hidden="true">{{ f.label }}</span>{{ f.control|safe }}
{%- else -%}
<div class="label">{{ f.label }}</div>{{ f.control|safe }}
{%- endif -%}
{% if f.error %}<div class="error" role="alert">{{ f.error }}</div>{% endif %}</div>"""

FORM = """{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}{% block body %}
<h1>{{ title }}</h1><div class="card">
{% if message %}<p class="alert" role="alert" id="form-message">{{ message }}</p>{% endif %}
<form method="post" action="{{ action }}" novalidate>
<input type="hidden" name="csrf_token" value="{{ csrf }}"><input type="hidden" name="form_token" value="{{ form_token }}">
{% for f in fields %}{% include "field.html" %}{% endfor %}
<button type="submit">{{ submit }}</button></form></div>{% endblock %}"""

SAVED = """{% extends "base.html" %}{% block title %}Saved{% endblock %}{% block body %}
<div class="success" role="status"><h1>{{ title }}</h1>
<p class="confirmation">{{ label }}: <strong id="confirmation-number">{{ number }}</strong></p></div>
<p><a href="{{ again }}">{{ again_text }}</a></p>{% endblock %}"""

LIST = """{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}{% block body %}
<h1>{{ title }}</h1><form method="get"><input name="q" value="{{ q }}" aria-label="Search" placeholder="Search">
<button type="submit">Search</button></form><p id="result-count">{{ total }} result(s)</p>
<table id="results"><tr>{% for h in headers %}<th>{{ h }}</th>{% endfor %}</tr>
{% for row in rows %}<tr>{% for c in row %}<td>{{ c }}</td>{% endfor %}</tr>{% endfor %}</table>
<p>{% if page > 1 %}<a href="?q={{ q|urlencode }}&page={{ page - 1 }}" rel="prev">Previous</a>{% endif %}
Page {{ page }} of {{ pages }}
{% if page < pages %}<a href="?q={{ q|urlencode }}&page={{ page + 1 }}" rel="next">Next</a>{% endif %}</p>{% endblock %}"""

REPORTS = """{% extends "base.html" %}{% block title %}Reports{% endblock %}{% block body %}
<h1>Reports</h1><div class="card"><form id="report-form">
<input type="hidden" name="csrf_token" value="{{ csrf }}">
<div class="field"><label for="report">Report</label><select id="report" name="report">
{% for key, name in reports %}<option value="{{ key }}">{{ name }}</option>{% endfor %}</select></div>
<div class="field"><label for="date_from">From</label><input type="date" id="date_from" name="date_from" value="{{ default_from }}"></div>
<div class="field"><label for="date_to">To</label><input type="date" id="date_to" name="date_to" value="{{ default_to }}"></div>
<div class="field"><label for="format">Format</label><select id="format" name="format">
<option value="xlsx">Excel (.xlsx)</option><option value="csv">CSV</option><option value="pdf">PDF</option></select></div>
<button type="submit" id="generate">Generate</button></form>
<p id="report-error" class="error" role="alert"></p></div>
<table id="jobs"><tr><th>Job</th><th>Report</th><th>Period</th><th>Format</th><th>Status</th><th></th></tr>
{% for j in jobs %}<tr data-job="{{ j.id }}"><td>{{ j.id }}</td><td>{{ j.name }}</td><td>{{ j.date_from }} – {{ j.date_to }}</td>
<td>{{ j.format }}</td><td class="status">{{ j.status }}</td><td class="link">{% if j.status == "ready" %}<a href="/reports/jobs/{{ j.id }}/download">Download</a>{% endif %}</td></tr>{% endfor %}
</table>
<script>
const form = document.getElementById('report-form');
function poll(id){
  fetch('/reports/jobs/' + id, {headers:{'Accept':'application/json'}}).then(r => r.ok ? r.json() : null).then(j => {
    const row = document.querySelector('tr[data-job="' + id + '"]');
    if (!row) return;
    if (!j) { setTimeout(() => poll(id), 700); return; }
    row.querySelector('.status').textContent = j.status;
    if (j.status === 'ready') {
      row.querySelector('.link').innerHTML = '<a href="/reports/jobs/' + id + '/download">Download</a>';
    } else { setTimeout(() => poll(id), 400); }
  }).catch(() => setTimeout(() => poll(id), 700));
}
form.addEventListener('submit', ev => {
  ev.preventDefault();
  document.getElementById('report-error').textContent = '';
  fetch('/reports', {method:'POST', body:new FormData(form), headers:{'Accept':'application/json'}})
    .then(r => r.json().then(j => ({ok:r.ok, j})), () => ({ok:false, j:{error:'network error'}}))
    .then(({ok, j}) => {
      if (!ok) { document.getElementById('report-error').textContent = j.error || 'The server had a problem; try again.'; return; }
      const t = document.getElementById('jobs'); const row = t.insertRow(1); row.dataset.job = j.id;
      row.innerHTML = '<td>' + j.id + '</td><td>' + j.name + '</td><td>' + j.date_from + ' – ' + j.date_to +
        '</td><td>' + j.format + '</td><td class="status">' + j.status + '</td><td class="link"></td>';
      poll(j.id);
    }).catch(() => { document.getElementById('report-error').textContent = 'The server had a problem; try again.'; });
});
document.querySelectorAll('tr[data-job]').forEach(r => { if (r.querySelector('.status').textContent !== 'ready') poll(r.dataset.job); });
</script>{% endblock %}"""

ERROR = """{% extends "base.html" %}{% block title %}Error{% endblock %}{% block body %}
<h1>{{ title }}</h1><p class="alert" role="alert">{{ message }}</p>{% endblock %}"""

TEMPLATES = {
    "base.html": BASE,
    "login.html": LOGIN,
    "home.html": HOME,
    "field.html": FIELD,
    "form.html": FORM,
    "saved.html": SAVED,
    "list.html": LIST,
    "reports.html": REPORTS,
    "error.html": ERROR,
}
