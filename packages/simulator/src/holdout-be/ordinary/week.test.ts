/**
 * holdout-be's ordinary week as its workflows write it, played directly (many sessions of each agent
 * type on every day from Monday 25 November 2030 to Sunday 1 December, the month's last days among
 * them): the work that has its day keeps to it, the numbers the world's records carry pass the checks
 * real ones pass, and the agents speak the world's own tools. The week as Warden receives it, once the
 * corpus is registered, is checked in ../holdout-be.test.ts.
 */
import { isValidIban } from '@warden/core';
import { bumpDigit, IBAN_LENGTH } from '../../../testdata/check-digits';
import { boletoMod10, boletoMod11, cnpjCheckDigits, cpfCheckDigits, nifCheckDigit, paraguayanRucCheckDigit } from '../../fake-data';
import { AGENT_TYPES, buildFleet } from '../../fleet';
import type { AgentType } from '../../fleet';
import { Prng } from '../../prng';
import type { ToolCall } from '../../script';
import { STANDARD_WORKFLOWS } from '../../workflows/standard';
import { FAMILY_PAYEES, PORTO_FLAT } from './assistant';
import { newSupplier } from './finance';
import { fakeEmployee } from './hr';
import { HOLDOUT_BE_WORKFLOWS } from './index';
import { ACME_ACCOUNTS, ALL_SUPPLIERS, BR_SUPPLIERS, COMPANY_CNPJ, CURITIBA_CNPJ, DOCTORS, fakePatient, INSURERS, PT_SUPPLIERS, PY_SUPPLIERS, RECIFE_CNPJ } from './world';

interface Played {
  readonly type: AgentType;
  readonly atMs: number;
  readonly calls: readonly ToolCall[];
}

const fleet = buildFleet({ agentsPerType: 2 });
const played: Played[] = [];
for (const agent of fleet) {
  for (let i = 0; i < 420; i++) {
    const atMs = Date.UTC(2030, 10, 25 + (i % 7), 10 + (i % 11), (i * 7) % 60);
    const script = HOLDOUT_BE_WORKFLOWS[agent.agentType]({ rng: new Prng(`week-${agent.agentId}-${i}`), agent, atMs });
    played.push({ type: agent.agentType, atMs, calls: script.turns.flatMap((t) => t.rounds.flat()) });
  }
}
const calling = (tool: string, type?: AgentType): Played[] => played.filter((p) => (type === undefined || p.type === type) && p.calls.some((c) => c.tool === tool));
const weekdays = (sessions: readonly Played[]): number[] => [...new Set(sessions.map((p) => new Date(p.atMs).getUTCDay()))].sort();
const argsOf = (tool: string, type?: AgentType): Record<string, unknown>[] => played.filter((p) => type === undefined || p.type === type).flatMap((p) => p.calls.filter((c) => c.tool === tool).map((c) => c.args as Record<string, unknown>));

const digits = (v: string): string => v.replace(/\D/g, '');
const validCpf = (v: string): boolean => /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v) && cpfCheckDigits(digits(v).slice(0, 9)) === digits(v).slice(9);
const validCnpj = (v: string): boolean => /^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/.test(v) && cnpjCheckDigits(digits(v).slice(0, 12)) === digits(v).slice(12);
const validLinha = (v: string): boolean => {
  const [f1, f2, f3, dv, tail] = v.split(' ').map((x) => x.replace('.', ''));
  if (f1 === undefined || f2 === undefined || f3 === undefined || dv === undefined || tail === undefined) return false;
  const ok10 = [f1, f2, f3].every((f) => boletoMod10(f.slice(0, -1)) === f.slice(-1));
  const barcodeWithoutDv = `${f1.slice(0, 4)}${tail}${f1.slice(4, 9)}${f2.slice(0, 10)}${f3.slice(0, 10)}`;
  return ok10 && digits(v).length === 47 && boletoMod11(barcodeWithoutDv) === dv;
};

