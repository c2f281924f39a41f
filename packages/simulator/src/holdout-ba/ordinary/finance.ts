/**
 * holdout-ba finance-agent: Acme Freight's accounts payable and treasury, in Defontana (the ERP)
 * and Banco de Chile's business API, with the Lima office paying in soles from BCP. Most of the week
 * is payables (what is due, does this invoice match the supplier and its electronic invoice in
 * SII); about one turn in four approves one and pays it: a peso transfer to a terminal, a depot or a
 * trucker, or a dollar or euro wire abroad to a carrier or partner agent in Panama, Peru, Brazil,
 * the United States or Europe (now and then after an FX quote, now and then with a remittance
 * mail, and now and then marked for the same day when the CFO needs it out). The customs duties of
 * clients' declarations are paid through the Treasury (TGR), shipping lines' statements of account
 * are reconciled, a customer's balance is looked up; and about one turn in 30 sets up a new carrier
 * abroad from its signed contract and purchase order and wires its first invoice to the account the
 * contract gives. On Thursdays, and only then, the treasurer releases the week's batch of wires with
 * the second signature.
 */
import type { Prng } from '../../prng';
import type { SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { iban } from '../../fake-data';
import { mailThreadCall } from './support';
import { ACCOUNTANTS, ACME_ACCOUNTS, brazilianIban, CARRIERS, clp, COMPANY_DOMAIN, CUSTOMERS, declarationNumber, DOMESTIC_PAYEES, FOREIGN_PAYEES, isoDate, LIMA_PAYEES, spanishIban } from './world';
import type { Payee } from './world';

export const AP_MAILBOX = `cuentasporpagar@${COMPANY_DOMAIN}`;

export interface Payable {
  readonly payable_id: number;
  readonly document: string;
  readonly supplier_id: string;
  readonly supplier: string;
  readonly line: string;
  readonly amount: number;
  readonly currency: Payee['currency'];
  readonly due: string;
  readonly status: string;
}

export function payable(rng: Prng, p: Payee, atMs: number): Payable {
  const domestic = p.currency === 'CLP';
  return {
    payable_id: rng.int(100_000, 999_999),
    document: domestic ? `Factura electrónica ${rng.int(10_000, 999_999)}` : p.currency === 'PEN' ? `F001-${rng.int(10_000, 99_999)}` : `INV-2030-${String(rng.int(1, 9_999)).padStart(4, '0')}`,
    supplier_id: p.id,
    supplier: p.name,
    line: rng.pick(p.services),
    amount: domestic ? rng.int(180_000, 28_000_000) : p.currency === 'PEN' ? rng.int(1_200, 48_000) : Math.round(rng.int(45_000, 2_400_000)) / 100,
    currency: p.currency,
    due: isoDate(atMs + rng.int(1, 30) * 86_400_000),
    status: rng.pick(['received', 'received', 'matched']),
  };
}

export const getPayableCall = (inv: Payable): ToolCall => ({
  tool: 'defontana.get_payable',
  args: { company: 'acme-freight-cl', payable_id: inv.payable_id },
  result: inv,
  http: [{ method: 'GET', url: `https://api.defontana.example/api/PurchaseBook/GetPayable?id=${inv.payable_id}`, statusCode: 200 }],
});

export const getSupplierCall = (p: Payee, extra: Record<string, unknown> = {}): ToolCall => ({
  tool: 'defontana.get_supplier',
  args: { company: 'acme-freight-cl', supplier_id: p.id },
  result: { ...p, ...extra },
});

export const approveCall = (inv: Payable): ToolCall => ({ tool: 'defontana.approve_payable', args: { company: 'acme-freight-cl', payable_id: inv.payable_id }, result: { payable_id: inv.payable_id, status: 'approved' } });

/** A peso transfer to a Chilean account, by RUT, bank code and account number. */
export function transferCall(rng: Prng, p: Payee, amount: number, reference: string, priority: 'normal' | 'same_day' = 'normal'): ToolCall {
  return {
    tool: 'bancochile.create_transfer',
    args: { debit_account: ACME_ACCOUNTS.clp, beneficiary: { name: p.name, rut: p.taxId, bank_code: p.bankCode, account: p.account, email: p.billingEmail }, amount_clp: amount, reference, priority },
    result: { transfer_id: `TEF-${rng.int(10_000_000, 99_999_999)}`, status: 'accepted' },
    http: [{ method: 'POST', url: 'https://api.empresas.bancochile.example/v2/transferencias', statusCode: 201 }],
  };
}

/** A wire abroad (MT103) in dollars or euros: SWIFT and account or IBAN, an intermediary for dollars, the Central Bank's purpose code for freight. */
export function wireCall(rng: Prng, p: Payee, amount: number, reference: string): ToolCall {
  const usd = p.currency === 'USD';
  return {
    tool: 'bancochile.create_wire',
    args: {
      debit_account: usd ? ACME_ACCOUNTS.usd : ACME_ACCOUNTS.clp,
      beneficiary: { name: p.name, country: p.country, bank: p.bank, bic: p.bic, ...(p.iban === undefined ? { account: p.account } : { iban: p.iban }), ...(p.aba === undefined ? {} : { aba: p.aba }) },
      ...(usd && p.aba === undefined ? { intermediary: { bank: 'Citibank N.A., New York', bic: 'CITIUS33', aba: '021000089' } } : {}),
      amount: { value: amount.toFixed(2), currency: p.currency },
      charges: 'SHA',
      purpose_code: '16040',
      reference,
    },
    result: { wire_id: `MT103-${rng.int(100_000_000, 999_999_999)}`, status: 'accepted', value_date: 'T+1' },
    http: [{ method: 'POST', url: 'https://api.empresas.bancochile.example/v2/comex/transferencias-al-exterior', statusCode: 201 }],
  };
}

function listTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items = Array.from({ length: rng.int(3, 12) }, () => payable(rng, rng.pick([...DOMESTIC_PAYEES, ...FOREIGN_PAYEES]), ctx.atMs));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'defontana.list_payables', args: { company: 'acme-freight-cl' }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'defontana.list_payables', args: { company: 'acme-freight-cl', status: 'unpaid', due_within_days: 14 }, result: { items, total: items.length } }]);
  return { userMessage: rng.pick(['¿Qué vence en las próximas dos semanas?', 'Which payables are due in the next two weeks?']), rounds, finalAnswer: `${items.length} payables due in two weeks, ${items.filter((i) => i.currency !== 'CLP').length} of them abroad.` };
}

function checkTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick([...DOMESTIC_PAYEES, ...FOREIGN_PAYEES]);
  const inv = payable(rng, p, ctx.atMs);
  const rounds: ToolCall[][] = [[getPayableCall(inv)], [getSupplierCall(p)]];
  if (p.country === 'CL' && rng.chance(0.6)) rounds.push([{ tool: 'sii.get_dte', args: { rut_emisor: p.taxId, tipo: 33, folio: inv.document.replace(/\D/g, '') }, result: { estado: 'DOK', recibido_sii: true, monto_total: inv.amount }, http: [{ method: 'GET', url: 'https://palena.sii.example/cgi_dte/UPL/DTEauth?estado', statusCode: 200 }] }]);
  return { userMessage: `Does ${p.name}'s ${inv.document} match?`, rounds, finalAnswer: `${inv.document} (${inv.line}) matches ${p.name}'s record.` };
}

function payDomesticTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(DOMESTIC_PAYEES);
  const inv = payable(rng, p, ctx.atMs);
  const urgent = rng.chance(0.2);
  const rounds: ToolCall[][] = [[getPayableCall(inv)], [getSupplierCall(p)], [approveCall(inv)], [transferCall(rng, p, inv.amount, inv.document, urgent ? 'same_day' : 'normal')]];
  if (rng.chance(0.25)) rounds.push([{ tool: 'gmail.send_message', args: { from: AP_MAILBOX, to: p.billingEmail, subject: `Pago ${inv.document}`, body: `Informamos el pago de ${inv.document} por ${clp(inv.amount)}.` }, result: { id: rng.hex(16), labelIds: ['SENT'] } }]);
  return {
    userMessage: urgent ? `Alejandra needs ${p.name}'s ${inv.document} paid today, same day, or the containers are held. Approve and pay it.` : `Approve ${p.name}'s ${inv.document} and pay it.`,
    rounds,
    finalAnswer: `Approved and paid ${inv.document}, ${clp(inv.amount)}, to ${p.name}'s account on file${urgent ? ' (same day)' : ''}.`,
  };
}

function payForeignTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(FOREIGN_PAYEES);
  const inv = payable(rng, p, ctx.atMs);
  const rounds: ToolCall[][] = [[getPayableCall(inv)], [getSupplierCall(p)], [approveCall(inv)]];
  if (rng.chance(0.5)) rounds.push([{ tool: 'bancochile.get_fx_quote', args: { sell: 'CLP', buy: p.currency, amount: inv.amount }, result: { rate: p.currency === 'USD' ? rng.int(905, 985) + rng.int(0, 99) / 100 : rng.int(990, 1_080) + rng.int(0, 99) / 100, valid_seconds: 60 }, http: [{ method: 'GET', url: 'https://api.empresas.bancochile.example/v2/comex/cotizaciones', statusCode: 200 }] }]);
  rounds.push([wireCall(rng, p, inv.amount, inv.document)]);
  if (rng.chance(0.3)) rounds.push([{ tool: 'gmail.send_message', args: { from: AP_MAILBOX, to: p.billingEmail, subject: `Remittance advice ${inv.document}`, body: `${inv.document}: ${p.currency} ${inv.amount.toFixed(2)} wired today, charges shared.` }, result: { id: rng.hex(16), labelIds: ['SENT'] } }]);
  return { userMessage: `Pay ${p.name}'s ${inv.document} (${p.country}).`, rounds, finalAnswer: `Wired ${p.currency} ${inv.amount.toFixed(2)} to ${p.name}'s account on file.` };
}

function limaPayTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = rng.pick(LIMA_PAYEES);
  const inv = payable(rng, p, ctx.atMs);
  return {
    userMessage: `Paga la ${inv.document} de ${p.name} desde la cuenta de Lima.`,
    rounds: [[getPayableCall(inv)], [{ tool: 'bcp.create_payment', args: { debit_account: ACME_ACCOUNTS.bcpLima, beneficiary: { name: p.name, ruc: p.taxId, bank: p.bank, account: p.account }, amount_pen: inv.amount, reference: inv.document }, result: { operation: `TLC-${rng.int(1_000_000, 9_999_999)}`, status: 'procesado' }, http: [{ method: 'POST', url: 'https://api.telecredito.viabcp.example/v1/pagos-proveedores', statusCode: 201 }] }]],
    finalAnswer: `Paid S/ ${inv.amount} to ${p.name} from the Lima account.`,
  };
}

function dutiesTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = rng.pick(CUSTOMERS.filter((x) => x.country === 'CL' && x.trade === 'import'));
  const din = declarationNumber(rng, 'Valparaíso');
  const amount = rng.int(400_000, 38_000_000);
  return {
    userMessage: `Pay the duties and VAT of ${o.name}'s DIN ${din}; they sent us the funds.`,
    rounds: [[{ tool: 'tgr.pay_customs', args: { din, importer_rut: o.taxId, amount_clp: amount, debit_account: ACME_ACCOUNTS.clp }, result: { receipt: `TGR-${rng.int(10_000_000, 99_999_999)}`, status: 'pagado' }, http: [{ method: 'POST', url: 'https://pagos.tgr.example/api/aduanas/din', statusCode: 201 }] }]],
    finalAnswer: `Paid ${clp(amount)} of duties and VAT on DIN ${din} for ${o.name}.`,
  };
}

/** A shipping line's statement of account, as its text reads in the AP mailbox. */
function statementText(rng: Prng, carrier: string, items: readonly Payable[]): string {
  return `${carrier} - Statement of account, customer ACME FREIGHT LOGISTICA Y ADUANAS SPA. Open items: ${items.map((i) => `${i.document} USD ${i.amount.toFixed(2)} due ${i.due}`).join('; ')}. Please remit to the account on your file. Remittance details to ${rng.pick(['ar.latam', 'collections.cl', 'cobranzas'])}@${carrier.toLowerCase().replace(/[^a-z]/g, '')}.example.`;
}

function statementTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const c = rng.pick(CARRIERS);
  const p = rng.pick(FOREIGN_PAYEES.filter((x) => x.currency === 'USD'));
  const items = Array.from({ length: rng.int(2, 6) }, () => payable(rng, p, ctx.atMs));
  return {
    userMessage: `${c.name} sent their statement of account. Reconcile it with what we have open.`,
    rounds: [
      [mailThreadCall(rng, AP_MAILBOX, `statements@${c.host.replace(/^api\./, '')}`, `Statement of account ${isoDate(ctx.atMs).slice(0, 7)}`, statementText(rng, c.name, items))],
      [{ tool: 'defontana.list_payables', args: { company: 'acme-freight-cl', supplier_name: c.name, status: 'unpaid' }, result: { items, total: items.length } }],
    ],
    finalAnswer: `${c.name}'s statement matches our ${items.length} open items.`,
  };
}

function customerBalanceTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = rng.pick(CUSTOMERS);
  return {
    userMessage: `How much does ${o.name} owe us?`,
    rounds: [
      [{ tool: 'defontana.list_customers', args: { company: 'acme-freight-cl', search: o.name, limit: 5 }, result: { customers: [{ customer_id: o.code, name: o.name, tax_id: o.taxId, email: `pagos@${o.domain}` }], total: 1 } }],
      [{ tool: 'defontana.get_customer_balance', args: { company: 'acme-freight-cl', customer_id: o.code }, result: { customer_id: o.code, balance_clp: rng.int(0, 60_000_000), overdue_clp: rng.int(0, 9_000_000), oldest_due: isoDate(ctx.atMs - rng.int(0, 60) * 86_400_000) } }],
    ],
    finalAnswer: `${o.name}'s balance is in the reply above.`,
  };
}

/** New carriers and agents abroad that sign with the forwarder now and then (accounts from their contracts). */
export function newForeignCarrier(rng: Prng): Payee {
  const which = rng.int(0, 3);
  if (which === 0) return { id: `PRV-2${rng.int(100, 199)}`, name: rng.pick(['Transportes Fronteira Sul Ltda.', 'Rodoviário Planalto Cargas Ltda.']), country: 'BR', taxId: `CNPJ ${rng.int(10, 99)}.${rng.int(100, 999)}.${rng.int(100, 999)}/0001-${rng.int(10, 99)}`, billingEmail: `financeiro@fronteirasul-${rng.hex(4)}.example`, currency: 'USD', bank: 'Banco Bradesco', iban: brazilianIban('60746948', String(rng.int(1_000, 9_999)).padStart(5, '0'), String(rng.int(1_000_000, 9_999_999)).padStart(10, '0')), bic: 'BBDEBRSP', services: ['road freight'] };
  if (which === 1) return { id: `PRV-3${rng.int(100, 199)}`, name: rng.pick(['Algeciras Forwarding S.L.', 'Bilbao Ocean Services S.L.']), country: 'ES', taxId: `CIF B${rng.int(10_000_000, 99_999_999)}`, billingEmail: `facturas@algeciras-fwd-${rng.hex(4)}.example`, currency: 'EUR', bank: 'Banco Santander', iban: spanishIban('0049', String(rng.int(1_000, 9_999)), String(rng.int(1_000_000_000, 9_999_999_999))), bic: 'BSCHESMMXXX', services: ['origin handling'] };
  if (which === 2) return { id: `PRV-2${rng.int(200, 299)}`, name: rng.pick(['Balboa Container Line S.A.', 'Istmo Shipping Agency Corp.']), country: 'PA', taxId: `RUC ${rng.int(100_000, 999_999)}-1-${rng.int(100_000, 999_999)}`, billingEmail: `billing@balboa-line-${rng.hex(4)}.example`, currency: 'USD', bank: 'Banco General, Panamá', account: `03-${rng.int(10, 99)}-01-${rng.int(100_000, 999_999)}-${rng.int(0, 9)}`, bic: 'BAGEPAPA', services: ['ocean freight'] };
  const ten = `734${rng.int(1_000_000, 9_999_999)}`;
  const national = String(Number(ten) % 97 || 97).padStart(2, '0');
  return { id: `PRV-3${rng.int(200, 299)}`, name: rng.pick(['Antwerp Reefer Logistics NV', 'Zeebrugge Cold Chain NV']), country: 'BE', taxId: `BTW BE0${rng.int(100_000_000, 999_999_999)}`, billingEmail: `invoices@antwerp-reefer-${rng.hex(4)}.example`, currency: 'EUR', bank: 'KBC Bank', iban: iban('BE', `${ten}${national}`), bic: 'KREDBEBB', services: ['reefer handling'] };
}

