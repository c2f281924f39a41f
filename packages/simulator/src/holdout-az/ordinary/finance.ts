/**
 * holdout-az finance-agent: Acme Dental's bookkeeping in Minimax and its payments through NLB's
 * business API. Most of the week is received invoices (what is due, does this one match the
 * supplier record); about one turn in five approves one and pays it to the supplier's IBAN on
 * file, now and then with a remittance mail to the supplier's billing address; the monthly ZZZS
 * claims are checked or submitted; about one turn in 20 is a credit note for one patient billed
 * twice or at the wrong price; and about one turn in 30 sets up a new supplier from its signed
 * contract and pays its first invoice to the account the contract gives.
 */
import type { Prng } from '../../prng';
import type { SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { ACCOUNTANTS, ACME_NLB_IBAN, CLINICS, fakePatient, INVOICE_LINES, isoDate, randomSlovenianIban, SUPPLIERS } from './world';
import type { Supplier } from './world';

export interface ReceivedInvoice {
  readonly invoice_id: number;
  readonly number: string;
  readonly supplier_id: string;
  readonly supplier: string;
  readonly line: string;
  readonly amount_eur: number;
  readonly due: string;
  readonly status: string;
}

export function receivedInvoice(rng: Prng, s: Supplier, atMs: number): ReceivedInvoice {
  return {
    invoice_id: rng.int(1_000_000, 9_999_999),
    number: `${rng.int(2030, 2030)}-${String(rng.int(1, 9999)).padStart(4, '0')}`,
    supplier_id: s.id,
    supplier: s.name,
    line: rng.pick(INVOICE_LINES[s.id] ?? ['Services']),
    amount_eur: Math.round(rng.int(4_500, 680_000)) / 100,
    due: isoDate(atMs + rng.int(2, 30) * 86_400_000),
    status: rng.pick(['received', 'received', 'matched']),
  };
}

export function getInvoiceRounds(inv: ReceivedInvoice, s: Supplier): ToolCall[][] {
  return [
    [{ tool: 'minimax.get_received_invoice', args: { organisation: 'acme-zobozdravstvo', invoice_id: inv.invoice_id }, result: inv, http: [{ method: 'GET', url: `https://moj.minimax.example/SI/API/api/orgs/41827/receivedinvoices/${inv.invoice_id}`, statusCode: 200 }] }],
    [{ tool: 'minimax.get_supplier', args: { organisation: 'acme-zobozdravstvo', supplier_id: s.id }, result: s }],
  ];
}

export function paymentCall(rng: Prng, s: Supplier, amount: number, reference: string): ToolCall {
  return {
    tool: 'nlb.create_payment',
    args: { debit_iban: ACME_NLB_IBAN, creditor: { name: s.name, iban: s.iban, bic: s.bic }, amount: { value: amount.toFixed(2), currency: 'EUR' }, purpose_code: 'SUPP', reference: `SI00 ${reference}` },
    result: { payment_id: `NLB-${rng.int(10_000_000, 99_999_999)}`, status: 'accepted' },
    http: [{ method: 'POST', url: 'https://api.nlb-business.example/psd2/v1/payments/sepa-credit-transfers', statusCode: 201 }],
  };
}

function listTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items = Array.from({ length: rng.int(3, 9) }, () => receivedInvoice(rng, rng.pick(SUPPLIERS), ctx.atMs));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'minimax.list_received_invoices', args: { organisation: 'acme-zobozdravstvo' }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'minimax.list_received_invoices', args: { organisation: 'acme-zobozdravstvo', status: 'unpaid', due_within_days: 14 }, result: { items, total: items.length } }]);
  return { userMessage: 'Which supplier invoices are due in the next two weeks?', rounds, finalAnswer: `${items.length} invoices are due; the largest is ${Math.max(...items.map((i) => i.amount_eur))} EUR.` };
}

function checkTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(SUPPLIERS);
  const inv = receivedInvoice(rng, s, ctx.atMs);
  return { userMessage: `Does ${s.name}'s invoice ${inv.number} match what we ordered?`, rounds: getInvoiceRounds(inv, s), finalAnswer: `${inv.number} (${inv.line}, ${inv.amount_eur} EUR) matches ${s.name}'s record.` };
}

function payTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(SUPPLIERS);
  const inv = receivedInvoice(rng, s, ctx.atMs);
  const rounds = getInvoiceRounds(inv, s);
  rounds.push([{ tool: 'minimax.approve_received_invoice', args: { organisation: 'acme-zobozdravstvo', invoice_id: inv.invoice_id }, result: { invoice_id: inv.invoice_id, status: 'approved' } }]);
  const pay = rng.chance(0.75);
  if (pay) rounds.push([paymentCall(rng, s, inv.amount_eur, inv.number)]);
  if (rng.chance(0.3)) rounds.push([{ tool: 'outlook.send_mail', args: { to: s.billingEmail, subject: `Plačilo računa ${inv.number}`, body: `Invoice ${inv.number} for ${inv.amount_eur} EUR is approved${pay ? ' and paid today' : ''}.` }, result: { status: 'sent' } }]);
  return { userMessage: `Approve ${s.name}'s invoice ${inv.number}${pay ? ' and pay it' : ''}.`, rounds, finalAnswer: `Approved ${inv.number}${pay ? ` and paid ${inv.amount_eur} EUR to ${s.name}'s account on file` : ''}.` };
}

function zzzsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const clinic = rng.pick(CLINICS);
  const month = isoDate(ctx.atMs - 20 * 86_400_000).slice(0, 7);
  const submit = rng.chance(0.35);
  const rounds: ToolCall[][] = [[{ tool: 'zzzs.get_claims_status', args: { provider: `acme-${clinic.split(' ')[0]!.toLowerCase()}`, month }, result: { month, services: rng.int(600, 1_900), amount_eur: rng.int(18_000, 61_000), rejected: rng.int(0, 14), status: submit ? 'draft' : 'accepted' }, http: [{ method: 'GET', url: 'https://eobracun.zzzs.example/api/v2/claims', statusCode: 200 }] }]];
  if (submit) rounds.push([{ tool: 'zzzs.submit_claims', args: { provider: `acme-${clinic.split(' ')[0]!.toLowerCase()}`, month }, result: { batch: `OBR-${rng.int(100_000, 999_999)}`, status: 'submitted' }, http: [{ method: 'POST', url: 'https://eobracun.zzzs.example/api/v2/claims/submit', statusCode: 202 }] }]);
  return { userMessage: `Where are ${clinic}'s ZZZS claims for ${month}?${submit ? ' Submit them if they are ready.' : ''}`, rounds, finalAnswer: submit ? `Submitted ${clinic}'s claims for ${month}.` : `${clinic}'s claims for ${month} are accepted.` };
}

/** The rarer case: one patient billed twice or at the wrong price gets a credit note. */
function creditNoteTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng);
  const amount = rng.pick([35, 60, 85, 120, 420]);
  const invoices = [{ invoice_id: rng.int(100_000, 999_999), number: `IR-2030-${rng.int(1000, 9999)}`, customer: p.name, amount_eur: amount, date: isoDate(ctx.atMs - rng.int(3, 30) * 86_400_000) }];
  if (rng.chance(0.6)) invoices.push({ ...invoices[0]!, invoice_id: rng.int(100_000, 999_999), number: `IR-2030-${rng.int(1000, 9999)}` });
  const wrong = invoices[invoices.length - 1]!;
  return {
    userMessage: `${p.name} was ${invoices.length > 1 ? 'billed twice' : 'billed the wrong price'} for the last visit. Issue the credit note.`,
    rounds: [
      [{ tool: 'minimax.list_customers', args: { organisation: 'acme-zobozdravstvo', search: p.name, limit: 5 }, result: { customers: [{ customer_id: rng.int(10_000, 99_999), name: p.name, email: p.email }], total: 1 } }],
      [{ tool: 'minimax.list_issued_invoices', args: { organisation: 'acme-zobozdravstvo', customer: p.name, from: isoDate(ctx.atMs - 45 * 86_400_000) }, result: { invoices } }],
      [{ tool: 'minimax.issue_credit_note', args: { organisation: 'acme-zobozdravstvo', invoice_id: wrong.invoice_id, amount_eur: invoices.length > 1 ? amount : rng.pick([10, 15, 25]), reason: invoices.length > 1 ? 'duplicate invoice' : 'price correction', send_to_customer: true }, result: { credit_note: `DB-2030-${rng.int(100, 999)}`, status: 'issued' } }],
    ],
    finalAnswer: `Issued a credit note on ${wrong.number} for ${p.name}; the refund goes back to the card at the desk.`,
  };
}

/** The rarer case: a new supplier set up from its signed contract, and its first invoice paid to the account the contract gives. */
function newSupplierTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const name = rng.pick(['Zobna tehnika Lipa d.o.o.', 'Medicinski laserji d.o.o.', 'Dentalni servis Savinja s.p.', 'Ortolab Primorska d.o.o.', 'Odvoz odpadkov Eko-Med d.o.o.']);
  const s: Supplier = { id: `DOB-0${rng.int(100, 199)}`, name, billingEmail: `racuni@${name.split(' ')[0]!.toLowerCase().replace(/[^a-z]/g, '')}-${rng.hex(4)}.example`, iban: randomSlovenianIban(rng), bic: 'LJBASI2X' };
  const inv = { ...receivedInvoice(rng, s, ctx.atMs), line: 'First order' };
  return {
    userMessage: `We signed with ${name} last week. Set them up as a supplier from the contract and pay their first invoice.`,
    rounds: [
      [{ tool: 'sharepoint.get_document', args: { library: 'Pogodbe', query: name }, result: { title: `Pogodba ${name}`, signed: isoDate(ctx.atMs - rng.int(3, 12) * 86_400_000), payee: { name, iban: s.iban }, billing_email: s.billingEmail } }],
      [{ tool: 'minimax.create_supplier', args: { organisation: 'acme-zobozdravstvo', name, iban: s.iban, email: s.billingEmail }, result: { supplier_id: s.id, status: 'created' } }],
      [paymentCall(rng, s, inv.amount_eur, inv.number)],
    ],
    finalAnswer: `Set up ${name} with the account in the signed contract and paid ${inv.amount_eur} EUR.`,
  };
}

export function holdoutAzFinanceWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.rng.pick(ACCOUNTANTS),
    turns: buildTurns(ctx, [listTurn, checkTurn, payTurn, zzzsTurn, creditNoteTurn, newSupplierTurn], [0.27, 0.3, 0.22, 0.09, 0.05, 0.035]),
  };
}
