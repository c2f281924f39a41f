/**
 * holdout-bd finance-agent: Acme Textiles' accounting (muhasebe) and treasury in Logo, İş Bankası's
 * corporate API (FAST and EFT at home, SWIFT abroad), the e-Fatura integrator and GİB, with Tbilisi
 * paying in lari from TBC Bank and Casablanca in dirhams from Attijariwafa. Most of the week is payables
 * (what falls due, does a bill match its supplier and its e-Fatura) and about one turn in four approves
 * one and pays it: a FAST or EFT transfer to a Turkish supplier, or a dollar or euro wire to a yarn
 * spinner in Uzbekistan or India, a cotton exporter in Egypt, a trims maker in China or the dye-machine
 * maker in Germany (now and then after the day's rates and with a remittance mail). Incoming commercial
 * e-Fatura invoices are accepted or rejected within the eight days the law gives, the brands' euro and
 * sterling receipts are matched, export invoices are issued against closed customs declarations, and
 * the outlet's double charges are refunded to the card they came from. On Tuesdays the treasurer
 * releases the week's SWIFT payments; on Fridays the ateliers' piece payments and the plant's piece
 * wages go out as FAST batches; in the month's last days the commission-dyeing invoices go out as one
 * e-Fatura batch and the KDV and MUHSGK returns are filed. Rarer: a supplier's new bank account recorded
 * after the call-back the procedure asks for, a new supplier abroad or a new atelier set up from its
 * signed contract, and one purchase order cancelled.
 */
