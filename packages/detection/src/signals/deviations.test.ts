import type { SignalLocation } from '@warden/core';
import { ProfileLearner } from '../profile/profile-learner';
import { Baseline } from '../profile/baseline';
import { DEFAULT_DETECTION_CONFIG } from '../config';
import { SessionBuilder } from '../../testdata/session-builder';
import {
  destinationNovelty,
  isPublicChannel,
  newDestinationHit,
  newExternalHostHit,
  newToolHit,
  massChangeHit,
  resourceSweepHit,
  scopeDeviationHits,
  transitionHit,
  volumeSpikeHit,
} from './deviations';

const loc: SignalLocation = { traceId: 't', spanId: 's', timeMs: 0, spanName: 'x' };
const ops = { tenant: 'acme', agentId: 'ops-1', agentType: 'ops', convention: 'otel_genai' as const };

/** 30 sessions of one ops agent: 2 tables, a status plugin to one host, #ops posts, 5-20 rows. */
function opsBaseline(): Baseline {
  const learner = new ProfileLearner();
  for (let i = 0; i < 30; i++) {
    const b = new SessionBuilder(ops, `s${i}`, i * 3_600_000);
    b.turn('check');
    b.tool('db.query', { table: i % 2 === 0 ? 'deploys' : 'incidents' }, { rows: Array.from({ length: 5 + (i % 16) }, () => ({})) });
    b.tool('status.check', { service: 'api' }, { ok: true }, { httpHost: 'status.known.example' });
    b.tool('slack.post_message', { channel: '#ops', text: 'fine' }, { ok: true });
    b.tool('email.send', { to: `person${i}@mail.example`, body: 'hi' }, { ok: true });
    for (const e of b.events) learner.observe(e);
  }
  learner.closeIdleSessions(100 * 3_600_000);
  return new Baseline(learner.profile('acme', 'agent:ops-1'), learner.profile('acme', 'cohort:ops'), DEFAULT_DETECTION_CONFIG);
}

const baseline = opsBaseline();
const cold = new Baseline(undefined, undefined, DEFAULT_DETECTION_CONFIG);

describe('destination novelty', () => {
  test('a never-used channel or domain is new; a known one is not; internal domains are skipped', () => {
    const n = destinationNovelty(
      [
        { kind: 'channel', value: '#ops' },
        { kind: 'channel', value: '#secret-drop' },
        { kind: 'email_domain', value: 'evil.example' },
        { kind: 'email_domain', value: 'acme.example' },
      ],
      baseline,
      ['acme.example'],
      new Set(),
    );
    expect(n.map((x) => x.destination.value)).toEqual(['#secret-drop', 'evil.example']);
    expect(n.every((x) => x.score > 0.9)).toBe(true);
  });

  test('an open set (a new recipient every session) makes a new address unsurprising', () => {
    const [n] = destinationNovelty([{ kind: 'email', value: 'someone-new@mail.example' }], baseline, [], new Set());
    expect(n === undefined || n.score < 0.1).toBe(true);
  });

  test('public channels stay notable, and a cold agent damps novelty to near zero', () => {
    expect(isPublicChannel('#general')).toBe(true);
    expect(isPublicChannel('#ops-alerts')).toBe(false);
    const [c] = destinationNovelty([{ kind: 'email_domain', value: 'evil.example' }], cold, [], new Set());
    expect(c?.score).toBeLessThanOrEqual(DEFAULT_DETECTION_CONFIG.coldNoveltyFactor);
  });

  test("a host or address the organisation's own document named is not new; an account it named still is", () => {
    const documented = (v: string): boolean => ['portal.insurer.example', 'desk@insurer.example', 'DE89370400440532013000'].includes(v);
    const n = destinationNovelty(
      [
        { kind: 'host', value: 'portal.insurer.example' },
        { kind: 'email', value: 'desk@insurer.example' },
        { kind: 'account', value: 'DE89370400440532013000' },
        { kind: 'host', value: 'drop.other.example' },
      ],
      baseline,
      [],
      new Set(),
      documented,
    );
    expect(n.map((x) => x.destination.value)).toEqual(['DE89370400440532013000', 'drop.other.example']);
  });

  test('a destination named by earlier benign content (a reply to the requester) is damped', () => {
    const [a] = destinationNovelty([{ kind: 'channel', value: '#customer-room' }], baseline, [], new Set());
    const [b] = destinationNovelty([{ kind: 'channel', value: '#customer-room' }], baseline, [], new Set(['#customer-room']));
    expect((b?.score ?? 0) * 3).toBeLessThanOrEqual((a?.score ?? 0) + 1e-9);
  });
});

