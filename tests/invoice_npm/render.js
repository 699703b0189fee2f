// node render.js IN.json OUT.pdf [IN.json OUT.pdf ...]: each IN.json names the package that
// prints it and holds what that package is given. jsPDF writes OUT.pdf; the two HTML
// templates are written as OUT.html, for Chromium to print.
const fs = require("fs");
const path = require("path");
const invoiceIt = require("@rimiti/invoice-it").default;
const jsPDFInvoiceTemplate = require("jspdf-invoice-template-nodejs").default;
const jade = require("jade");

function invoiceit(body, output) {
  invoiceIt.configure({ global: { lang: body.lang, footer: { [body.lang]: body.footer },
    invoice_reference_pattern: body.pattern, date_format: body.date_format } });
  const invoice = invoiceIt.create(body.recipient, body.emitter);
  invoice.date_format = body.date_format;
  invoice.date = body.date;
  invoice.id = body.id;
  invoice.article = body.articles;
  const keys = invoice.getInvoice();
  const got = [keys.table_total_without_taxes_value, keys.table_total_taxes_value,
    keys.table_total_with_taxes_value];
  if (JSON.stringify(got) !== JSON.stringify(body.expect)) {
    throw new Error(`invoice-it printed ${got}, the values expected were ${body.expect}`);
  }
  if (body.raise_gross) invoice.total_inc_taxes = Number(body.raise_gross);
  fs.writeFileSync(output.replace(/\.pdf$/, ".html"), invoice.getInvoice().toHTML().html);
}

function storify(body, output) {
  const views = path.join(path.dirname(require.resolve("invoice-pdf/package.json")), "views");
  // the package's own call (its jade 0.28 answers through a callback, here at once)
  jade.renderFile(path.join(views, "invoice.jade"),
    { layout: false, data: body.data, webappUrl: "http://www.storify.com" }, (error, html) => {
      if (error) throw error;
      fs.writeFileSync(output.replace(/\.pdf$/, ".html"), html);
    });
}

function one(input, output) {
  const body = JSON.parse(fs.readFileSync(input, "utf-8"));
  if (body.producer === "invoiceit") invoiceit(body, output);
  else if (body.producer === "storify") storify(body, output);
  else {
    const made = jsPDFInvoiceTemplate(body.props);
    fs.writeFileSync(output, Buffer.from(made.arrayBuffer));
  }
}

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) one(args[i], args[i + 1]);
