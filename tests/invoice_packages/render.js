// node render.js IN.json OUT.pdf [IN.json OUT.pdf ...]: each IN.json names the package that
// prints it ("microinvoice" or "pdfinvoice") and holds what that package is given.
const fs = require("fs");
const MicroInvoice = require("microinvoice");
const { PDFInvoice } = require("@h1dd3nsn1p3r/pdf-invoice");

async function one(input, output) {
  const body = JSON.parse(fs.readFileSync(input, "utf-8"));
  if (body.producer === "microinvoice") {
    await new MicroInvoice(body.options).generate(output);
  } else {
    body.payload.invoice.path = output;
    // no config: the package's own English words
    await new PDFInvoice(body.payload, body.config || undefined).create();
  }
}

(async () => {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) await one(args[i], args[i + 1]);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