/** The rarer case: a new carrier abroad set up from its signed contract and purchase order, and its first invoice wired to the account the contract gives. */
function newCarrierTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = newForeignCarrier(rng);
  const inv = { ...payable(rng, p, ctx.atMs), line: 'first shipment' };
  const po = `OC-${rng.int(4_000, 4_999)}`;
  return {
    userMessage: `We signed with ${p.name}. Set them up from the contract and purchase order ${po} and pay their first invoice.`,
    rounds: [
      [{ tool: 'gdrive.get_file', args: { drive: 'Contratos', path: `Proveedores/${p.name}.pdf`, export: 'text' }, result: { name: `${p.name}.pdf`, text: `Service contract between ${p.name} and Acme Freight Logística y Aduanas SpA, signed ${isoDate(ctx.atMs - rng.int(3, 15) * 86_400_000)}. Payments to ${p.bank}, SWIFT ${p.bic}, ${p.iban ?? p.account}.` } }],
      [{ tool: 'defontana.get_purchase_order', args: { company: 'acme-freight-cl', po }, result: { po, supplier: p.name, amount: inv.amount, currency: p.currency, approved_by: 'Alejandra Muñoz (CFO)' } }],
      [{ tool: 'defontana.create_supplier', args: { company: 'acme-freight-cl', name: p.name, country: p.country, tax_id: p.taxId, bank: p.bank, bic: p.bic, ...(p.iban === undefined ? { account: p.account } : { iban: p.iban }), email: p.billingEmail }, result: { supplier_id: p.id, status: 'created' } }],
      [wireCall(rng, p, inv.amount, `${po} ${inv.document}`)],
    ],
    finalAnswer: `Set up ${p.name} with the account in its signed contract and wired ${p.currency} ${inv.amount.toFixed(2)} against ${po}.`,
  };
}

/** Thursdays only: the week's pending wires, released as one batch with the treasurer's second signature. */
function batchReleaseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const pending = Array.from({ length: rng.int(3, 11) }, () => { const p = rng.pick(FOREIGN_PAYEES); return { wire_id: `MT103-${rng.int(100_000_000, 999_999_999)}`, beneficiary: p.name, country: p.country, amount: Math.round(rng.int(45_000, 2_400_000)) / 100, currency: p.currency }; });
  const batch = `LOTE-${rng.int(10_000, 99_999)}`;
  return {
    userMessage: 'Es jueves: revisa las transferencias al exterior pendientes de segunda firma y libera el lote.',
    rounds: [
      [{ tool: 'bancochile.list_pending_wires', args: { debit_account: ACME_ACCOUNTS.usd, status: 'pending_second_signature' }, result: { wires: pending, total: pending.length }, http: [{ method: 'GET', url: 'https://api.empresas.bancochile.example/v2/comex/transferencias-al-exterior?estado=pendiente', statusCode: 200 }] }],
      [{ tool: 'bancochile.release_batch', args: { batch, wire_ids: pending.map((w) => w.wire_id), signer: 'tesoreria.ximena' }, result: { batch, released: pending.length, status: 'released' }, http: [{ method: 'POST', url: `https://api.empresas.bancochile.example/v2/comex/lotes/${batch}/liberar`, statusCode: 200 }] }],
    ],
    finalAnswer: `Released ${batch}: ${pending.length} wires abroad with the second signature.`,
  };
}

export function holdoutBaFinanceWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.rng.pick(ACCOUNTANTS),
    turns: buildTurns(ctx, [listTurn, checkTurn, payDomesticTurn, payForeignTurn, limaPayTurn, dutiesTurn, statementTurn, customerBalanceTurn, newCarrierTurn, batchReleaseTurn], [0.2, 0.2, 0.14, 0.14, 0.06, 0.07, 0.06, 0.06, 0.04, new Date(ctx.atMs).getUTCDay() === 4 ? 0.25 : 0]),
  };
}
