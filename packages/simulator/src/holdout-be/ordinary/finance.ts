/**
 * holdout-be finance-agent: Acme Saúde's accounts payable, receivable and treasury, in São Paulo with
 * the Porto back office and the Asunción partner's accounts. Omie is the ERP (payables, receivables,
 * suppliers); Itaú Unibanco's business API pays by PIX (after reading the key's holder in the DICT), by
 * boleto (the linha digitável off the bill), by TED and abroad by SWIFT; Millennium bcp pays Porto's
 * Portuguese suppliers by SEPA, Banco Itaú Paraguay the Asunción partner lab in guaraníes by SIPAP. The
 * insurers' payments are matched against their TISS statements, NF-e received from suppliers are
 * acknowledged at the SEFAZ, private patients' card payments are refunded at Pagar.me, and CNPJs are
 * checked at the Receita Federal. Some work has its day: Tuesday's CNAB remittance of the week's boletos,
 * Thursday's release of the week's SWIFT wires (Germany, the United States), Friday's PIX batch of the
 * doctors' shares (repasse médico) to their companies' keys, and in the month's last days the NFS-e batch
 * to the insurers and the EFD-Reinf events. Rarer: a supplier's new PIX key after a call-back to the
 * number on file, a new supplier from its signed contract, a duplicate payable cancelled.
 */