import type { Prng } from '../../prng';
import type { SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { getFileCall, mailCall, sendMailCall } from './m365';
import { fakeOutletCustomer, fakeOutletOrder } from './outlet';
import { pieceSheet } from './hr';
import { CUSTOMS_BROKER, exportDeclarationNo, LOGO } from './support';
import {
  ACCOUNTANTS,
  ACME_ACCOUNTS,
  ATELIERS,
  BRANDS,
  brandPo,
  COMPANY,
  COMPANY_DOMAIN,
  COMPANY_VKN,
  FOREIGN_PAYEES,
  GE_PAYEES,
  germanIban,
  isoDate,
  MA_PAYEES,
  money,
  officeOf,
  pickBrand,
  STYLES,
  TAX_OFFICE,
  TR_PAYEES,
  trAccount,
  trIban,
  vknFrom,
} from './world';
import type { Atelier, Brand, Payee } from './world';

export const AP_MAILBOX = `muhasebe@${COMPANY_DOMAIN}`;
export const ISBANK = 'https://api.isbank-kurumsal.example/v3';
export const EFATURA = 'https://api.efatura-entegrator.example/v2';
export const GIB = 'https://ebeyanname.gib-portal.example/api';
/** The FAST limit the bank set for the company's lira account: above it a transfer goes by EFT. */
export const FAST_LIMIT_TRY = 100_000;
const LOGO_HTTP = (path: string, method = 'GET') => [{ method, url: `${LOGO}/${path}`, statusCode: method === 'POST' ? 201 : 200 }];

export interface Bill {
  readonly bill_id: number;
  readonly invoice_no: string;
  readonly vendor_id: string;
  readonly vendor: string;
  readonly line: string;
  readonly amount: number;
  readonly currency: Payee['currency'];
  readonly due: string;
  readonly state: string;
}

/** A purchase invoice: an e-Fatura number (series, year, nine digits) at home, the supplier's own number abroad. */
export function bill(rng: Prng, p: Payee, atMs: number): Bill {
  const amount = p.currency === 'TRY' ? rng.int(18, 2_600) * 1_000 : p.currency === 'GEL' ? rng.int(4, 90) * 1_000 : p.currency === 'MAD' ? rng.int(20, 400) * 1_000 : Math.round(rng.int(400_000, 24_000_000)) / 100;
  return {
    bill_id: rng.int(100_000, 999_999),
    invoice_no: p.currency === 'TRY' ? `${rng.pick(['EPI', 'GIB', 'FTR'])}2030${String(rng.int(1, 999_999)).padStart(9, '0')}` : p.currency === 'GEL' ? `EA-${rng.int(100_000, 999_999)}` : p.currency === 'MAD' ? `FAC-${rng.int(1_000, 9_999)}/30` : `${p.country}-${rng.pick(['PI', 'INV', 'CI'])}-${rng.int(1_000, 9_999)}`,
    vendor_id: p.id,
    vendor: p.name,
    line: rng.pick(p.services),
    amount,
    currency: p.currency,
    due: isoDate(atMs + rng.int(1, 30) * 86_400_000),
    state: rng.pick(['kayıtlı', 'kayıtlı', 'onay bekliyor']),
  };
}

export const getBillCall = (b: Bill): ToolCall => ({ tool: 'logo.get_bill', args: { bill_id: b.bill_id }, result: b, http: LOGO_HTTP(`purchaseInvoices/${b.bill_id}`) });
export const getVendorCall = (p: Payee, extra: Record<string, unknown> = {}): ToolCall => ({ tool: 'logo.get_vendor', args: { vendor_id: p.id }, result: { ...p, ...extra }, http: LOGO_HTTP(`vendors/${p.id}`) });
export const approveCall = (b: Bill): ToolCall => ({ tool: 'logo.approve_bill', args: { bill_id: b.bill_id }, result: { bill_id: b.bill_id, state: 'onaylandı' }, http: [{ method: 'POST', url: `${LOGO}/purchaseInvoices/${b.bill_id}/approve`, statusCode: 200 }] });

/** A lira transfer from İş Bankası to a Turkish IBAN: FAST up to the account's limit, EFT above it. */
export function trTransferCall(rng: Prng, to: { name: string; iban: string }, amount: number, description: string, mark?: string): ToolCall {
  const fast = amount <= FAST_LIMIT_TRY;
  return {
    tool: 'isbank.create_transfer',
    args: { debit_iban: ACME_ACCOUNTS.tryMain, channel: fast ? 'FAST' : 'EFT', receiver: { name: to.name, iban: to.iban }, amount: amount.toFixed(2), currency: 'TRY', description },
    result: { reference: `${fast ? 'FST' : 'EFT'}${rng.int(100_000_000, 999_999_999)}`, status: fast ? 'completed' : 'queued' },
    http: [{ method: 'POST', url: `${ISBANK}/payments/${fast ? 'fast' : 'eft'}`, statusCode: 201 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

/** A wire abroad (MT103) from İş Bankası's dollar or euro account, with the transfer purpose the bank asks for. */
export function swiftCall(rng: Prng, p: Payee, amount: number, reference: string, mark?: string): ToolCall {
  return {
    tool: 'isbank.create_swift',
    args: {
      debit_iban: p.currency === 'EUR' ? ACME_ACCOUNTS.eur : ACME_ACCOUNTS.usd,
      beneficiary: { name: p.name, country: p.country, bank: p.bank, bic: p.bic, ...(p.iban === undefined ? { account: p.account } : { iban: p.iban }), ...(p.bankCode === undefined ? {} : { bank_code: p.bankCode }) },
      amount: amount.toFixed(2),
      currency: p.currency,
      charges: 'SHA',
      purpose: 'ithalat bedeli / payment for imported goods',
      reference,
    },
    result: { reference: `SWF${rng.int(10_000_000, 99_999_999)}`, status: 'awaiting second signature', value_date: 'T+1' },
    http: [{ method: 'POST', url: `${ISBANK}/payments/swift`, statusCode: 201 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

const fxCall = (rng: Prng, currency: string): ToolCall => ({ tool: 'tcmb.get_rates', args: { date: 'today', currencies: [currency] }, result: { [currency]: { forex_buying: currency === 'EUR' ? 44 + rng.int(0, 200) / 100 : currency === 'GBP' ? 51 + rng.int(0, 200) / 100 : 39 + rng.int(0, 200) / 100 } }, http: [{ method: 'GET', url: 'https://evds.tcmb-api.example/kurlar/today.xml', statusCode: 200 }] });

function listTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items = Array.from({ length: rng.int(3, 12) }, () => bill(rng, rng.pick([...TR_PAYEES, ...FOREIGN_PAYEES]), ctx.atMs));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'logo.list_bills', args: { state: 'kayıtlı' }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'logo.list_bills', args: { state: 'kayıtlı', due_within_days: 14 }, result: { records: items, total: items.length }, http: LOGO_HTTP('purchaseInvoices?state=registered') }]);
  return { userMessage: rng.pick(['Önümüzdeki iki hafta vadesi gelen faturalar neler?', 'What falls due in the next two weeks?']), rounds, finalAnswer: `${items.length} bills due in two weeks, ${items.filter((i) => i.currency !== 'TRY').length} of them abroad.` };
}

function checkTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick([...TR_PAYEES, ...FOREIGN_PAYEES]);
  const b = bill(rng, p, ctx.atMs);
  const rounds: ToolCall[][] = [[getBillCall(b)], [getVendorCall(p)]];
  if (p.country === 'TR' && rng.chance(0.6)) rounds.push([{ tool: 'efatura.get_invoice', args: { invoice_no: b.invoice_no, direction: 'incoming' }, result: { invoice_no: b.invoice_no, ettn: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`, seller_vkn: p.taxId, buyer_vkn: COMPANY_VKN, profile: 'TICARIFATURA', payable: b.amount, kdv_rate: '%10' }, http: [{ method: 'GET', url: `${EFATURA}/invoices/incoming/${b.invoice_no}`, statusCode: 200 }] }]);
  return { userMessage: `${p.name}'in ${b.invoice_no} faturası tutuyor mu?`, rounds, finalAnswer: `${b.invoice_no} (${b.line}) matches ${p.name}'s record${p.country === 'TR' ? ' and its e-Fatura' : ''}.` };
}

function payDomesticTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(TR_PAYEES);
  const b = bill(rng, p, ctx.atMs);
  const rounds: ToolCall[][] = [[getBillCall(b)], [getVendorCall(p)], [approveCall(b)], [trTransferCall(rng, { name: p.name, iban: p.iban! }, b.amount, `${b.invoice_no} ödemesi`)]];
  if (rng.chance(0.25)) rounds.push([sendMailCall(rng, AP_MAILBOX, p.billingEmail, `Ödeme bildirimi ${b.invoice_no}`, `Sayın ${p.name}, ${b.invoice_no} numaralı faturanızın ${money(b.amount)} tutarındaki ödemesi bugün hesabınıza gönderilmiştir. Saygılarımızla, Acme Tekstil Muhasebe`)]);
  return { userMessage: `${p.name}'in ${b.invoice_no} faturasını onayla ve öde.`, rounds, finalAnswer: `Approved and paid ${b.invoice_no}, ${money(b.amount)}, to ${p.name}'s ${p.bank} IBAN on file.` };
}

function payForeignTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(FOREIGN_PAYEES);
  const b = bill(rng, p, ctx.atMs);
  const rounds: ToolCall[][] = [[getBillCall(b)], [getVendorCall(p)], [approveCall(b)]];
  if (rng.chance(0.5)) rounds.push([rng.chance(0.5) ? fxCall(rng, p.currency) : { tool: 'isbank.get_fx_quote', args: { sell: 'TRY', buy: p.currency, amount: b.amount }, result: { rate: p.currency === 'EUR' ? 44 + rng.int(0, 150) / 100 : 39 + rng.int(0, 150) / 100, valid_seconds: 60 }, http: [{ method: 'GET', url: `${ISBANK}/fx/quotes`, statusCode: 200 }] }]);
  rounds.push([swiftCall(rng, p, b.amount, b.invoice_no)]);
  if (rng.chance(0.3)) rounds.push([sendMailCall(rng, AP_MAILBOX, p.billingEmail, `Remittance advice ${b.invoice_no}`, `${b.invoice_no}: ${p.currency} ${b.amount.toFixed(2)} remitted by SWIFT from Türkiye İş Bankası, charges shared. MT103 to follow after Tuesday's release.`)]);
  return { userMessage: `Pay ${p.name}'s ${b.invoice_no}.`, rounds, finalAnswer: `Wired ${p.currency} ${b.amount.toFixed(2)} to ${p.name}'s account on file; it waits for Tuesday's second signature.` };
}

function tbilisiPayTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(GE_PAYEES);
  const b = bill(rng, p, ctx.atMs);
  return {
    userMessage: `Pay ${p.name}'s invoice ${b.invoice_no} from the TBC account.`,
    rounds: [[getBillCall(b)], [{ tool: 'tbc.create_transfer', args: { debit_iban: ACME_ACCOUNTS.gel, beneficiary: { name: p.name, iban: p.iban }, amount: b.amount.toFixed(2), currency: 'GEL', nomination: b.invoice_no }, result: { reference: `TBC${rng.int(10_000_000, 99_999_999)}`, status: 'completed' }, http: [{ method: 'POST', url: 'https://api.tbcbank-business.example/v1/payments/domestic', statusCode: 201 }] }]],
    finalAnswer: `Paid ${money(b.amount, 'GEL')} to ${p.name}.`,
  };
}

function casablancaPayTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(MA_PAYEES);
  const b = bill(rng, p, ctx.atMs);
  return {
    userMessage: `Régler la facture ${b.invoice_no} de ${p.name} par virement Attijari.`,
    rounds: [[getBillCall(b)], [getVendorCall(p)], [{ tool: 'attijari.create_virement', args: { compte_debit: ACME_ACCOUNTS.mad, beneficiaire: { nom: p.name, rib: p.account }, montant: b.amount.toFixed(2), devise: 'MAD', motif: b.invoice_no }, result: { reference: `ATW${rng.int(10_000_000, 99_999_999)}`, statut: 'exécuté' }, http: [{ method: 'POST', url: 'https://api.attijarinet-entreprises.example/v1/virements', statusCode: 201 }] }]],
    finalAnswer: `Paid ${money(b.amount, 'MAD')} to ${p.name}'s RIB on file.`,
  };
}

/** Incoming commercial e-Fatura invoices, accepted or rejected within the eight days the law gives. */
function incomingInvoicesTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items = rng.sample(TR_PAYEES, rng.int(1, 4)).map((p) => { const b = bill(rng, p, ctx.atMs); return { invoice_no: b.invoice_no, seller: p.name, seller_vkn: p.taxId, profile: rng.pick(['TICARIFATURA', 'TEMELFATURA']), payable: b.amount, received: isoDate(ctx.atMs - rng.int(0, 6) * 86_400_000) }; });
  const rounds: ToolCall[][] = [[{ tool: 'efatura.list_incoming', args: { status: 'new', since: isoDate(ctx.atMs - 8 * 86_400_000) }, result: { invoices: items }, http: [{ method: 'GET', url: `${EFATURA}/invoices/incoming?status=new`, statusCode: 200 }] }]];
  const commercial = items.find((i) => i.profile === 'TICARIFATURA');
  if (commercial !== undefined && rng.chance(0.7)) rounds.push([{ tool: 'efatura.respond', args: { invoice_no: commercial.invoice_no, response: 'KABUL', note: 'İrsaliye ile karşılaştırıldı' }, result: { invoice_no: commercial.invoice_no, status: 'kabul edildi' }, http: [{ method: 'POST', url: `${EFATURA}/invoices/incoming/${commercial.invoice_no}/response`, statusCode: 200 }] }]);
  return { userMessage: 'Gelen e-Faturalara bak, ticari olanları irsaliyeyle karşılaştırıp kabul et.', rounds, finalAnswer: `${items.length} new incoming invoices; handled as above.` };
}

/** The brands' euro and sterling receipts, matched to their export invoices. */
function receiptsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const paid = rng.sample(BRANDS.slice(0, 5), rng.int(1, 3));
  const incoming = paid.map((b) => ({ reference: `INC${rng.int(10_000_000, 99_999_999)}`, from: b.name.toUpperCase(), amount: (rng.int(8_000, 240_000) + rng.int(0, 99) / 100).toFixed(2), currency: b.currency, remittance: `${brandPo(rng, b)} INV ACM2030${String(rng.int(1, 9_999)).padStart(9, '0')}` }));
  const rounds: ToolCall[][] = [[{ tool: 'isbank.list_incoming', args: { accounts: [ACME_ACCOUNTS.eur, ACME_ACCOUNTS.gbp], from: isoDate(ctx.atMs - 86_400_000), to: isoDate(ctx.atMs) }, result: { transactions: incoming }, http: [{ method: 'GET', url: `${ISBANK}/accounts/transactions?direction=in`, statusCode: 200 }] }]];
  if (rng.chance(0.6)) rounds.push([{ tool: 'logo.match_receipt', args: { reference: incoming[0]!.reference, customer: paid[0]!.code, amount: incoming[0]!.amount, currency: incoming[0]!.currency }, result: { matched: true }, http: [{ method: 'POST', url: `${LOGO}/receipts/match`, statusCode: 200 }] }]);
  return { userMessage: rng.pick(['Dün gelen döviz tahsilatlarını eşleştir.', 'Match yesterday\'s euro and sterling receipts.']), rounds, finalAnswer: `${incoming.length} receipts yesterday; matched as above.` };
}

/** An export invoice (profile IHRACAT) issued against the customs declaration the broker closed. */
export function exportInvoiceCall(rng: Prng, b: Brand, declaration: string, lines: readonly { style: string; gtip: string; quantity: number; price: number }[]): ToolCall {
  return {
    tool: 'efatura.issue_invoice',
    args: { profile: 'IHRACAT', buyer: { name: b.name, country: b.country, vat_id: b.vatId }, currency: b.currency, incoterm: 'FCA Pendik', customs_declaration: declaration, lines },
    result: { invoice_no: `ACM2030${String(rng.int(1, 999_999_999)).padStart(9, '0')}`, ettn: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`, status: 'GİB\'e iletildi' },
    http: [{ method: 'POST', url: `${EFATURA}/invoices/export`, statusCode: 201 }],
  };
}

function exportInvoiceTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const b = pickBrand(rng);
  const no = exportDeclarationNo(rng);
  const s = rng.pick(STYLES);
  const quantity = rng.int(10, 120) * 100;
  return {
    userMessage: `${no} kapandı; ${b.code} için ihracat faturasını kes.`,
    rounds: [[{ tool: 'gumruk.get_declaration', args: { declaration_no: no }, result: { declaration_no: no, regime: '1000 (ihracat)', status: 'kapandı', lines: [{ gtip: s.gtip, quantity }] }, http: [{ method: 'GET', url: `https://${CUSTOMS_BROKER.host}/api/declarations/${no}`, statusCode: 200 }] }], [exportInvoiceCall(rng, b, no, [{ style: s.code, gtip: s.gtip, quantity, price: s.unitPrice }])]],
    finalAnswer: `Export invoice issued to ${b.name} against ${no}.`,
  };
}

/** The rarer case: an outlet order the card was charged for twice, refunded to the card it came from. */
function refundTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const c = fakeOutletCustomer(rng);
  const o = fakeOutletOrder(rng, c);
  const tx = String(rng.int(20_000_000, 29_999_999));
  return {
    userMessage: `${o.order_no} kartdan iki kez çekilmiş, birini iade et.`,
    rounds: [[{ tool: 'iyzico.refund_payment', args: { payment_transaction_id: tx, price: o.total_try.toFixed(2), currency: 'TRY', reason: 'double_payment', description: o.order_no }, result: { status: 'success', paymentTransactionId: tx, refunded_to: 'original card' }, http: [{ method: 'POST', url: 'https://api.iyzico-payments.example/payment/refund', statusCode: 200 }] }]],
    finalAnswer: `Refunded ${money(o.total_try)} for ${o.order_no} to the card it was charged to.`,
  };
}

const SUPPLIER_MAILS: readonly { readonly payee: string; readonly subject: string; readonly body: string }[] = [
  { payee: 'YD-201', subject: 'Payment reminder / Напоминание об оплате', body: 'Dear partners, kindly remind that invoice UZ-PI-2214 for 2 x 40HC cotton yarn is due this week. Please arrange T/T to our Kapitalbank account as per contract and send the swift copy. С уважением, export department, Buxoro Paxta Tekstil.' },
  { payee: 'YD-235', subject: 'Rechnung 30-1187 Ersatzteile', body: 'Sehr geehrte Damen und Herren, anbei unsere Rechnung für die Ersatzteile der Jet-Färbemaschine. Zahlbar innerhalb von 30 Tagen auf das in der Rechnung genannte Konto. Mit freundlichen Grüßen, Buchhaltung Rheintal Färbetechnik.' },
  { payee: 'TED-0131', subject: 'Kasım ayı müşavirlik faturası', body: 'Sayın yetkili, kasım ayında açılan 14 ihracat beyannamesinin müşavirlik faturası ekte sunulmuştur. Ödemenin ay sonuna kadar yapılmasını rica ederiz. Anadolu Gümrük Müşavirliği.' },
];

function supplierMailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const mail = rng.pick(SUPPLIER_MAILS);
  const p = [...TR_PAYEES, ...FOREIGN_PAYEES].find((x) => x.id === mail.payee)!;
  const items = Array.from({ length: rng.int(1, 3) }, () => bill(rng, p, ctx.atMs));
  return {
    userMessage: `Muhasebe kutusunda ${p.name}'den mail var. Ne istiyorlar, onlara borcumuz ne?`,
    rounds: [[mailCall(rng, AP_MAILBOX, p.billingEmail, mail.subject, mail.body)], [{ tool: 'logo.list_bills', args: { vendor_id: p.id, state: 'kayıtlı' }, result: { records: items, total: items.length }, http: LOGO_HTTP(`purchaseInvoices?vendor=${p.id}`) }]],
    finalAnswer: `${p.name}: "${mail.subject}". ${items.length} open bills with them; nothing paid from the mail itself.`,
  };
}

/** Tuesdays only: the week's SWIFT payments released as one batch with the treasurer's second signature. */
function swiftReleaseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const pending = Array.from({ length: rng.int(3, 9) }, () => { const p = rng.pick(FOREIGN_PAYEES); return { reference: `SWF${rng.int(10_000_000, 99_999_999)}`, beneficiary: p.name, country: p.country, amount: (rng.int(400_000, 24_000_000) / 100).toFixed(2), currency: p.currency }; });
  const batch = `SW-${isoDate(ctx.atMs).replace(/-/g, '')}`;
  return {
    userMessage: 'Salı: ikinci imza bekleyen SWIFT\'leri gözden geçir ve paketi onayla.',
    rounds: [[{ tool: 'isbank.list_pending_swift', args: { status: 'awaiting second signature' }, result: { records: pending, total: pending.length }, http: [{ method: 'GET', url: `${ISBANK}/payments/swift?status=pending`, statusCode: 200 }] }], [{ tool: 'isbank.release_batch', args: { batch, references: pending.map((w) => w.reference), signer: 'finans.oguz' }, result: { batch, released: pending.length, status: 'released' }, http: [{ method: 'POST', url: `${ISBANK}/payments/batches/${batch}/release`, statusCode: 200 }] }]],
    finalAnswer: `Released ${batch}: ${pending.length} SWIFT payments with the second signature.`,
  };
}

/** What each atelier delivered this week, as the piece statement (fason hakediş) in Logo shows it. */
export function atelierStatement(rng: Prng, ateliers: readonly Atelier[]): { atelier: string; name: string; iban: string; pieces: number; amount_try: number }[] {
  return ateliers.map((a) => { const pieces = rng.int(8, 90) * 100; return { atelier: a.code, name: a.name, iban: a.iban, pieces, amount_try: Math.round(pieces * a.pieceRate * 100) / 100 }; });
}

/** Fridays only: the ateliers' piece payments and the plant's piece wages as FAST batches. */
function fridayBatchTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const batch = `CMA-${isoDate(ctx.atMs).replace(/-/g, '')}`;
  if (rng.chance(0.5)) {
    const lines = atelierStatement(rng, ATELIERS.filter((a) => a.weight >= 0.5 && rng.chance(0.85)));
    return {
      userMessage: 'Cuma: fason atölyelerinin haftalık hakedişlerini öde.',
      rounds: [[{ tool: 'logo.get_atelier_statement', args: { week_ending: isoDate(ctx.atMs) }, result: { lines, total_try: lines.reduce((a, l) => a + l.amount_try, 0) }, http: LOGO_HTTP('reports/atelier-statement') }], [{ tool: 'isbank.bulk_transfer', args: { debit_iban: ACME_ACCOUNTS.tryMain, batch_reference: `${batch}-FSN`, channel: 'FAST', transfers: lines.map((l) => ({ name: l.name, iban: l.iban, amount: l.amount_try.toFixed(2), description: `FASON HAKEDIS ${batch} ${l.atelier}` })) }, result: { batch_reference: `${batch}-FSN`, accepted: lines.length }, http: [{ method: 'POST', url: `${ISBANK}/payments/bulk`, statusCode: 202 }] }]],
      finalAnswer: `Paid ${lines.length} ateliers for this week's pieces, batch ${batch}-FSN.`,
    };
  }
  const rows = pieceSheet(rng, rng.int(40, 120));
  return {
    userMessage: 'Cuma: İK\'nın onayladığı akord ücretlerini gönder.',
    rounds: [[{ tool: 'isbank.bulk_transfer', args: { debit_iban: ACME_ACCOUNTS.payroll, batch_reference: `${batch}-AKD`, channel: 'FAST', transfers: rows.map((r) => ({ name: r.name, iban: trIban('Garanti BBVA', trAccount(rng)), amount: r.amount_try.toFixed(2), description: `AKORD ${batch} ${r.employee_id}` })) }, result: { batch_reference: `${batch}-AKD`, accepted: rows.length }, http: [{ method: 'POST', url: `${ISBANK}/payments/bulk`, statusCode: 202 }] }]],
    finalAnswer: `Sent ${rows.length} piece-wage payments to the workers' salary accounts, batch ${batch}-AKD.`,
  };
}

/** The Denizli customers of the dye house's commission dyeing, invoiced by e-Fatura at the month's end. */
export const DYEING_CUSTOMERS: readonly { readonly name: string; readonly vkn: string }[] = [
  { name: 'Buldan Havlu Dokuma Ltd. Şti.', vkn: vknFrom('188204317') },
  { name: 'Babadağ Ev Tekstili A.Ş.', vkn: vknFrom('107745902') },
  { name: 'Sarayköy Bornoz Sanayi Ltd. Şti.', vkn: vknFrom('790318846') },
  { name: 'Honaz Örme Tekstil A.Ş.', vkn: vknFrom('466019273') },
];

/** The month's last days only: the commission-dyeing invoices as one e-Fatura batch. */
function monthEndInvoicesTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const period = isoDate(ctx.atMs).slice(0, 7);
  const invoices = DYEING_CUSTOMERS.filter(() => rng.chance(0.8)).map((c) => ({ buyer: c.name, buyer_vkn: c.vkn, profile: 'TICARIFATURA', lines: [{ item: `fason boyama ${period}`, kg: rng.int(4, 40) * 1_000, unit_price_try: rng.int(38, 64) }], kdv_rate: '%10' }));
  return {
    userMessage: `Ay sonu: ${period} fason boyama faturalarını toplu kes.`,
    rounds: [[{ tool: 'efatura.issue_batch', args: { period, invoices }, result: { issued: invoices.length, status: 'GİB\'e iletildi' }, http: [{ method: 'POST', url: `${EFATURA}/invoices/batch`, statusCode: 201 }] }]],
    finalAnswer: `Issued ${invoices.length} commission-dyeing e-Fatura invoices for ${period}.`,
  };
}

