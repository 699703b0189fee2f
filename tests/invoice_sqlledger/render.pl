#!/usr/bin/perl
# Print the invoices of tests/invoice_sqlledger as SQL-Ledger prints them: run by Debian's perl
# as `perl render.pl SQL_LEDGER_ROOT TEMPLATES USERS IN.json OUT ...` in a folder that holds, SQL_LEDGER_ROOT being the
# TEMPLATES and USERS as SQL-Ledger's folder does (its LaTeX letterhead finds the logo at
# ../TEMPLATES from USERS), SQL_LEDGER_ROOT being the folder of Debian's `sql-ledger` package
# (/usr/share/sql-ledger), TEMPLATES ('templates/LANGUAGE') a copy of one of its template sets
# (doc/templates/LANGUAGE, its HTML made UTF-8) and USERS ('users') where LaTeX runs. Each IN.json holds an invoice as a
# user types it on SQL-Ledger's sales invoice screen (the company's defaults, the customer, the
# dates in the user's date format, the items with their prices and discounts, the tax
# accounts with their rates and descriptions) and the user's number format; this fills the
# form as SQL-Ledger's print path does (bin/mozilla/io.pl's print_form and
# SL/IS.pm's invoice_details, whose arithmetic and formatting are followed line for line,
# with SQL-Ledger's own Form->round_amount, format_amount and format_string and its CP
# num2text) and lets SQL-Ledger's Form->parse_template write the page: the HTML, or the PDF
# its LaTeX template makes (parse_template runs pdflatex, as SQL-Ledger does for a PDF).
use strict;
use warnings;
use JSON::PP;

my ($root, $templates, $userspath, @pairs) = @ARGV;
@ARGV = ();
unshift @INC, $root;
require SL::Form;
require SL::CP;