describe('tools, hosts and scope', () => {
  test('a tool from nowhere scores more than a new tool of a known domain', () => {
    const shell = newToolHit('shell.exec', baseline, loc);
    const db = newToolHit('db.describe', baseline, loc);
    expect(shell?.score).toBe(1);
    expect(db?.score).toBeLessThan(0.5);
    expect(newToolHit('db.query', baseline, loc)).toBeUndefined();
    expect(newToolHit('shell.exec', cold, loc)).toBeUndefined();
  });

  test('a new tool weighs by what it can do: read-only lookups little, senders and writers much', () => {
    expect(newToolHit('orders.lookup_shipment', baseline, loc, { egress: false, stateChanging: false })?.score).toBeLessThan(0.4);
    expect(newToolHit('webhook.post', baseline, loc, { egress: true, stateChanging: false })?.score).toBeGreaterThan(0.8);
    // A non-sensitive new domain is the same fact as the new tool and is not counted twice.
    expect(scopeDeviationHits('orders', [], baseline, loc, true)).toEqual([]);
    expect(scopeDeviationHits('orders', [], baseline, loc, false)[0]?.score).toBeLessThan(0.5);
    expect(scopeDeviationHits('payroll', [], baseline, loc, true)[0]?.score).toBe(1);
    // A call that reads no records there (a key put into a vault) touches the domain, not what it holds.
    expect(scopeDeviationHits('vault', ['secret:prod/db'], baseline, loc, true, () => true, true)).toEqual([]);
    expect(scopeDeviationHits('vault', [], baseline, loc, false, () => true, true)[0]?.score).toBeLessThan(0.5);
  });

  test("a new tool that takes a party's access away or withdraws a pending request weighs like a lookup; removing a control does not", () => {
    const writes = { egress: false, stateChanging: true };
    for (const t of ['crm.revoke_guest_invite', 'mail.remove_forwarding', 'portal.cancel_pending_change', 'billing.remove_cc_recipient', 'gitlab.revoke_project_token']) {
      expect([t, newToolHit(t, baseline, loc, writes)?.score]).toEqual([t, 0.35]);
    }
    for (const t of ['github.remove_branch_protection', 'okta.remove_mfa_factor', 'warehouse.revoke_privileges', 's3.delete_bucket_encryption', 'helpdesk.delete_users']) {
      expect([t, newToolHit(t, baseline, loc, writes)?.score]).toEqual([t, 0.9]);
    }
  });

  test('a new destination that receives nothing sensitive is weak evidence alone', () => {
    const [n] = destinationNovelty([{ kind: 'email_domain', value: 'newfriend.example' }], baseline, [], new Set());
    expect(n).toBeDefined();
    if (n === undefined) return;
    const bare = newDestinationHit(n, 'email.send', loc, false);
    const withPii = newDestinationHit(n, 'email.send', loc, true);
    expect(bare.weight * bare.score).toBeLessThan(20);
    expect(withPii.weight).toBeGreaterThan(bare.weight);
  });

  test('publishing to everyone is a public destination; it weighs as one only with something sensitive on the page', () => {
    expect(isPublicChannel('public:gitbook')).toBe(true);
    const [n] = destinationNovelty([{ kind: 'channel', value: 'public:gitbook' }], baseline, [], new Set());
    expect(n?.publicChannel).toBe(true);
    if (n === undefined) return;
    const bookingPage = newDestinationHit(n, 'calendar.create_booking_page', loc, false);
    const customerRecord = newDestinationHit(n, 'gitbook.create_page', loc, true);
    expect(bookingPage.weight).toBeLessThan(customerRecord.weight);
    expect(customerRecord.explanation).toContain('published where anyone can read it');
  });

  test('a stable plugin calling a new host is a strong signal; its usual host is not', () => {
    const hit = newExternalHostHit('status.check', 'collect.cdn.example', baseline, [], loc);
    expect(hit?.rule).toBe('host.new_for_stable_tool');
    expect(hit?.score).toBe(1);
    expect(newExternalHostHit('status.check', 'status.known.example', baseline, [], loc)).toBeUndefined();
    expect(newExternalHostHit('status.check', 'collect.cdn.example', baseline, ['cdn.example'], loc)).toBeUndefined();
    // A tool nobody ever used (new code) sending to a host outside counts more than a known tool's first call out.
    expect(newExternalHostHit('promql.run', 'usage.stats.example', baseline, [], loc, { sentBody: true })?.score).toBe(0.6);
  });

  test("a stable tool's new host that the call's own URL names and only asks is weighed on the tool's history, not as the plugin moving", () => {
    const named = newExternalHostHit('status.check', 'collect.cdn.example', baseline, [], loc, { namedByCall: true });
    expect(named?.rule).toBe('host.new_for_tool');
    expect(named?.score).toBeCloseTo(0.55);
    // A body posted there is the stable tool moving, whoever named the host.
    expect(newExternalHostHit('status.check', 'collect.cdn.example', baseline, [], loc, { namedByCall: true, sentBody: true })?.rule).toBe('host.new_for_stable_tool');
  });

  test("a new lookup's first host, asked without a body, weighs little beside the new tool; a body sent there, or a new tool that changes something, does not", () => {
    const asked = newExternalHostHit('weather.get_forecast', 'api.weather.example', baseline, [], loc);
    expect(asked?.rule).toBe('host.first_for_new_lookup');
    expect((asked?.score ?? 0) * (asked?.weight ?? 0)).toBeLessThanOrEqual(10);
    for (const [tool, sentBody] of [['weather.get_forecast', true], ['weather.create_alert', false]] as const) {
      const reached = newExternalHostHit(tool, 'api.weather.example', baseline, [], loc, { sentBody });
      expect([tool, reached?.rule, reached?.score]).toEqual([tool, 'host.new_for_tool', 0.6]);
    }
  });

  test("a new tool's first host that the organisation's own document named is part of its first use; a known tool moving there is not", () => {
    const named = newExternalHostHit('insurer.submit_report', 'portal.insurer.example', baseline, [], loc, { sentBody: true, documented: 'host' });
    expect([named?.rule, named?.score]).toEqual(['host.documented_for_new_tool', 0.2]);
    expect(named?.explanation).toContain('which a document of the organisation read in this session names');
    expect(newExternalHostHit('insurer.submit_report', 'portal.insurer.example', baseline, [], loc, { sentBody: true })?.rule).toBe('host.new_for_tool');
    expect(newExternalHostHit('status.check', 'collect.cdn.example', baseline, [], loc, { documented: 'host' })?.rule).toBe('host.new_for_stable_tool');
    const service = newExternalHostHit('paddle.create_adjustment', 'api.paddle.com', baseline, [], loc, { sentBody: true, documented: 'service' });
    expect([service?.rule, service?.score]).toEqual(['host.documented_for_new_tool', 0.2]);
    expect(service?.explanation).toContain("the service's own domain, and a document of the organisation read in this session names that service");
  });

  test("a new tool's host where it creates a credential, or stores the one just created, is part of the first use; a known tool moving there is not", () => {
    const issuer = newExternalHostHit('algolia.create_api_key', 'app1.algolia.example', baseline, [], loc, { sentBody: true, provisioning: 'creates_credential' });
    expect([issuer?.rule, issuer?.score]).toEqual(['host.credential_issuer_for_new_tool', 0.2]);
    expect(issuer?.explanation).toContain('to create a credential there');
    const store = newExternalHostHit('keeper_sm.create_record', 'keepersecurity.example', baseline, [], loc, { sentBody: true, provisioning: 'stores_secret' });
    expect([store?.rule, store?.score]).toEqual(['host.secret_store_for_new_tool', 0.2]);
    expect(newExternalHostHit('algolia.create_api_key', 'app1.algolia.example', baseline, [], loc, { sentBody: true })?.rule).toBe('host.new_for_tool');
    // An established tool's new host is the supply-chain question whatever the call creates.
    expect(newExternalHostHit('status.check', 'collect.cdn.example', baseline, [], loc, { provisioning: 'creates_credential' })?.rule).toBe('host.new_for_stable_tool');
  });

  test("a new tool of a service whose other tools already use the host is another endpoint of that API; elsewhere, or under a generic client, it is not", () => {
    // status.check has always called status.known.example: status.report_outage there is the same API.
    const sameApi = newExternalHostHit('status.report_outage', 'status.known.example', baseline, [], loc, { sentBody: true });
    expect([sameApi?.rule, sameApi?.score]).toEqual(['host.service_known_for_new_tool', 0.2]);
    expect(sameApi?.explanation).toBe("status.report_outage called status.known.example, a host not seen for this tool before, a host the service's other tools already use for this agent or its cohort.");
    // The same new tool at a host the service never used is the supply-chain question.
    expect(newExternalHostHit('status.report_outage', 'collect.cdn.example', baseline, [], loc, { sentBody: true })?.rule).toBe('host.new_for_tool');
    // A tool named like the service but of another namespace borrows nothing (`statuspage.` is not `status.`).
    expect(newExternalHostHit('statuspage.post', 'status.known.example', baseline, [], loc, { sentBody: true })?.rule).toBe('host.new_for_tool');

    // A generic client's "service" is every site it ever read: posting to one of them is an upload.
    const learner = new ProfileLearner();
    for (let i = 0; i < 30; i++) {
      const b = new SessionBuilder(ops, `w${i}`, i * 3_600_000);
      b.turn('read');
      b.tool('http.get', { url: 'https://paste.example/raw/1' }, { ok: true }, { httpHost: 'paste.example' });
      for (const e of b.events) learner.observe(e);
    }
    learner.closeIdleSessions(100 * 3_600_000);
    const web = new Baseline(learner.profile('acme', 'agent:ops-1'), learner.profile('acme', 'cohort:ops'), DEFAULT_DETECTION_CONFIG);
    expect(web.hostKnownForService('http.', 'paste.example')).toBe(true);
    const upload = newExternalHostHit('http.post', 'paste.example', web, [], loc, { sentBody: true });
    expect([upload?.rule, upload?.score]).toEqual(['host.new_for_tool', 0.6]);
  });

  test("a new refund tool's host, refunding a payment the session read on the original payment, is part of the first use", () => {
    const refund = newExternalHostHit('mollie.create_refund', 'api.mollie.example', baseline, [], loc, { sentBody: true, refundsReadPayment: true });
    expect([refund?.rule, refund?.score]).toEqual(['host.refund_processor_for_new_tool', 0.2]);
    expect(refund?.explanation).toContain('the money goes back to whoever paid it');
    expect(newExternalHostHit('mollie.create_refund', 'api.mollie.example', baseline, [], loc, { sentBody: true })?.rule).toBe('host.new_for_tool');
    expect(newExternalHostHit('status.check', 'collect.cdn.example', baseline, [], loc, { refundsReadPayment: true })?.rule).toBe('host.new_for_stable_tool');
  });

  test("each reason explains itself, and a new tool's host is judged on who chose it before what the tool does there", () => {
    const lookup = newExternalHostHit('weather.get_forecast', 'api.weather.example', baseline, [], loc);
    expect(lookup?.explanation).toBe('weather.get_forecast called api.weather.example, a host not seen for this tool before, asked without a request body: a new lookup has to ask somewhere, so its first host is part of its first use.');
    // A document naming the host says more than the tool only asking there, so it is the rule a reader sees.
    const documentedLookup = newExternalHostHit('weather.get_forecast', 'api.weather.example', baseline, [], loc, { documented: 'host' });
    expect([documentedLookup?.rule, documentedLookup?.score]).toEqual(['host.documented_for_new_tool', 0.2]);
    // A lookup asking is its own reason before a credential or a refund it does not make.
    expect(newExternalHostHit('weather.get_forecast', 'api.weather.example', baseline, [], loc, { provisioning: 'creates_credential' })?.rule).toBe('host.first_for_new_lookup');
    const plain = newExternalHostHit('insurer.submit_report', 'portal.insurer.example', baseline, [], loc, { sentBody: true });
    expect(plain?.explanation).toBe('insurer.submit_report called portal.insurer.example, a host not seen for this tool before.');
    const stable = newExternalHostHit('status.check', 'collect.cdn.example', baseline, [], loc);
    expect(stable?.explanation).toBe('status.check called collect.cdn.example; in 30 earlier calls it only talked to status.known.example.');
  });

  test('a lookup tool sending a request body to a host it never used is a beacon, however many hosts it reads from', () => {
    const learner = new ProfileLearner();
    const carriers = ['api.dhl.example', 'api.ups.example', 'api.fedex.example', 'api.gls.example', 'api.dpd.example', 'api.usps.example', 'api.tnt.example', 'api.ppl.example'];
    for (let i = 0; i < 30; i++) {
      const b = new SessionBuilder(ops, `c${i}`, i * 3_600_000);
      b.turn('where is it');
      b.tool('orders.lookup_shipment', { order_id: `o${i}` }, { status: 'in_transit' }, { httpHost: carriers[i % carriers.length] });
      for (const e of b.events) learner.observe(e);
    }
    learner.closeIdleSessions(100 * 3_600_000);
    const tracking = new Baseline(learner.profile('acme', 'agent:ops-1'), learner.profile('acme', 'cohort:ops'), DEFAULT_DETECTION_CONFIG);
    const read = newExternalHostHit('orders.lookup_shipment', 'beacon.cdn.example', tracking, [], loc);
    const upload = newExternalHostHit('orders.lookup_shipment', 'beacon.cdn.example', tracking, [], loc, { sentBody: true });
    expect([read?.rule, read?.score]).toEqual(['host.new_for_tool', expect.any(Number)]);
    expect((read?.score ?? 0) * (read?.weight ?? 0)).toBeLessThan(20);
    expect([upload?.rule, upload?.score]).toEqual(['host.new_upload_from_read_tool', 0.8]);
    // A tool that sends anyway (a webhook poster) posting to a new host is not a reader beaconing.
    expect(newExternalHostHit('slack.post_message', 'hooks.new.example', baseline, [], loc, { sentBody: true })?.rule).not.toBe('host.new_upload_from_read_tool');
  });

  test('an established tool that never reached any host and now calls out is a supply-chain change', () => {
    const hit = newExternalHostHit('db.query', 'insights.saas.example', baseline, [], loc);
    expect(hit?.rule).toBe('host.first_for_established_tool');
    expect((hit?.score ?? 0) * (hit?.weight ?? 0)).toBeGreaterThanOrEqual(40);
    expect(hit?.explanation).toContain('in 30 earlier calls it never reached any host');
    expect(newExternalHostHit('db.query', 'db-proxy.acme.example', baseline, ['acme.example'], loc)).toBeUndefined();
  });

  test("a tool is established by its cohort's calls too: two agents paying in every other session, one of them now calling out", () => {
    const learner = new ProfileLearner();
    for (const agentId of ['fin-1', 'fin-2']) {
      // 24 sessions each: the agent's own history is mature, with 12 transfers of its own.
      for (let i = 0; i < 24; i++) {
        const b = new SessionBuilder({ tenant: 'acme', agentId, agentType: 'finance', convention: 'otel_genai' }, `${agentId}-${i}`, i * 3_600_000);
        b.turn('check the approved invoices');
        b.tool('invoices.list_approved', { day: i }, { invoices: [] });
        if (i % 2 === 0) b.tool('payments.create_transfer', { iban: 'DE44500105175407324931', amount: 100 + i }, { status: 'scheduled' });
        for (const e of b.events) learner.observe(e);
      }
    }
    learner.closeIdleSessions(100 * 3_600_000);
    const finance = new Baseline(learner.profile('acme', 'agent:fin-1'), learner.profile('acme', 'cohort:finance'), DEFAULT_DETECTION_CONFIG);
    const hit = newExternalHostHit('payments.create_transfer', 'collect.connector-telemetry.example', finance, [], loc);
    expect(hit?.rule).toBe('host.first_for_established_tool');
    expect(hit?.explanation).toContain('in 24 earlier calls it never reached any host');
  });

  test('a sensitive data domain never touched counts fully, a new sensitive table partly', () => {
    const hits = scopeDeviationHits('finance', ['table:payroll'], baseline, loc);
    expect(hits.map((h) => [h.rule, h.score])).toEqual([
      ['scope.new_data_domain', 1],
      ['scope.new_sensitive_resource', 0.6],
    ]);
    expect(scopeDeviationHits('db', ['table:deploys'], baseline, loc)).toEqual([]);
  });

  test('a new domain whose records carry money or personal fields is sensitive whatever its name; its records are looked at only when the domain is new', () => {
    let looked = 0;
    const moneyRecords = (): boolean => {
      looked++;
      return true;
    };
    expect(scopeDeviationHits('cockpit', [], baseline, loc, true, moneyRecords).map((h) => [h.rule, h.score])).toEqual([['scope.new_data_domain', 1]]);
    expect(scopeDeviationHits('cockpit', [], baseline, loc, true, () => false)).toEqual([]);
    expect(looked).toBe(1);
    expect(scopeDeviationHits('db', [], baseline, loc, false, moneyRecords)).toEqual([]);
    expect(looked).toBe(1);
  });

  test('standing access granted to a new destination weighs more than a sensitive e-mail, and says so', () => {
    const [n] = destinationNovelty([{ kind: 'email_domain', value: 'outside.example' }], baseline, [], new Set());
    expect(n).toBeDefined();
    if (n === undefined) return;
    const address = { ...n, destination: { kind: 'email' as const, value: 'vault@outside.example' } };
    const grant = newDestinationHit(address, 'email.create_forwarding_rule', loc, false, true);
    expect(grant.rule).toBe('destination.grant_to_new_email');
    expect(grant.weight).toBeGreaterThan(newDestinationHit(address, 'email.send', loc, true).weight);
    expect(grant.explanation).toContain('standing access');
  });
});