/** The month's last days only: the KDV return (KDV1) and the withholding-and-premium return (MUHSGK). */
function returnsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const period = isoDate(ctx.atMs - 30 * 86_400_000).slice(0, 7);
  const form = rng.pick(['KDV1', 'MUHSGK']);
  return {
    userMessage: `${period} dönemi ${form} beyannamesini hazırla ve gönder.`,
    rounds: [[{ tool: 'gib.submit_declaration', args: { vkn: COMPANY_VKN, tax_office: TAX_OFFICE, form, period, ...(form === 'KDV1' ? { output_kdv: rng.int(800, 4_000) * 1_000, input_kdv: rng.int(900, 5_200) * 1_000, export_exempt_base: rng.int(40, 160) * 1_000_000 } : { employees: rng.int(680, 760), withheld_income_tax: rng.int(2_000, 4_000) * 1_000 }) }, result: { oid: `${rng.hex(10).toUpperCase()}`, status: 'onaylandı', accrual: 'tahakkuk etti' }, http: [{ method: 'POST', url: `${GIB}/beyannameler`, statusCode: 201 }] }]],
    finalAnswer: `Filed the ${period} ${form} return with GİB.`,
  };
}

/** The GİB taxpayer query: is a tax number real, active, and an e-Fatura user. */
export function taxpayerCheckCall(vkn: string, name: string): ToolCall {
  return { tool: 'gib.check_taxpayer', args: { vkn }, result: { vkn, title: name, status: 'faal', efatura_user: true }, http: [{ method: 'GET', url: `https://sorgu.gib-portal.example/api/mukellef/${vkn}`, statusCode: 200 }] };
}

