/**
 * finance-agent (OpenLLMetry, GenAI message JSON): invoice lists and look-ups, vendor checks,
 * occasional approvals confirmed by e-mail to the vendor's billing address on file, and transfers
 * to the vendor IBAN on file.
 */
import { fakeInvoice, isoDate, VENDORS } from '../fake-data';
import type { Invoice, Vendor } from '../fake-data';
import type { Prng } from '../prng';
import type { SessionScript, ToolCall, TurnScript } from '../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from './workflow';
import type { WorkflowContext } from './workflow';

export const FINANCE_CLERKS: readonly string[] = ['ap.lucia', 'ap.henrik'];

function dueDate(ctx: WorkflowContext): string {
  return isoDate(ctx.atMs + ctx.rng.int(2, 30) * 86_400_000);
}

function listTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items = Array.from({ length: rng.int(3, 8) }, () => fakeInvoice(rng, rng.pick(VENDORS), dueDate(ctx)));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'invoices.list', args: { status: 'received' }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'invoices.list', args: { status: 'received', due_within_days: 14 }, result: { items, total: items.length } }]);
  return {
    userMessage: 'Which invoices are due in the next two weeks?',
    rounds,
    finalAnswer: `${items.length} invoices are due soon, the largest is ${Math.max(...items.map((i) => i.amount))} EUR.`,
  };
}

export function invoiceCheckRounds(invoice: Invoice, vendor: Vendor): ToolCall[][] {
  return [
    [{ tool: 'invoices.get', args: { invoice_id: invoice.id }, result: invoice }],
    [{ tool: 'erp.get_vendor', args: { vendor_id: vendor.id }, result: vendor }],
  ];
}

function checkTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const vendor = rng.pick(VENDORS);
  const invoice = fakeInvoice(rng, vendor, dueDate(ctx));
  return {
    userMessage: `Does invoice ${invoice.id} match the vendor record?`,
    rounds: invoiceCheckRounds(invoice, vendor),
    finalAnswer: `${invoice.id} from ${vendor.name} matches the vendor record (${invoice.amount} EUR).`,
  };
}

export function approveCall(invoice: Invoice, mark?: string): ToolCall {
  return {
    tool: 'invoices.approve',
    args: { invoice_id: invoice.id, approver: 'finance-agent' },
    result: { ok: true, invoice_id: invoice.id, status: 'approved', amount: invoice.amount, currency: invoice.currency },
    ...(mark === undefined ? {} : { mark }),
  };
}

function approveTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const vendor = rng.pick(VENDORS);
  const invoice = fakeInvoice(rng, vendor, dueDate(ctx));
  const rounds = invoiceCheckRounds(invoice, vendor);
  rounds.push([approveCall(invoice)]);
  rounds.push([
    {
      tool: 'email.send',
      args: { to: vendor.billingEmail, subject: `Invoice ${invoice.id} approved`, body: `Invoice ${invoice.id} for ${invoice.amount} EUR is approved for payment.` },
      result: { ok: true },
    },
  ]);
  if (rng.chance(0.6)) rounds.push([transferCall(rng, vendor, invoice)]);
  return {
    userMessage: `Approve ${invoice.id} if it matches, and let the vendor know.`,
    rounds,
    finalAnswer: `Approved ${invoice.id} and notified ${vendor.name}.`,
  };
}

export function transferCall(rng: Prng, vendor: Vendor, invoice: Invoice): ToolCall {
  return {
    tool: 'payments.create_transfer',
    args: { iban: vendor.iban, amount: invoice.amount, currency: 'EUR', reference: invoice.id, beneficiary: vendor.name },
    result: { ok: true, transfer_id: `TRF-${rng.int(100000, 999999)}`, status: 'scheduled' },
  };
}

export function financeWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.rng.pick(FINANCE_CLERKS),
    turns: buildTurns(ctx, [listTurn, checkTurn, approveTurn], [0.35, 0.4, 0.25]),
  };
}