while (my ($src, $out) = splice(@pairs, 0, 2)) {
  open(my $fh, '<:raw', $src) or die "$src: $!";
  my $job = JSON::PP->new->decode(do { local $/; <$fh> });  # UTF-8 bytes, as the templates
  close $fh;
  my %myconfig = (numberformat => $job->{numberformat}, dateformat => $job->{dateformat});
  my $form = bless {}, 'Form';
  $form->{precision} = 2;
  $form->{format} = $job->{format};  # 'html', or 'pdf': the LaTeX template, typeset by pdflatex
  $form->{formname} = 'invoice';
  for (keys %{ $job->{fields} }) { $form->{$_} = $job->{fields}{$_} }

  my $in = ($form->{format} eq 'pdf') ? "invoice.tex" : "invoice.html";
  open(my $tf, '<:raw', "$templates/$in") or die "$templates/$in: $!";
  my $text = do { local $/; <$tf> };
  close $tf;

  # the screen's rows and the tax accounts' names, escaped for the output first (io.pl's
  # print_form, before invoice_details)
  my @lines = @{ $job->{lines} };
  my @f;
  for my $i (1 .. @lines) {
    my ($partnumber, $description, $qty, $unit) = @{ $lines[$i - 1] };
    @$form{ "partnumber_$i", "description_$i", "unit_$i" } = ($partnumber, $description, $unit);
    push @f, "partnumber_$i", "description_$i", "unit_$i";
  }
  for (keys %{ $job->{taxes} }) {
    $form->{"${_}_description"} = $job->{taxes}{$_}[0];
    push @f, "${_}_description";
  }
  if (!utf8::decode($text)) {  # a template in Latin-1 is filled with Latin-1 text
    for my $v (values %$form) {
      next if ref $v;
      utf8::decode($v);
      utf8::downgrade($v, 1);
    }
  }
  $form->format_string(@f);

  # IS->invoice_details: the lines, each rounded; the taxes by account, rounded once
  my (%taxaccounts, %taxbase);
  my $total = 0;
  my $runningnumber = 1;
  for my $i (1 .. @lines) {
    my (undef, undef, $qty, undef, $sellprice, $discount, $accounts) = @{ $lines[$i - 1] };
    push @{ $form->{runningnumber} }, $runningnumber++;
    push @{ $form->{number} }, $form->{"partnumber_$i"};
    push @{ $form->{description} }, $form->{"description_$i"};
    push @{ $form->{deliverydate} }, "";
    push @{ $form->{unit} }, $form->{"unit_$i"};
    push @{ $form->{qty} }, $form->format_amount(\%myconfig, $qty);
    push @{ $form->{sellprice} }, $form->format_amount(\%myconfig, $sellprice, 2);
    my $disc = $form->round_amount($sellprice * $discount / 100, 2);
    my $netprice = $sellprice - $disc;
    my $linetotal = $form->round_amount($qty * $netprice, $form->{precision});
    push @{ $form->{discountrate} }, $form->format_amount(\%myconfig, $discount);
    push @{ $form->{netprice} }, $form->format_amount(\%myconfig, $netprice, 2);
    push @{ $form->{discount} }, ($disc) ? $form->format_amount(\%myconfig, $disc * -1, 2) : " ";
    push @{ $form->{linetotal} }, $form->format_amount(\%myconfig, $linetotal, $form->{precision}, "0");
    $total += $linetotal;
    for my $accno (@$accounts) {
      $taxaccounts{$accno} += $linetotal * $job->{taxes}{$accno}[1];
      $taxbase{$accno} += $linetotal;
    }
  }
  my $tax = 0;
  for (sort keys %taxaccounts) {
    $taxaccounts{$_} = $form->round_amount($taxaccounts{$_}, $form->{precision});
    $tax += $taxaccounts{$_};
  }
  $form->{subtotal} = $total;
  $form->{invtotal} = $total + $tax;
  my $invtotal = $form->round_amount($form->{invtotal}, 2);
  for (sort keys %taxaccounts) {
    my (undef, $rate, $number) = @{ $job->{taxes}{$_} };
    push @{ $form->{taxdescription} }, $form->{"${_}_description"};
    push @{ $form->{taxnumber} }, $number;
    push @{ $form->{taxrate} }, $form->format_amount(\%myconfig, $rate * 100, undef, 0);
    push @{ $form->{taxbase} }, $form->format_amount(\%myconfig, $taxbase{$_}, $form->{precision});
    push @{ $form->{tax} }, $form->format_amount(\%myconfig, $taxaccounts{$_}, $form->{precision}, 0);
  }
  my $c = CP->new('');
  $c->init;
  my ($whole, $decimal) = split /\./, $form->{invtotal};
  $form->{decimal} = substr(($decimal // "") . "00", 0, 2);
  $form->{text_decimal} = $c->num2text($form->{decimal} * 1);
  $form->{text_amount} = $c->num2text($whole);
  $form->{integer_amount} = $whole;
  $form->{total} = $form->{invtotal};  # nothing paid yet
  $form->{totaltax} = $form->format_amount(\%myconfig, $tax, $form->{precision}, "");
  for (qw(invtotal subtotal total)) {
    $form->{$_} = $form->format_amount(\%myconfig, $form->{$_}, $form->{precision}, "0");
  }
  $form->{paid} = $form->format_amount(\%myconfig, 0, $form->{precision});

  # io.pl's print_form: the customer's address is the ship-to address; strings escaped
  @f = qw(name address1 address2 city state zipcode country contact phone fax);
  for (@f) { $form->{"shipto$_"} = $form->{$_} }
  for (qw(phone fax)) { $form->{"shipto$_"} = $form->{"customer$_"} }
  push @f, qw(contact shippingpoint shipvia notes employee);
  push @f, map { "shipto$_" } qw(name address1 address2 city state zipcode country contact);
  push @f, qw(invnumber invdate duedate company address tel fax businessnumber);
  $form->format_string(@f);

  $form->{templates} = $templates;
  $form->{language_code} = "";
  $form->{IN} = $in;
  $form->{OUT} = ">$out";
  $form->parse_template(\%myconfig, $userspath);
  printf STDOUT "%s %.2f\n", $src, $invtotal;
}