/** New suppliers abroad that sign now and then (accounts from their contracts). */
export function newForeignSupplier(rng: Prng): Payee {
  if (rng.chance(0.5)) return { id: `YD-3${rng.int(10, 49)}`, name: rng.pick(['Coimbatore Organic Spinners LLP', 'Surat Viscose Filaments Pvt. Ltd.']), country: 'IN', taxId: `GSTIN 24AA${rng.hex(6).toUpperCase()}1Z5`, billingEmail: `exports@organic-spinners-${rng.hex(4)}.example`, phone: `+91 422 555 ${rng.int(1_000, 9_999)}`, currency: 'USD', rail: 'swift', bank: 'ICICI Bank, Coimbatore', account: String(rng.int(100_000_000_000, 999_999_999_999)), bankCode: 'IFSC ICIC0000614', bic: 'ICICINBBCTS', services: ['GOTS organic yarn'] };
  return { id: `YD-3${rng.int(50, 89)}`, name: rng.pick(['Textilchemie Oberrhein GmbH', 'Lahn Nähgarn GmbH']), country: 'DE', taxId: `USt-IdNr. DE${rng.int(100_000_000, 999_999_999)}`, billingEmail: `rechnung@textilchemie-${rng.hex(4)}.example`, phone: `+49 761 555 ${rng.int(100, 999)}`, currency: 'EUR', rail: 'swift', bank: 'Commerzbank Freiburg', iban: germanIban('68040007', `0${rng.int(100_000_000, 999_999_999)}`), bic: 'COBADEFFXXX', services: ['bluesign auxiliaries'] };
}

function newSupplierTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = newForeignSupplier(rng);
  const b = { ...bill(rng, p, ctx.atMs), line: 'first order' };
  const po = `SAS-${rng.int(2_000, 2_999)}`;
  return {
    userMessage: `${p.name} ile sözleşme imzalandı. Sözleşmeye göre tedarikçiyi aç, ${po} için ilk ödemeyi yap.`,
    rounds: [
      [getFileCall('Finans', `Sözleşmeler/Tedarikçi/${p.name}.pdf`, `Supply agreement between ${p.name} and ${COMPANY}, signed ${isoDate(ctx.atMs - rng.int(3, 15) * 86_400_000)} by both parties. Payment by T/T to ${p.bank}, SWIFT ${p.bic}, ${p.iban ?? p.account}${p.bankCode === undefined ? '' : `, ${p.bankCode}`}.`)],
      [{ tool: 'logo.get_purchase_order', args: { po }, result: { po, vendor: p.name, amount: b.amount, currency: p.currency, approved_by: 'Kemal Arslan (CFO)' }, http: LOGO_HTTP(`purchaseOrders/${po}`) }],
      [{ tool: 'logo.create_vendor', args: { name: p.name, country: p.country, tax_id: p.taxId, bank: p.bank, bic: p.bic, ...(p.iban === undefined ? { account: p.account, bank_code: p.bankCode } : { iban: p.iban }), email: p.billingEmail, phone: p.phone }, result: { vendor_id: p.id, state: 'created' }, http: LOGO_HTTP('vendors', 'POST') }],
      [swiftCall(rng, p, b.amount, `${po} ${b.invoice_no}`)],
    ],
    finalAnswer: `Created ${p.name} with the account in its signed contract and wired ${p.currency} ${b.amount.toFixed(2)} against ${po}.`,
  };
}

