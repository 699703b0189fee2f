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

function generateinvoice(body, output) {
  require("node-jsx").install({ extension: ".jsx" });  // only the template, not pdfkit
  const dir = path.join(path.dirname(require.resolve("generate-invoice/package.json")), "lib");
  const template = require(path.join(dir, "template.jsx"));
  const ReactDom = require("react-dom/server");
  const [before, after] = body.currency;
  const ctx = { sender: body.sender, recipient: body.recipient,
    invoice: { ...body.invoice, currency: (v) => before + v + after },
    i18n: require(path.join(dir, "languages", body.language)) };
  let html = ReactDom.renderToStaticMarkup(template(ctx));
  for (const want of body.expect) {
    if (!html.includes(`<td>${before}${want}${after}</td>`)) {
      throw new Error(`generate-invoice did not print ${want}`);
    }
  }
  if (body.raise_total) {  // the total raised after the package computed it
    const total = `<td>${before}${body.expect[2]}${after}</td></tr></tfoot>`;
    html = html.replace(total, `<td>${before}${body.raise_total}${after}</td></tr></tfoot>`);
  }
  fs.writeFileSync(output.replace(/\.pdf$/, ".html"), html);
}

function invoicecreator(body, output) {
  // the package reads its fonts and logo from the working folder and dates the invoice by the
  // clock: both given here
  const work = fs.mkdtempSync(path.join(require("os").tmpdir(), "invoicecreator-"));
  const fonts = process.env.ROBOTO_DIR || "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF";
  for (const f of ["Roboto-Medium.ttf", "Roboto-Bold.ttf"]) {
    fs.copyFileSync(path.join(fonts, f), path.join(work, f));
  }
  const logo = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  fs.writeFileSync(path.join(work, `${body.invoice.pageType}.png`), Buffer.from(logo, "base64"));
  const source = fs.readFileSync(require.resolve("invoice-creator/index.ts"), "utf-8");
  const module_ = { exports: {} };
  new Function("require", "module", source)(require, module_);
  const RealDate = Date;
  global.Date = class extends RealDate {
    constructor(...a) { if (a.length) super(...a); else super(`${body.date}T12:00:00Z`); }
  };
  const cwd = process.cwd();
  process.chdir(work);
  try {
    module_.exports.createInvoice(body.invoice, path.resolve(cwd, output));
  } finally {
    process.chdir(cwd);
    global.Date = RealDate;
  }
}

function one(input, output) {
  const body = JSON.parse(fs.readFileSync(input, "utf-8"));
  if (body.producer === "invoiceit") invoiceit(body, output);
  else if (body.producer === "storify") storify(body, output);
  else if (body.producer === "generateinvoice") generateinvoice(body, output);
  else if (body.producer === "invoicecreator") invoicecreator(body, output);
  else {
    const made = jsPDFInvoiceTemplate(body.props);
    fs.writeFileSync(output, Buffer.from(made.arrayBuffer));
  }
}

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) one(args[i], args[i + 1]);
