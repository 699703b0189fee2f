"""``python -m tests.invoice_kraft [DIR]``: print Kraft's invoices again (Debian with
``python3-pyqt5 python3-reportlab python3-six python3-pypdf2 python3-pystache python3-django
weasyprint``; ``render.py`` fetches Kraft's own package)."""

import sys
from pathlib import Path

from tests.invoice_kraft import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
