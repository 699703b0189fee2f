"""A form in the style of the public RPA Challenge, written for our benchmark and tests: seven
fields whose order is shuffled and whose DOM nodes are rebuilt after every submit, labels
without ``for=`` (the label is the input's previous sibling). The page times itself from the
first round to the last submit and keeps what was submitted (``window.challenge``).

    from demo.form_challenge import LABELS, page_html, rows
    page.set_content(page_html(rounds=10))
"""

from __future__ import annotations

import json
import random

from demo.sample_customers import HEADERS as LABELS  # the RPA Challenge's seven labels

_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Input forms</title>
<style>
 body { font: 14px sans-serif; margin: 2em; }
 .field { display: inline-block; width: 45%; margin: .4em 2% .4em 0; }
 .field label { display: block; color: #555; }
 .field input { width: 100%; padding: .3em; }
</style></head>
<body>
<h1>Input forms</h1>
<p id="status">Round 1</p>
<form id="form" onsubmit="return false"><div id="fields"></div>
<input type="submit" id="submit" value="Submit"></form>
<script>
(() => {  // a function scope: the page can be set again in the same window
const LABELS = __LABELS__;
const ROUNDS = __ROUNDS__;
const challenge = window.challenge = {submitted: [], started: null, finished: null};
let seed = __SEED__;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
let current = [];
function build() {
  const order = LABELS.slice().sort(() => rand() - 0.5);
  const box = document.getElementById('fields');
  box.replaceChildren();
  current = order.map(label => {
    const div = document.createElement('div');
    div.className = 'field';
    const l = document.createElement('label');
    l.textContent = label;
    const input = document.createElement('input');
    input.type = 'text';
    input.name = 'f' + Math.floor(rand() * 1e9);  // a new name every round
    div.append(l, input);
    box.append(div);
    return [label, input];
  });
}
document.getElementById('submit').addEventListener('click', () => {
  if (challenge.started === null) challenge.started = performance.now();
  challenge.submitted.push(Object.fromEntries(current.map(([l, i]) => [l, i.value])));
  if (challenge.submitted.length >= ROUNDS) {
    challenge.finished = performance.now();
    document.getElementById('status').textContent =
      'Done: ' + ROUNDS + ' forms in ' + Math.round(challenge.finished - challenge.started) + ' ms';
    return;
  }
  document.getElementById('status').textContent = 'Round ' + (challenge.submitted.length + 1);
  build();
});
build();
})();
</script></body></html>
"""


def page_html(rounds: int = 10, seed: int = 7) -> str:
    return (
        _PAGE.replace("__LABELS__", json.dumps(LABELS))
        .replace("__ROUNDS__", str(rounds))
        .replace("__SEED__", str(seed))
    )


def rows(n: int = 10, seed: int = 3) -> list[dict[str, str]]:
    """*n* people to enter, one per round."""
    rng = random.Random(seed)
    first = ["Ann", "Bob", "Chen", "Dora", "Emil", "Fatima", "Goran", "Hana", "Ivo", "June"]
    last = ["Berg", "Costa", "Dahl", "Evans", "Fischer", "Gomez", "Horvat", "Ito", "Jensen"]
    out = []
    for i in range(n):
        f, la = rng.choice(first), rng.choice(last)
        out.append(
            {
                "First Name": f,
                "Last Name": la,
                "Company Name": f"{la} & Co {i}",
                "Role in Company": rng.choice(["Analyst", "Manager", "Clerk", "Engineer"]),
                "Address": f"{rng.randint(1, 99)} Harbour Street, Leith",
                "Email": f"{f.lower()}.{la.lower()}{i}@example.com",
                "Phone Number": f"0{rng.randint(7000000000, 7999999999)}",
            }
        )
    return out