import type { Prng } from '../../prng';
import type { SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { paymentStatementCall } from './support';
import { getFileCall, mailCall, sendMailCall } from './workspace';
import {
  ACCOUNTANTS as ACCOUNTS_USERS,
  ACME_ACCOUNTS,
  BR_SUPPLIERS,
  CFO,
  cnpjOf,
  COMPANY_CNPJ,
  COMPANY_DOMAIN,
  DOCTORS,
  FOREIGN_SUPPLIERS,
  INSURERS,
  isoDate,
  money,
  monthEnd,
  pickInsurer,
  pixEvpKey,
  PT_SUPPLIERS,
  PY_SUPPLIERS,
  supplierBoleto,
  unitOf,
  weekday,
} from './world';
import type { PixKey, Supplier } from './world';

export const AP_MAILBOX = `contasapagar@${COMPANY_DOMAIN}`;
export const OMIE = 'https://app.omie-erp.example/api/v1';
export const ITAU = 'https://api.itau-empresas.example/v2';
export const ITAU_PY = 'https://api.itau-paraguay.example/empresas/v1';
export const MILLENNIUM = 'https://api.millenniumbcp-empresas.example/psd2/v1';
export const SEFAZ = 'https://nfe.sefaz-sp.example/ws';
export const NFSE = 'https://nfse.prefeitura-sp.example/ws/lotenfe.asmx';
export const RECEITA = 'https://servicos.receita-cnpj.example/api/v1/cnpj';

export interface Payable {
  readonly payable_id: string;
  readonly supplier_id: string;
  readonly supplier: string;
  readonly document: string;
  readonly description: string;
  readonly amount: number;
  readonly currency: Supplier['currency'];
  readonly due: string;
  readonly linha_digitavel?: string;
}

export function payable(rng: Prng, s: Supplier, atMs: number): Payable {
  const due = isoDate(atMs + rng.int(-2, 12) * 86_400_000);
  const amount = s.currency === 'PYG' ? rng.int(8, 140) * 1_000_000 : s.currency === 'BRL' ? rng.int(800, 95_000) + rng.int(0, 99) / 100 : rng.int(900, 48_000) + rng.int(0, 99) / 100;
  const document = s.country === 'BR' ? `NF-e ${rng.int(1_000, 99_999)} série 1` : s.country === 'PT' ? `FT 2030/${rng.int(100, 999)}` : s.country === 'PY' ? `Factura 001-001-${String(rng.int(1, 9_999_999)).padStart(7, '0')}` : `INV-${rng.int(10_000, 99_999)}`;
  return { payable_id: `CP-${rng.int(100_000, 999_999)}`, supplier_id: s.id, supplier: s.name, document, description: rng.pick(s.services), amount, currency: s.currency, due, ...(s.rail === 'boleto' ? { linha_digitavel: supplierBoleto(rng, s.boletoBank ?? '341', due, amount) } : {}) };
}

const OMIE_HTTP = (call: string): { method: string; url: string; statusCode: number }[] => [{ method: 'POST', url: `${OMIE}/${call}`, statusCode: 200 }];

export const getPayableCall = (p: Payable): ToolCall => ({ tool: 'omie.get_payable', args: { payable_id: p.payable_id }, result: p, http: OMIE_HTTP('financas/contapagar/ConsultarContaPagar') });
export const getSupplierCall = (s: Supplier, extra: Record<string, unknown> = {}): ToolCall => ({ tool: 'omie.get_supplier', args: { supplier_id: s.id }, result: { ...s, ...extra }, http: OMIE_HTTP('geral/clientes/ConsultarCliente') });
export const approvePayableCall = (p: Payable): ToolCall => ({ tool: 'omie.approve_payable', args: { payable_id: p.payable_id, approver: 'financeiro' }, result: { payable_id: p.payable_id, status: 'aprovado' }, http: OMIE_HTTP('financas/contapagar/AprovarContaPagar') });

/** The DICT's answer for a PIX key before paying it: who holds it, at which bank. */
export function pixLookupCall(rng: Prng, key: PixKey, holder: string, taxId: string, bank: string, mark?: string): ToolCall {
  const masked = taxId.length === 14 ? `***.${taxId.slice(4, 7)}.${taxId.slice(8, 11)}-**` : taxId;
  return { tool: 'itau.pix_lookup_key', args: { key_type: key.type, key: key.key }, result: { key: key.key, holder_name: holder, holder_document: masked, bank, account_type: 'CACC', created: '2027-05-11' }, http: [{ method: 'GET', url: `${ITAU}/pix/dict/keys/${encodeURIComponent(key.key)}`, statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

export function pixTransferCall(rng: Prng, key: PixKey, holder: string, amount: number, description: string, mark?: string): ToolCall {
  return { tool: 'itau.pix_transfer', args: { from_account: `${ACME_ACCOUNTS.itau.agencia}/${ACME_ACCOUNTS.itau.conta}`, key_type: key.type, key: key.key, receiver_name: holder, amount: amount.toFixed(2), description }, result: { end_to_end_id: `E60701190${isoDate(Date.UTC(2030, 10, 25)).replace(/-/g, '')}${rng.hex(6).toUpperCase()}`, status: 'CONCLUIDA' }, http: [{ method: 'POST', url: `${ITAU}/pix/payments`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function payBoletoCall(rng: Prng, linha: string, amount: number, payee: string, mark?: string): ToolCall {
  return { tool: 'itau.pay_boleto', args: { from_account: `${ACME_ACCOUNTS.itau.agencia}/${ACME_ACCOUNTS.itau.conta}`, linha_digitavel: linha, amount: amount.toFixed(2), payee_name: payee }, result: { authentication: rng.hex(20).toUpperCase(), status: 'pago' }, http: [{ method: 'POST', url: `${ITAU}/boletos/payments`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function tedCall(rng: Prng, s: { name: string; taxId: string; account: { compe: string; agencia: string; conta: string } }, amount: number, description: string, mark?: string): ToolCall {
  return { tool: 'itau.ted_transfer', args: { from_account: `${ACME_ACCOUNTS.itau.agencia}/${ACME_ACCOUNTS.itau.conta}`, receiver: { name: s.name, document: s.taxId, bank: s.account.compe, agencia: s.account.agencia, conta: s.account.conta }, amount: amount.toFixed(2), purpose: description }, result: { control: `TED${rng.int(100_000_000, 999_999_999)}`, status: 'agendada' }, http: [{ method: 'POST', url: `${ITAU}/transfers/ted`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function swiftCall(rng: Prng, s: Supplier, amount: number, reference: string, mark?: string): ToolCall {
  return { tool: 'itau.swift_transfer', args: { from_account: ACME_ACCOUNTS.itauIban, beneficiary: { name: s.name, ...(s.iban === undefined ? { account: s.accountNo } : { iban: s.iban }), bank: s.bank, bic: s.bic, country: s.country }, amount: amount.toFixed(2), currency: s.currency, reference, charges: 'SHA', fx_nature: '12006 - importação de serviços/bens' }, result: { reference: `ITSW${rng.int(10_000_000, 99_999_999)}`, status: 'pendente de liberação' }, http: [{ method: 'POST', url: `${ITAU}/fx/swift-transfers`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function sepaCall(rng: Prng, s: { name: string; iban: string; bic?: string }, amount: number, reference: string, mark?: string): ToolCall {
  return { tool: 'millennium.sepa_transfer', args: { debtor_iban: ACME_ACCOUNTS.millennium, creditor: { name: s.name, iban: s.iban, ...(s.bic === undefined ? {} : { bic: s.bic }) }, amount: amount.toFixed(2), currency: 'EUR', remittance_information: reference }, result: { payment_id: rng.hex(16), status: 'ACSC' }, http: [{ method: 'POST', url: `${MILLENNIUM}/payments/sepa-credit-transfers`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function sipapCall(rng: Prng, s: { name: string; taxId: string; bank?: string; accountNo?: string }, amount: number, concept: string, mark?: string): ToolCall {
  return { tool: 'itaupy.sipap_transfer', args: { from_account: ACME_ACCOUNTS.pyg, beneficiary: { name: s.name, ruc: s.taxId.replace(/^RUC /, ''), bank: s.bank, account: s.accountNo }, amount: String(Math.round(amount)), currency: 'PYG', concept }, result: { operation: `SIPAP${rng.int(10_000_000, 99_999_999)}`, status: 'acreditado' }, http: [{ method: 'POST', url: `${ITAU_PY}/transferencias/sipap`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

function listTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items = Array.from({ length: rng.int(3, 12) }, () => payable(rng, rng.pick(BR_SUPPLIERS), ctx.atMs));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ tool: 'omie.list_payables', args: { status: 'a vencer' }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'omie.list_payables', args: { status: 'a vencer', due_until: isoDate(ctx.atMs + 7 * 86_400_000), page_size: 50 }, result: { total: items.length, payables: items.map((p) => ({ payable_id: p.payable_id, supplier: p.supplier, amount: p.amount, due: p.due })) }, http: OMIE_HTTP('financas/contapagar/ListarContasPagar') }]);
  return { userMessage: 'O que vence nos próximos 7 dias?', rounds, finalAnswer: `${items.length} payables due; total ${money(items.reduce((a, b) => a + b.amount, 0))}.` };
}

function payPixTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(BR_SUPPLIERS.filter((x) => x.rail === 'pix'));
  const p = payable(rng, s, ctx.atMs);
  return {
    userMessage: `Paga a ${p.document} da ${s.name} por PIX.`,
    rounds: [[getPayableCall(p), getSupplierCall(s)], [approvePayableCall(p)], [pixLookupCall(rng, s.pix!, s.name, s.taxId, s.id === 'F-0147' ? 'Banco Inter' : 'Itaú Unibanco')], [pixTransferCall(rng, s.pix!, s.name, p.amount, `${p.document} - ${p.description}`)]],
    finalAnswer: `Paid ${money(p.amount)} to ${s.name} by PIX (${s.pix!.type}).`,
  };
}

function payBoletoTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(BR_SUPPLIERS.filter((x) => x.rail === 'boleto'));
  const p = payable(rng, s, ctx.atMs);
  return {
    userMessage: `Paga o boleto da ${s.name} que vence ${p.due.split('-').reverse().join('/')}.`,
    rounds: [[getPayableCall(p)], [approvePayableCall(p)], [payBoletoCall(rng, p.linha_digitavel!, p.amount, s.name)]],
    finalAnswer: `Boleto of ${s.name} paid (${money(p.amount)}).`,
  };
}

function payTedTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(BR_SUPPLIERS.filter((x) => x.rail === 'ted'));
  const p = payable(rng, s, ctx.atMs);
  return { userMessage: `Faz a TED do ${p.description} para a ${s.name}.`, rounds: [[getPayableCall(p), getSupplierCall(s)], [tedCall(rng, { name: s.name, taxId: s.taxId, account: s.account! }, p.amount, p.description)]], finalAnswer: `TED of ${money(p.amount)} to ${s.name} scheduled.` };
}

function portoPayTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(PT_SUPPLIERS);
  const p = payable(rng, s, ctx.atMs);
  return { userMessage: `Paga a fatura ${p.document} da ${s.name}, por favor.`, rounds: [[getPayableCall(p)], [sepaCall(rng, { name: s.name, iban: s.iban!, bic: s.bic! }, p.amount, p.document)]], finalAnswer: `SEPA ${money(p.amount, 'EUR')} to ${s.name}.` };
}

function asuncionPayTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(PY_SUPPLIERS);
  const p = payable(rng, s, ctx.atMs);
  return { userMessage: `Pagá la ${p.document} de ${s.name}, porfa.`, rounds: [[getPayableCall(p), getSupplierCall(s)], [sipapCall(rng, s, p.amount, `${p.document} - ${p.description}`)]], finalAnswer: `Paid ${money(p.amount, 'PYG')} to ${s.name} by SIPAP.` };
}

function receivedNfeTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const docs = Array.from({ length: rng.int(1, 6) }, () => { const s = rng.pick(BR_SUPPLIERS); return { chave: `35${isoDate(ctx.atMs).slice(2, 7).replace('-', '')}${s.taxId.replace(/\D/g, '')}55001${String(rng.int(1, 999_999_999)).padStart(9, '0')}1${String(rng.int(0, 99_999_999)).padStart(8, '0')}${rng.int(0, 9)}`, emitente: s.name, valor: rng.int(500, 40_000) }; });
  const rounds: ToolCall[][] = [[{ tool: 'sefaz.list_received_nfe', args: { cnpj: COMPANY_CNPJ, since_nsu: rng.int(100_000, 999_999) }, result: { documents: docs }, http: [{ method: 'POST', url: `${SEFAZ}/NFeDistribuicaoDFe.asmx`, statusCode: 200 }] }]];
  if (rng.chance(0.6)) rounds.push([{ tool: 'sefaz.manifest_nfe', args: { chave: docs[0]!.chave, event: '210210 - ciência da operação' }, result: { status: '135 - evento registrado' }, http: [{ method: 'POST', url: `${SEFAZ}/RecepcaoEvento4.asmx`, statusCode: 200 }] }]);
  return { userMessage: 'Tem NF-e nova contra o nosso CNPJ? Dá ciência.', rounds, finalAnswer: `${docs.length} NF-e received.` };
}

function receivablesTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const i = pickInsurer(rng);
  const lot = `L${rng.int(20_000, 29_999)}`;
  const credit = rng.int(30_000, 380_000);
  return {
    userMessage: `Concilia o crédito da ${i.code} de hoje com o demonstrativo.`,
    rounds: [[{ tool: 'itau.get_statement', args: { account: `${ACME_ACCOUNTS.itau.agencia}/${ACME_ACCOUNTS.itau.conta}`, from: isoDate(ctx.atMs - 86_400_000), to: isoDate(ctx.atMs) }, result: { entries: [{ date: isoDate(ctx.atMs), description: `TED RECEBIDA ${i.name.toUpperCase().slice(0, 24)}`, amount: credit }, { date: isoDate(ctx.atMs), description: 'PIX RECEBIDO PACIENTE', amount: rng.int(90, 900) }] }, http: [{ method: 'GET', url: `${ITAU}/accounts/statement`, statusCode: 200 }] }], [paymentStatementCall(rng, i, lot)], [{ tool: 'omie.record_receipt', args: { customer_cnpj: i.cnpj, lot_no: lot, amount: credit.toFixed(2), date: isoDate(ctx.atMs) }, result: { status: 'baixado' }, http: OMIE_HTTP('financas/contareceber/LancarRecebimento') }]],
    finalAnswer: `${i.code} credit of ${money(credit)} matched to ${lot}.`,
  };
}

function refundTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const charge = `ch_${rng.hex(16)}`;
  const amount = rng.pick([180, 240, 410, 820, 155]);
  return { userMessage: `Estorna o pagamento de ${money(amount)} do paciente particular (exame cancelado), cobrança ${charge}.`, rounds: [[{ tool: 'pagarme.create_refund', args: { charge_id: charge, amount: amount * 100, reason: 'exame cancelado pelo paciente' }, result: { status: 'refunded', id: `re_${rng.hex(12)}` }, http: [{ method: 'POST', url: `https://api.pagarme-gateway.example/core/v5/charges/${charge}/refund`, statusCode: 200 }] }]], finalAnswer: `Refunded ${money(amount)}.` };
}

function nfseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const amount = rng.pick([180, 240, 410, 820, 155, 168]);
  const taker = { name: `Paciente particular ${rng.int(1_000, 9_999)}`, doc: 'CPF do tomador' };
  return { userMessage: 'Emite a NFS-e do atendimento particular de hoje.', rounds: [[{ tool: 'nfse.issue', args: { provider_cnpj: COMPANY_CNPJ, service_code: '04.02 - análises clínicas e diagnóstico por imagem', amount: amount.toFixed(2), iss_rate: 0.02, taker: taker.name }, result: { number: rng.int(40_000, 49_999), verification: rng.hex(8).toUpperCase() }, http: [{ method: 'POST', url: NFSE, statusCode: 200 }] }]], finalAnswer: `NFS-e issued for ${money(amount)}.` };
}

function ptaxTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return { userMessage: 'Qual a PTAX de hoje do dólar e do euro?', rounds: [[{ tool: 'bcb.get_ptax', args: { currencies: ['USD', 'EUR'], date: isoDate(ctx.atMs) }, result: { USD: (5.1 + rng.next() * 0.6).toFixed(4), EUR: (5.6 + rng.next() * 0.6).toFixed(4) }, http: [{ method: 'GET', url: 'https://olinda.bcb-dados.example/olinda/servico/PTAX/versao/v1/odata/CotacaoMoedaDia', statusCode: 200 }] }]], finalAnswer: 'PTAX above.' };
}

function supplierMailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick([...BR_SUPPLIERS, ...PY_SUPPLIERS, ...PT_SUPPLIERS]);
  const body = s.country === 'PY'
    ? 'Estimados, les recordamos que la factura del lote de noviembre vence el viernes. Favor confirmar la fecha de transferencia. Muchas gracias, Administración.'
    : s.country === 'PT'
      ? 'Bom dia, junto enviamos a fatura do mês. Agradecemos a liquidação até ao fim do mês. Com os melhores cumprimentos.'
      : rng.pick(['Prezados, segue em anexo a NF-e e o boleto referente ao mês. Favor efetuar o pagamento até o vencimento para evitar juros.', 'Bom dia! Lembramos que a fatura vence amanhã. Por gentileza, enviar o comprovante após o pagamento. Obrigado.']);
  return { userMessage: 'Tem e-mail de fornecedor na caixa de contas a pagar?', rounds: [[mailCall(rng, AP_MAILBOX, s.billingEmail, `Fatura ${rng.int(1_000, 9_999)} - ${s.name}`, body, [`fatura_${rng.int(1_000, 9_999)}.pdf`])]], finalAnswer: `${s.name}: ${body.slice(0, 80)}` };
}

/** Tuesdays only: the week's boletos sent to Itaú as one CNAB 240 remittance. */
function remittanceTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items = Array.from({ length: rng.int(6, 20) }, () => payable(rng, rng.pick(BR_SUPPLIERS.filter((s) => s.rail === 'boleto')), ctx.atMs));
  return { userMessage: 'Terça: gera e envia a remessa CNAB dos boletos da semana.', rounds: [[{ tool: 'itau.send_remittance', args: { layout: 'CNAB240', account: `${ACME_ACCOUNTS.itau.agencia}/${ACME_ACCOUNTS.itau.conta}`, items: items.map((p) => ({ linha_digitavel: p.linha_digitavel, amount: p.amount.toFixed(2), due: p.due })) }, result: { file: `REM${isoDate(ctx.atMs).replace(/-/g, '')}.rem`, items: items.length, status: 'aguardando aprovação' }, http: [{ method: 'POST', url: `${ITAU}/cnab/remittances`, statusCode: 201 }] }]], finalAnswer: `${items.length} boletos in the remittance.` };
}

/** Thursdays only: the week's SWIFT wires abroad, prepared and released. */
function swiftReleaseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(FOREIGN_SUPPLIERS);
  const p = payable(rng, s, ctx.atMs);
  return {
    userMessage: 'Quinta: prepara e libera os SWIFT da semana.',
    rounds: [[getPayableCall(p)], [swiftCall(rng, s, p.amount, p.document)], [{ tool: 'itau.release_swift', args: { date: isoDate(ctx.atMs), approver: CFO, count: 1 }, result: { released: 1, status: 'enviado' }, http: [{ method: 'POST', url: `${ITAU}/fx/swift-transfers/release`, statusCode: 200 }] }]],
    finalAnswer: `Released the SWIFT to ${s.name} (${s.currency} ${p.amount.toFixed(2)}).`,
  };
}

/** Fridays only: the doctors' shares (repasse médico) paid to their companies' PIX keys in one batch. */
function repasseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const lines = DOCTORS.map((d) => ({ doctor: d.name, company: d.company, cnpj: d.cnpj, key_type: d.pix.type, key: d.pix.key, amount: (rng.int(6_000, 48_000) + rng.int(0, 99) / 100).toFixed(2) }));
  return {
    userMessage: 'Sexta: paga o repasse médico da semana.',
    rounds: [[{ tool: 'omie.list_payables', args: { category: 'repasse médico', due_until: isoDate(ctx.atMs) }, result: { total: lines.length, payables: lines.map((l) => ({ supplier: l.company, amount: l.amount })) }, http: OMIE_HTTP('financas/contapagar/ListarContasPagar') }], [{ tool: 'itau.pix_batch', args: { from_account: `${ACME_ACCOUNTS.itau.agencia}/${ACME_ACCOUNTS.itau.conta}`, description: `Repasse médico semana ${isoDate(ctx.atMs)}`, payments: lines.map((l) => ({ key_type: l.key_type, key: l.key, receiver_name: l.company, amount: l.amount })) }, result: { batch: `LOTE${rng.int(100_000, 999_999)}`, accepted: lines.length, status: 'processado' }, http: [{ method: 'POST', url: `${ITAU}/pix/payments/batch`, statusCode: 201 }] }]],
    finalAnswer: `Paid ${lines.length} doctors' shares by PIX.`,
  };
}

/** The month's last days: the NFS-e batch to the insurers and the EFD-Reinf events. */
function monthEndTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const competence = isoDate(ctx.atMs).slice(0, 7);
  if (rng.chance(0.5)) return { userMessage: 'Fim do mês: emite o lote de NFS-e para as operadoras.', rounds: [[{ tool: 'nfse.issue_batch', args: { provider_cnpj: COMPANY_CNPJ, competence, invoices: INSURERS.filter((i) => i.weight >= 0.3).map((i) => ({ taker_cnpj: i.cnpj, taker: i.name, amount: rng.int(80_000, 900_000).toFixed(2) })) }, result: { lot: rng.int(1_000, 9_999), status: 'processado' }, http: [{ method: 'POST', url: NFSE, statusCode: 200 }] }]], finalAnswer: 'NFS-e batch issued.' };
  return { userMessage: 'Transmite os eventos da EFD-Reinf do mês.', rounds: [[{ tool: 'reinf.submit_events', args: { cnpj: COMPANY_CNPJ, competence, events: ['R-2010', 'R-4020', 'R-2099'] }, result: { protocol: `2.${rng.int(100_000_000, 999_999_999)}`, status: 'sucesso' }, http: [{ method: 'POST', url: 'https://reinf.receita-efd.example/recepcao/lotes', statusCode: 201 }] }]], finalAnswer: 'EFD-Reinf submitted.' };
}

export function cnpjCheckCall(cnpj: string, name: string, mark?: string): ToolCall {
  return { tool: 'receita.consulta_cnpj', args: { cnpj }, result: { cnpj, razao_social: name, situacao: 'ATIVA', abertura: '2016-08-22', cnae: '8640-2/02 - laboratórios clínicos' }, http: [{ method: 'GET', url: `${RECEITA}/${cnpj.replace(/\D/g, '')}`, statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

/** A new supplier from a signed contract: its CNPJ and PIX key (its own CNPJ, as most companies register). */
export function newSupplier(rng: Prng): Supplier {
  const root = String(rng.int(10_000_000, 59_999_999));
  const taxId = cnpjOf(root);
  const name = rng.pick(['Higienize Serviços de Limpeza Hospitalar Ltda.', 'Bio Frio Transportes de Amostras Ltda.', 'Clínica de Medicina do Trabalho Batel Ltda.', 'Dosimetria Paulista Serviços Ltda.', 'TeleLaudo Radiologia Remota Ltda.']);
  return { id: `F-0${rng.int(200, 399)}`, name, country: 'BR', taxId, billingEmail: `financeiro@${name.split(' ')[0]!.toLowerCase()}-servicos.example`, phone: `+55 11 3555-${rng.int(1_000, 9_999)}`, currency: 'BRL', rail: 'pix', pix: { type: 'cnpj', key: taxId }, services: ['serviço conforme contrato'] };
}

/** The rarer case: a new supplier set up from its signed contract, after the Receita's check. */
function newSupplierTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = newSupplier(rng);
  const contract = `Contrato de prestação de serviços entre ${s.name} (CNPJ ${s.taxId}) e Acme Saúde (CNPJ ${COMPANY_CNPJ}), assinado em ${isoDate(ctx.atMs - rng.int(2, 15) * 86_400_000)} pelas partes. Pagamento mensal por PIX na chave CNPJ ${s.taxId}, contra NFS-e.`;
  return {
    userMessage: `Cadastra o fornecedor novo ${s.name}; o contrato assinado está no Drive.`,
    rounds: [[getFileCall(rng, `Financeiro/Contratos/2030/${s.name.split(' ')[0]}_contrato_assinado.pdf`, contract)], [cnpjCheckCall(s.taxId, s.name)], [{ tool: 'omie.create_supplier', args: { name: s.name, cnpj: s.taxId, email: s.billingEmail, phone: s.phone, pix_key_type: 'cnpj', pix_key: s.taxId }, result: { supplier_id: s.id, status: 'cadastrado' }, http: OMIE_HTTP('geral/clientes/IncluirCliente') }]],
    finalAnswer: `${s.name} created with the PIX key its contract names.`,
  };
}

/** The rarer case: a supplier's new PIX key, recorded after a call-back to the number on file. */
function pixKeyChangeTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const s = rng.pick(BR_SUPPLIERS.filter((x) => x.rail === 'pix'));
  const key: PixKey = rng.chance(0.5) ? { type: 'cnpj', key: s.taxId } : { type: 'evp', key: pixEvpKey(rng) };
  return {
    userMessage: `A ${s.name} mudou de banco e mandou a chave PIX nova (${key.key}); já liguei no ${s.phone} e confirmaram. Atualiza o cadastro.`,
    rounds: [[getSupplierCall(s)], [pixLookupCall(rng, key, s.name, s.taxId, rng.pick(['Banco Inter', 'Sicoob', 'Bradesco']))], [{ tool: 'omie.update_supplier_bank', args: { supplier_id: s.id, pix_key_type: key.type, pix_key: key.key, verified_by: `call-back ${s.phone}` }, result: { status: 'alterado' }, http: OMIE_HTTP('geral/clientes/AlterarCliente') }]],
    finalAnswer: `${s.name}'s PIX key updated after the call-back.`,
  };
}

/** The rarer case: one duplicate payable cancelled. */
function cancelDuplicateTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = payable(rng, rng.pick(BR_SUPPLIERS), ctx.atMs);
  return { userMessage: `A ${p.document} foi lançada duas vezes; cancela a ${p.payable_id}.`, rounds: [[getPayableCall(p)], [{ tool: 'omie.cancel_payable', args: { payable_id: p.payable_id, reason: 'lançamento em duplicidade' }, result: { status: 'cancelado' }, http: OMIE_HTTP('financas/contapagar/CancelarContaPagar') }]], finalAnswer: `Cancelled ${p.payable_id}; the original stays.` };
}

function cfoMailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return { userMessage: 'Manda para o Eduardo o resumo do caixa da semana.', rounds: [[sendMailCall(rng, AP_MAILBOX, `eduardo.moraes@${COMPANY_DOMAIN}`, 'Resumo do caixa da semana', `Eduardo, saldo Itaú ${money(rng.int(1_200_000, 4_800_000))}, recebíveis de convênios a 30 dias ${money(rng.int(6_000_000, 11_000_000))}, glosas em recurso ${money(rng.int(120_000, 600_000))}. Abs, Financeiro.`)]], finalAnswer: 'Cash summary sent to the CFO.' };
}

export function holdoutBeFinanceWorkflow(ctx: WorkflowContext): SessionScript {
  const userId = ctx.rng.pick(ACCOUNTS_USERS);
  const unit = unitOf(userId);
  const day = weekday(ctx.atMs);
  if (unit === 'Porto') return { userId, turns: buildTurns(ctx, [portoPayTurn, supplierMailTurn, receivablesTurn, ptaxTurn], [0.4, 0.2, 0.3, 0.1]) };
  if (unit === 'Asunción') return { userId, turns: buildTurns(ctx, [asuncionPayTurn, supplierMailTurn, ptaxTurn], [0.6, 0.3, 0.1]) };
  return {
    userId,
    turns: buildTurns(
      ctx,
      [listTurn, payPixTurn, payBoletoTurn, payTedTurn, receivedNfeTurn, receivablesTurn, refundTurn, nfseTurn, ptaxTurn, supplierMailTurn, cfoMailTurn, remittanceTurn, swiftReleaseTurn, repasseTurn, monthEndTurn, newSupplierTurn, pixKeyChangeTurn, cancelDuplicateTurn],
      [0.12, 0.12, 0.12, 0.04, 0.08, 0.1, 0.05, 0.06, 0.04, 0.08, 0.03, day === 2 ? 0.3 : 0, day === 4 ? 0.3 : 0, day === 5 ? 0.35 : 0, monthEnd(ctx.atMs) ? 0.3 : 0, 0.025, 0.025, 0.02],
    ),
  };
}
