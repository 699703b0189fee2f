<?php
// Print invoice specs (JSON) to PDFs: php render.php IN.json OUT.pdf [IN.json OUT.pdf ...]
// "erp": laid out here with TCPDF, as an ERP's PDF model draws it (boxes, a bordered item
// table, a totals box, a legal footer); "web": an HTML page rendered by dompdf.
require '/usr/share/php/tcpdf/tcpdf.php';
require '/usr/share/php/dompdf/autoload.php';

use Dompdf\Dompdf;
use Dompdf\Options;

// a party's block inside its box: the name in bold, the other lines under it
function party(TCPDF $p, string $font, array $lines, float $x, float $w): void
{
    $p->SetFont($font, 'B', 10);
    $p->SetXY($x, 44);
    $p->Cell($w, 5, $lines[0], 0, 1, 'L');
    $p->SetFont($font, '', 9);
    $y = 50;
    foreach (array_slice($lines, 1) as $line) {
        $p->SetXY($x, $y);
        $p->Cell($w, 4, $line, 0, 1, 'L');
        $y += 4.3;
    }
}

function erp(array $s, string $out): void
{
    $w = $s['words'];
    $p = new TCPDF('P', 'mm', 'A4', true, 'UTF-8', false);
    $p->setPrintHeader(false);
    $p->setPrintFooter(false);
    $p->SetCreator('ERP');
    $p->SetMargins(10, 10, 10);
    $p->SetAutoPageBreak(false);
    $p->AddPage();
    $font = 'dejavusans';
    // the company's name where a logo would be, the title and reference at the right
    $p->SetFont($font, 'B', 14);
    $p->SetXY(10, 10);
    $p->Cell(90, 7, $s['seller'][0], 0, 0, 'L');
    $p->SetFont($font, 'B', 13);
    $p->SetXY(100, 10);
    $p->Cell(100, 6, $w['title'] . ' ' . $s['number'], 0, 1, 'R');
    $p->SetFont($font, '', 9);
    $y = 17;
    foreach ($s['head'] as $pair) {
        $p->SetXY(100, $y);
        $p->Cell(100, 4, $pair[0] . ' : ' . $pair[1], 0, 1, 'R');
        $y += 4.5;
    }
    // the sender's box (shaded) and the recipient's box (framed), each under its caption
    $p->SetFont($font, '', 8);
    $p->SetXY(10, 38);
    $p->Cell(82, 4, $w['from'], 0, 0, 'L');
    $p->SetXY(100, 38);
    $p->Cell(100, 4, $w['to'], 0, 0, 'L');
    $p->SetFillColor(230, 230, 230);
    $p->Rect(10, 42, 82, 38, 'F');
    $p->Rect(100, 42, 100, 38, 'D');
    party($p, $font, $s['seller'], 12, 78);
    party($p, $font, $s['buyer'], 102, 96);
    $p->SetFont($font, '', 8);
    $p->SetXY(100, 86);
    $p->Cell(100, 4, $w['amounts_in'], 0, 1, 'R');
    // the item table: a framed head, one row per line, the columns ruled
    $cols = $s['columns'];
    $x = 10;
    $p->SetFont($font, '', 8);
    $p->SetXY($x, 91);
    foreach ($cols as $c) {
        $p->Cell($c[1], 6, $c[0], 1, 0, $c[2]);
    }
    $y = 97;
    $p->SetFont($font, '', 9);
    foreach ($s['rows'] as $row) {
        $p->SetXY(10, $y);
        foreach ($cols as $i => $c) {
            $p->Cell($c[1], 6, $row[$i], 'LR', 0, $c[2]);
        }
        $y += 6;
    }
    $p->SetXY(10, $y);
    foreach ($cols as $c) {
        $p->Cell($c[1], 20, '', 'LRB', 0, 'L');
    }
    $y += 26;
    // payment terms at the left, the totals box at the right
    $p->SetFont($font, '', 8);
    $ty = $y;
    foreach ($s['terms'] as $line) {
        $p->SetXY(10, $ty);
        $p->Cell(100, 4, $line, 0, 1, 'L');
        $ty += 4.5;
    }
    foreach ($s['totals'] as $i => $t) {
        $last = $i == count($s['totals']) - 1;
        $p->SetFont($font, $last ? 'B' : '', 9);
        $p->SetXY(120, $y);
        $p->Cell(45, 6, $t[0], $last ? 1 : 0, 0, 'L', $last);
        $p->Cell(35, 6, $t[1], $last ? 1 : 0, 1, 'R', $last);
        $y += 6;
    }
    // the legal footer
    $p->SetFont($font, '', 7);
    $p->SetXY(10, 278);
    $p->Cell(190, 3.5, $s['footer'], 0, 1, 'C');
    $p->SetXY(10, 282);
    $p->Cell(190, 3.5, $w['page'], 0, 1, 'R');
    $p->Output($out, 'F');
}

function web(array $s, string $out): void
{
    $o = new Options();
    $tmp = sys_get_temp_dir() . '/dompdf-fonts';
    @mkdir($tmp);
    $o->set('fontDir', $tmp);
    $o->set('fontCache', $tmp);
    $o->set('chroot', ['/usr/share/fonts', $tmp]);
    $o->set('defaultFont', 'DejaVu Sans');
    $d = new Dompdf($o);
    $d->loadHtml($s['html'], 'UTF-8');
    $d->setPaper('A4');
    $d->render();
    file_put_contents($out, $d->output());
}

$args = array_slice($argv, 1);
for ($i = 0; $i + 1 < count($args); $i += 2) {
    $spec = json_decode(file_get_contents($args[$i]), true);
    if ($spec['style'] === 'erp') {
        erp($spec, $args[$i + 1]);
    } else {
        web($spec, $args[$i + 1]);
    }
}