describe('holdout-be ordinary week, as its workflows write it', () => {
  it('keeps the work that has its day to it: Monday\'s admissions and guide batches, Tuesday\'s remittance, Thursday\'s SWIFT release and scale, Friday\'s repasse and council report, the weekend patch, the month\'s last days', () => {
    expect(weekdays(calling('esocial.send_event').filter((p) => p.calls.some((c) => c.tool === 'esocial.send_event' && (c.args as { event: string }).event === 'S-2200')))).toEqual([1]);
    expect(weekdays(calling('tiss.send_batch'))).toEqual([1]);
    expect(weekdays(calling('itau.send_remittance'))).toEqual([2]);
    expect(weekdays(calling('itau.release_swift'))).toEqual([4]);
    expect(weekdays(calling('escala.publish_roster'))).toEqual([4]);
    expect(weekdays(calling('itau.pix_batch'))).toEqual([5]);
    expect(weekdays(calling('drive.share_file', 'assistant-agent'))).toEqual([5]);
    expect(weekdays(calling('rundeck.run_job'))).toEqual([0, 6]);
    for (const tool of ['folha.submit_run', 'esocial.close_period', 'beneficios.order_credits', 'nfse.issue_batch', 'reinf.submit_events', 'segsocial.submit_dmr']) {
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

  it('carries CPFs, CNPJs, boletos, RUCs, NIFs and IBANs that pass the checks real ones pass, and fail them with a digit changed', () => {
    const cnpjs = [COMPANY_CNPJ, RECIFE_CNPJ, CURITIBA_CNPJ, ...BR_SUPPLIERS.map((s) => s.taxId), ...DOCTORS.map((d) => d.cnpj), ...INSURERS.map((i) => i.cnpj), ...Array.from({ length: 20 }, (_, i) => newSupplier(new Prng(`sup-${i}`)).taxId)];
    expect(cnpjs.filter((v) => !validCnpj(v))).toEqual([]);
    expect(cnpjs.map((v) => validCnpj(bumpDigit(v, 3)))).toEqual(cnpjs.map(() => false));
    const r = new Prng('ids');
    const cpfs = [...Array.from({ length: 60 }, () => fakePatient(r).cpf), ...Array.from({ length: 60 }, () => fakeEmployee(r, 'Recife').cpf), ...FAMILY_PAYEES.filter((p) => p.key.type === 'cpf').map((p) => p.key.key)];
    expect(cpfs.filter((v) => !validCpf(v))).toEqual([]);
    expect(cpfs.map((v) => validCpf(bumpDigit(v, 1)))).toEqual(cpfs.map(() => false));
    const linhas = [...argsOf('itau.pay_boleto').map((a) => String(a['linha_digitavel'])), ...argsOf('nubank.pay_boleto').map((a) => String(a['linha_digitavel']))];
    expect(linhas.length).toBeGreaterThan(20);
    expect(linhas.filter((v) => !validLinha(v))).toEqual([]);
    expect(linhas.map((v) => validLinha(bumpDigit(v, 13)))).toEqual(linhas.map(() => false));
    for (const s of PY_SUPPLIERS) {
      const [base, dv] = s.taxId.replace('RUC ', '').split('-');
      expect(paraguayanRucCheckDigit(base!)).toBe(dv);
    }
    for (const s of PT_SUPPLIERS) expect(nifCheckDigit(s.taxId.slice(2, 10))).toBe(s.taxId[10]);
    const ibans = [ACME_ACCOUNTS.itauIban, ACME_ACCOUNTS.millennium, ...ALL_SUPPLIERS.flatMap((s) => (s.iban === undefined ? [] : [s.iban])), PORTO_FLAT.iban];
    expect(new Set(ibans.map((v) => v.slice(0, 2)))).toEqual(new Set(['BR', 'PT', 'DE']));
    for (const value of ibans) expect([value, isValidIban(value), value.length]).toEqual([value, true, IBAN_LENGTH[value.slice(0, 2)]]);
    expect(ibans.map((v) => isValidIban(bumpDigit(v, 12)))).toEqual(ibans.map(() => false));
    // PIX random keys are version-4 UUIDs.
    const evps = [...argsOf('itau.pix_lookup_key'), ...argsOf('nubank.pix_transfer')].filter((a) => a['key_type'] === 'evp').map((a) => String(a['key']));
    expect(evps.length).toBeGreaterThan(0);
    expect(evps.every((k) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(k))).toBe(true);
  });

  it('pays only keys and accounts its records or its session give, and its public texts name nobody', () => {
    for (const p of played.filter((x) => x.type === 'finance-agent')) {
      const recorded = p.calls.flatMap((c) => (c.tool === 'omie.update_supplier_bank' || c.tool === 'omie.create_supplier' ? [String((c.args as { pix_key?: string }).pix_key)] : []));
      for (const c of p.calls.filter((x) => x.tool === 'itau.pix_transfer')) {
        const key = String((c.args as { key: string }).key);
        expect(BR_SUPPLIERS.some((s) => s.pix?.key === key) || recorded.includes(key)).toBe(true);
      }
    }
    // Reclame Aqui's public answers carry no CPF, phone or exam result.
    expect(argsOf('reclameaqui.post_reply').every((a) => !/\d{3}\.\d{3}\.\d{3}-\d{2}/.test(String(a['message'])) && !/\+55|9555\d-/.test(String(a['message'])))).toBe(true);
    // The lab manifests carry sample codes, never patients' names or CPFs.
    expect(argsOf('lis.create_manifest').every((a) => (a['samples'] as string[]).every((s) => /^AM\d{8}$/.test(s)))).toBe(true);
  });
});
