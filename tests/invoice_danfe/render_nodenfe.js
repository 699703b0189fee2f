// node render_nodenfe.js IN.json OUT.pdf [IN.json OUT.pdf ...]: each IN.json holds a note's
// authorised NF-e XML ("xml"); @alexssmusica/node-pdf-nfe (on NODE_PATH) prints its DANFE.
const fs = require("fs");
const { gerarPDF } = require("@alexssmusica/node-pdf-nfe");

async function main(pairs) {
  for (let i = 0; i < pairs.length; i += 2) {
    const body = JSON.parse(fs.readFileSync(pairs[i], "utf8"));
    const doc = await gerarPDF(body.xml, { cancelada: false });
    await new Promise((resolve, reject) => {
      const out = fs.createWriteStream(pairs[i + 1]);
      out.on("finish", resolve).on("error", reject);
      doc.pipe(out);
    });
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
