// Print pdfmake document definitions (JSON) to PDFs: node render.js IN.json OUT.pdf [...]
const fs = require("fs");
const PdfPrinter = require("pdfmake");
const vfs = require("pdfmake/build/vfs_fonts.js");
const files = vfs.pdfMake ? vfs.pdfMake.vfs : vfs;
const font = (n) => Buffer.from(files[n], "base64");
const printer = new PdfPrinter({
  Roboto: {
    normal: font("Roboto-Regular.ttf"), bold: font("Roboto-Medium.ttf"),
    italics: font("Roboto-Italic.ttf"), bolditalics: font("Roboto-MediumItalic.ttf"),
  },
});
const args = process.argv.slice(2);
(async () => {
  for (let i = 0; i < args.length; i += 2) {
    const def = JSON.parse(fs.readFileSync(args[i], "utf8"));
    def.info = { ...(def.info || {}), creationDate: new Date(Date.UTC(2026, 0, 1)) };
    const doc = printer.createPdfKitDocument(def);
    const done = new Promise((ok) => doc.on("end", ok));
    doc.pipe(fs.createWriteStream(args[i + 1]));
    doc.end();
    await done;
  }
})();
