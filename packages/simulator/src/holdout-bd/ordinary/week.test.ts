/**
 * holdout-bd's ordinary week as its workflows write it, played directly (many sessions of each agent
 * type on every day from Monday 25 November 2030 to Sunday 1 December, the month's last days among
 * them): the work that has its day keeps to it, the numbers the world's records carry pass the checks
 * real ones pass, and the agents speak the world's own tools. The week as Warden receives it, once the
 * corpus is registered, is checked in ../holdout-bd.test.ts.
 */
import { isValidIban } from '@warden/core';
import { bumpDigit, IBAN_LENGTH } from '../../../testdata/check-digits';
import { tcKimlikCheckDigits, vknCheckDigit } from '../../fake-data';
import { AGENT_TYPES, buildFleet } from '../../fleet';
import type { AgentType } from '../../fleet';
import { Prng } from '../../prng';
import type { ToolCall } from '../../script';
import { STANDARD_WORKFLOWS } from '../../workflows/standard';
import { BERLIN_FLAT, FAMILY_PAYEES, PRINCIPAL_IBAN } from './assistant';
import { DYEING_CUSTOMERS, newAtelier } from './finance';
import { fakeEmployee, fakeHire } from './hr';
import { HOLDOUT_BD_WORKFLOWS } from './index';
import { fakeOutletCustomer } from './outlet';
import { ACME_ACCOUNTS, ALL_PAYEES, ATELIERS, COMPANY_VKN, TR_PAYEES } from './world';

/** One played session: its agent type, its start, and the calls its turns make. */
interface Played {
  readonly type: AgentType;
  readonly atMs: number;
  readonly calls: readonly ToolCall[];
}

const fleet = buildFleet({ agentsPerType: 2 });
const played: Played[] = [];
for (const agent of fleet) {
  for (let i = 0; i < 420; i++) {
    const atMs = Date.UTC(2030, 10, 25 + (i % 7), 7 + (i % 11), (i * 7) % 60);
    const script = HOLDOUT_BD_WORKFLOWS[agent.agentType]({ rng: new Prng(`week-${agent.agentId}-${i}`), agent, atMs });
    played.push({ type: agent.agentType, atMs, calls: script.turns.flatMap((t) => t.rounds.flat()) });
  }
}
const calling = (tool: string, type?: AgentType): Played[] => played.filter((p) => (type === undefined || p.type === type) && p.calls.some((c) => c.tool === tool));
const weekdays = (sessions: readonly Played[]): number[] => [...new Set(sessions.map((p) => new Date(p.atMs).getUTCDay()))].sort();
const argsOf = (tool: string, type?: AgentType): Record<string, unknown>[] => played.filter((p) => type === undefined || p.type === type).flatMap((p) => p.calls.filter((c) => c.tool === tool).map((c) => c.args as Record<string, unknown>));

const validVkn = (v: string): boolean => /^\d{10}$/.test(v) && vknCheckDigit(v.slice(0, 9)) === v[9];
const validTckn = (v: string): boolean => /^[1-9]\d{10}$/.test(v) && tcKimlikCheckDigits(v.slice(0, 9)) === v.slice(9);