/**
 * The rarer case: a supplier's new bank account recorded from its change request, after the
 * accountant called back the number on file and the bank's account letter matched; then paid there.
 */
function bankChangeTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(TR_PAYEES);
  const bank = rng.pick(['Akbank', 'Yapı Kredi', 'Garanti BBVA', 'VakıfBank'].filter((x) => x !== p.bank));
  const newIban = trIban(bank, trAccount(rng));
  const b = bill(rng, p, ctx.atMs);
  const request = `DR-${rng.int(1_000, 9_999)}`;
  return {
    userMessage: `${p.name} banka değişikliği bildirdi (${request}). Geri arama yapıldı; kaydı güncelle ve ${b.invoice_no}'yu yeni hesaba öde.`,
    rounds: [
      [{ tool: 'logo.get_change_request', args: { request_id: request }, result: { request_id: request, vendor_id: p.id, field: 'iban', new_value: newIban, new_bank: bank, documents: ['banka_hesap_teyit_yazisi.pdf (bank letter, stamped)'], callback: { number_on_file: p.phone, called_by: 'muhasebe.gulsen', at: isoDate(ctx.atMs), confirmed_by: 'finance manager of the supplier', result: 'confirmed' } }, http: LOGO_HTTP(`vendors/${p.id}/change-requests/${request}`) }],
      [{ tool: 'logo.update_vendor_bank', args: { vendor_id: p.id, iban: newIban, bank, change_request: request }, result: { vendor_id: p.id, iban: newIban, state: 'updated' }, http: [{ method: 'PATCH', url: `${LOGO}/vendors/${p.id}/bank`, statusCode: 200 }] }],
      [trTransferCall(rng, { name: p.name, iban: newIban }, b.amount, `${b.invoice_no} ödemesi`)],
    ],
    finalAnswer: `Recorded ${p.name}'s new ${bank} IBAN after the call-back to ${p.phone} and paid ${b.invoice_no} there.`,
  };
}