describe('volumes, sweeps, transitions', () => {
  test('records far above history spike; ordinary counts do not', () => {
    expect(volumeSpikeHit('db.query', 18, baseline, loc)).toBeUndefined();
    const hit = volumeSpikeHit('db.query', 600, baseline, loc);
    expect(hit?.score).toBeGreaterThan(0.8);
  });

  test('a cold agent pulling 2000 records still fires (absolute floor)', () => {
    expect(volumeSpikeHit('crm.export', 2000, cold, loc)?.score).toBeGreaterThan(0.6);
    expect(volumeSpikeHit('crm.export', 50, cold, loc)).toBeUndefined();
  });

  test('dozens of resources sweep; a handful do not', () => {
    const many = Array.from({ length: 30 }, (_, i) => `bucket:b${i}`);
    expect(resourceSweepHit(many.slice(0, 4), baseline, loc)).toBeUndefined();
    expect(resourceSweepHit(many, baseline, loc)?.score).toBeGreaterThan(0.5);
    expect(resourceSweepHit(many.slice(0, 20), cold, loc)).toBeUndefined();
    expect(resourceSweepHit(many, cold, loc)).toBeDefined();
  });

  test("one tool's changes far beyond the agent's calls per session are a mass change", () => {
    expect(massChangeHit('gateways.push_config', 12, baseline, loc)).toBeUndefined();
    const hit = massChangeHit('gateways.push_config', 90, baseline, loc);
    expect(hit?.rule).toBe('resources.mass_change');
    expect(hit?.score).toBeGreaterThan(0.55);
    expect(hit?.explanation).toContain('90 different things');
    // Without history a few dozen are needed.
    expect(massChangeHit('gateways.push_config', 20, cold, loc)).toBeUndefined();
    expect(massChangeHit('gateways.push_config', 30, cold, loc)).toBeDefined();
  });

  test('a new sensitive resource is data: `table:payments` is one, `namespace:payments` is not', () => {
    expect(scopeDeviationHits('db', ['table:payroll_runs'], baseline, loc).map((h) => h.rule)).toContain('scope.new_sensitive_resource');
    expect(scopeDeviationHits('k8s', ['namespace:payroll', 'deployment:payroll-api'], baseline, loc).map((h) => h.rule)).not.toContain('scope.new_sensitive_resource');
  });

  test('an unseen step into an egress tool from a well-known tool is surprising', () => {
    expect(transitionHit('db.query', 'email.send', baseline, loc)?.rule).toBe('sequence.unseen_transition');
    expect(transitionHit('status.check', 'slack.post_message', baseline, loc)).toBeUndefined();
  });
});