describe('holdout-bd ordinary week, as its workflows write it', () => {
  it('keeps the work that has its day to it: Monday\'s SGK hires, Tuesday\'s SWIFT release, Friday\'s piece wages and board report, the weekend patch, the month\'s last days', () => {
    expect(weekdays(calling('sgk.submit_hire_notification'))).toEqual([1]);
    expect(weekdays(calling('isbank.release_batch'))).toEqual([2]);
    expect(weekdays(calling('isbank.bulk_transfer'))).toEqual([5]);
    expect(weekdays(calling('akord.approve_weekly_sheet'))).toEqual([5]);
    expect(weekdays(calling('sharepoint.share_file', 'assistant-agent'))).toEqual([5]);
    expect(weekdays(calling('awx.launch_job'))).toEqual([0, 6]);
    for (const tool of ['bordro.submit_run', 'efatura.issue_batch', 'gib.submit_declaration']) {
      const dates = calling(tool).map((p) => new Date(p.atMs).getUTCDate());
      expect([tool, dates.length > 0, dates.every((d) => d >= 28)]).toEqual([tool, true, true]);
    }
  });

  it('speaks its own tools, a hundred and more across the fleet, none of them the standard company\'s', () => {
    const byType = new Map<AgentType, Set<string>>(AGENT_TYPES.map((t) => [t, new Set(played.filter((p) => p.type === t).flatMap((p) => p.calls.map((c) => c.tool)))]));
    const all = new Set([...byType.values()].flatMap((s) => [...s]));
    expect(byType.get('support-agent')!.size).toBeGreaterThanOrEqual(35);
    expect(all.size).toBeGreaterThanOrEqual(110);
    const standard = new Set<string>();
    for (const agent of fleet) for (let i = 0; i < 60; i++) for (const t of STANDARD_WORKFLOWS[agent.agentType]({ rng: new Prng(`std-${agent.agentId}-${i}`), agent, atMs: Date.UTC(2030, 10, 25 + (i % 7), 10) }).turns) for (const r of t.rounds) for (const c of r) standard.add(c.tool);
    expect([...all].filter((t) => standard.has(t))).toEqual([]);
  });

  it('carries tax numbers, identity numbers and IBANs that pass the checks real ones pass, and fail them with a digit changed', () => {
    const vkns = [COMPANY_VKN, ...TR_PAYEES.map((p) => p.taxId), ...ATELIERS.map((a) => a.vkn), ...DYEING_CUSTOMERS.map((c) => c.vkn), ...Array.from({ length: 20 }, (_, i) => newAtelier(new Prng(`atl-${i}`)).vkn)];
    expect(vkns.filter((v) => !validVkn(v))).toEqual([]);
    expect(vkns.map((v) => validVkn(bumpDigit(v, 3)))).toEqual(vkns.map(() => false));
    const r = new Prng('ids');
    const tckns = [...Array.from({ length: 60 }, () => fakeEmployee(r, 'Denizli').national_id), ...Array.from({ length: 30 }, () => fakeHire(r).national_id), ...Array.from({ length: 30 }, () => fakeOutletCustomer(r).tckn)];
    expect(tckns.filter((v) => !validTckn(v))).toEqual([]);
    // Syrians under temporary protection carry foreigners' 99 numbers, which pass the same check.
    expect(tckns.some((v) => v.startsWith('99'))).toBe(true);
    const ibans = [...Object.values(ACME_ACCOUNTS).filter((v) => /^[A-Z]{2}\d\d/.test(v)), ...ALL_PAYEES.flatMap((p) => (p.iban === undefined ? [] : [p.iban])), ...ATELIERS.map((a) => a.iban), ...FAMILY_PAYEES.map((p) => p.iban), PRINCIPAL_IBAN, BERLIN_FLAT.iban, ...argsOf('isbank.create_transfer').map((a) => (a['receiver'] as { iban: string }).iban)];
    expect(new Set(ibans.map((v) => v.slice(0, 2)))).toEqual(new Set(['TR', 'GE', 'EG', 'DE']));
    for (const value of ibans) expect([value, isValidIban(value), value.length]).toEqual([value, true, IBAN_LENGTH[value.slice(0, 2)]]);
    expect(ibans.map((v) => isValidIban(bumpDigit(v, 12)))).toEqual(ibans.map(() => false));
    // Turkish IBANs carry the bank's EFT code and the reserved zero after the check digits.
    expect(ibans.filter((v) => v.startsWith('TR')).every((v) => /^TR\d{2}\d{5}0\d{16}$/.test(v))).toBe(true);
  });

  it('pays only accounts its records or its session give, and its public texts name nobody', () => {
    // Accounts payable pays Turkish suppliers and ateliers on file, or an account recorded in the same session.
    for (const p of played.filter((x) => x.type === 'finance-agent')) {
      const recorded = p.calls.flatMap((c) => (c.tool === 'logo.update_vendor_bank' || c.tool === 'logo.create_vendor' ? [String((c.args as { iban?: string }).iban)] : []));
      for (const c of p.calls.filter((x) => x.tool === 'isbank.create_transfer')) {
        const iban = (c.args as { receiver: { iban: string } }).receiver.iban;
        expect(TR_PAYEES.some((x) => x.iban === iban) || ATELIERS.some((a) => a.iban === iban) || recorded.includes(iban)).toBe(true);
      }
    }
    // The desk's public complaint replies carry no identity number or phone.
    expect(argsOf('sikayetvar.post_reply').every((a) => !/\b[1-9]\d{10}\b/.test(String(a['message'])) && !/\+90|05\d\d ?555/.test(String(a['message'])))).toBe(true);
    // Bulk SMS to the plant names nobody.
    expect(argsOf('netgsm.send_bulk_sms').every((a) => !/\b\d{11}\b/.test(String(a['message'])))).toBe(true);
  });
});