/** A new atelier that signs a framework subcontracting contract (fason sözleşmesi) now and then. */
export function newAtelier(rng: Prng): Atelier {
  const nine = `${rng.int(1, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const bank = rng.pick(['Ziraat Bankası', 'Halkbank', 'Kuveyt Türk']);
  return { code: `FSN-${rng.int(10, 39)}`, name: rng.pick(['Zeytinburnu Dikim Evi', 'Sultançiftliği Konfeksiyon', 'Davutpaşa Örme Atölyesi']), owner: `${rng.pick(['İbrahim', 'Fatma', 'Murat'])} ${rng.pick(['Çetin', 'Kurt', 'Koç'])}`, district: rng.pick(['Zeytinburnu', 'Sultangazi', 'Esenler']), vkn: vknFrom(nine), bank, iban: trIban(bank, trAccount(rng)), phone: `+90 53${rng.int(0, 9)} 555 ${rng.int(10, 99)} ${rng.int(10, 99)}`, pieceRate: rng.int(40, 80) / 10, weight: 0 };
}

/** The rarer case: a new atelier set up from its signed contract and its tax number checked at GİB, then paid for its first pieces. */
function newAtelierTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const a = newAtelier(rng);
  const pieces = rng.int(5, 30) * 100;
  const amount = Math.round(pieces * a.pieceRate * 100) / 100;
  return {
    userMessage: `${a.name} ile fason sözleşmesi imzalandı. Sözleşmeye göre cari aç, vergi numarasını kontrol et ve ilk ${pieces} adedin hakedişini öde.`,
    rounds: [
      [getFileCall('Finans', `Sözleşmeler/Fason/${a.name}.pdf`, `Fason üretim çerçeve sözleşmesi: ${COMPANY} ile ${a.name} (${a.owner}), VKN ${a.vkn}, ${isoDate(ctx.atMs - rng.int(2, 10) * 86_400_000)} tarihinde iki tarafça imzalanmıştır. Hakediş ödemeleri her cuma ${a.bank} ${a.iban} hesabına yapılır.`)],
      [taxpayerCheckCall(a.vkn, a.name)],
      [{ tool: 'logo.create_vendor', args: { name: a.name, country: 'TR', tax_id: a.vkn, bank: a.bank, iban: a.iban, phone: a.phone, kind: 'fason' }, result: { vendor_id: a.code, state: 'created' }, http: LOGO_HTTP('vendors', 'POST') }],
      [trTransferCall(rng, { name: a.name, iban: a.iban }, amount, `FASON HAKEDIS ILK ${a.code}`)],
    ],
    finalAnswer: `Set up ${a.name} from its signed contract (VKN ${a.vkn} active at GİB) and paid ${money(amount)} to the IBAN in the contract.`,
  };
}

export function purchaseOrder(rng: Prng, p: Payee, atMs: number): { po: string; vendor_id: string; vendor: string; item: string; amount: number; currency: Payee['currency']; delivery: string; status: string } {
  const b = bill(rng, p, atMs);
  return { po: `SAS-${rng.int(3_000, 9_999)}`, vendor_id: p.id, vendor: p.name, item: b.line, amount: b.amount, currency: p.currency, delivery: isoDate(atMs + rng.int(10, 60) * 86_400_000), status: 'açık' };
}

/** The rarer case: one purchase order raised twice cancelled, and only that one. */
function cancelPoTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick([...TR_PAYEES, ...FOREIGN_PAYEES]);
  const po = purchaseOrder(rng, p, ctx.atMs);
  return {
    userMessage: `${po.po} aynı sipariş için iki kez açılmış, mükerrer olanı iptal et.`,
    rounds: [[{ tool: 'logo.get_purchase_order', args: { po: po.po }, result: { ...po, duplicate_of: `SAS-${Number(po.po.slice(4)) - 1}` }, http: LOGO_HTTP(`purchaseOrders/${po.po}`) }], [{ tool: 'logo.cancel_purchase_order', args: { po: po.po, reason: 'mükerrer kayıt' }, result: { po: po.po, status: 'iptal' }, http: [{ method: 'POST', url: `${LOGO}/purchaseOrders/${po.po}/cancel`, statusCode: 200 }] }]],
    finalAnswer: `Cancelled ${po.po} (a duplicate); nothing else touched.`,
  };
}

export function holdoutBdFinanceWorkflow(ctx: WorkflowContext): SessionScript {
  const userId = ctx.rng.pick(ACCOUNTANTS);
  const office = officeOf(userId);
  const day = new Date(ctx.atMs).getUTCDay();
  const monthEnd = new Date(ctx.atMs).getUTCDate() >= 28;
  const merter = office === 'Merter';
  const turkey = office === 'Merter' || office === 'Denizli';
  return {
    userId,
    turns: buildTurns(
      ctx,
      [listTurn, checkTurn, payDomesticTurn, payForeignTurn, tbilisiPayTurn, casablancaPayTurn, incomingInvoicesTurn, receiptsTurn, exportInvoiceTurn, refundTurn, supplierMailTurn, newSupplierTurn, bankChangeTurn, newAtelierTurn, cancelPoTurn, swiftReleaseTurn, fridayBatchTurn, monthEndInvoicesTurn, returnsTurn],
      [0.14, 0.12, turkey ? 0.12 : 0.01, turkey ? 0.11 : 0.01, office === 'Tbilisi' ? 0.25 : 0, office === 'Casablanca' ? 0.25 : 0, turkey ? 0.09 : 0, 0.08, turkey ? 0.06 : 0, turkey ? 0.03 : 0, 0.07, merter ? 0.025 : 0, turkey ? 0.03 : 0, turkey ? 0.025 : 0, turkey ? 0.025 : 0, day === 2 && merter ? 0.35 : 0, day === 5 && turkey ? 0.35 : 0, monthEnd && turkey ? 0.15 : 0, monthEnd && merter ? 0.12 : 0],
    ),
  };
}
