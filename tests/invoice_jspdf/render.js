// Draw invoices with jsPDF and jspdf-autotable: node render.js IN.json OUT.pdf [...]
// IN.json: {locale, currency, format, ops}; amounts and dates in the ops are formatted here
// with the runtime's Intl, as a web app formats them in the browser.
const fs = require("fs");
const { jsPDF } = require("jspdf");
const { autoTable } = require("jspdf-autotable");

function render(spec) {
  const money = new Intl.NumberFormat(spec.locale, { style: "currency", currency: spec.currency });
  const part = (p) => {
    if (typeof p === "string") return p;
    if (p.m !== undefined) return money.format(Number(p.m));
    const opts = { ...p.f, timeZone: "UTC" };
    return new Intl.DateTimeFormat(spec.locale, opts).format(new Date(p.d + "T00:00:00Z"));
  };
  const str = (parts) => (Array.isArray(parts) ? parts.map(part).join("") : part(parts));
  const doc = new jsPDF({ unit: "mm", format: spec.format });
  doc.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  let cursor = 0;
  const at = (y) => (typeof y === "number" ? y : cursor + y.after);
  for (const op of spec.ops) {
    if (op.text !== undefined) {
      doc.setFont("helvetica", op.bold ? "bold" : "normal");
      doc.setFontSize(op.size || 10);
      doc.setTextColor(...(op.color || [0, 0, 0]));
      doc.text(str(op.text), op.x, at(op.y), { align: op.align || "left" });
    } else if (op.rect) {
      doc.setFillColor(...op.fill);
      doc.rect(op.rect[0], at(op.rect[1]), op.rect[2], op.rect[3], "F");
    } else if (op.line) {
      doc.setDrawColor(180, 180, 180);
      doc.line(op.line[0], at(op.line[1]), op.line[2], at(op.line[1]));
    } else if (op.table) {
      const right = {};
      for (const i of op.right || []) right[i] = { halign: "right" };
      autoTable(doc, {
        startY: at(op.y),
        head: [op.table.head],
        body: op.table.body.map((row) => row.map(str)),
        theme: op.theme || "striped",
        headStyles: op.headFill ? { fillColor: op.headFill } : {},
        columnStyles: right,
        margin: op.margin || { left: 15, right: 15 },
        styles: { fontSize: 9 },
      });
      cursor = doc.lastAutoTable.finalY;
    }
  }
  return Buffer.from(doc.output("arraybuffer"));
}

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  fs.writeFileSync(args[i + 1], render(JSON.parse(fs.readFileSync(args[i], "utf8"))));
}
