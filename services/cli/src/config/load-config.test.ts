import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from '@warden/core';
import { loadConfig } from './load-config';

const testdata = (name: string) => path.join(__dirname, '..', '..', 'testdata', 'config', name);

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults when nothing is set', () => {
    const { config, warnings } = loadConfig({});
    expect(config).toMatchObject({
      dataDir: './data',
      alertsFile: path.join('./data', 'alerts.ocsf.jsonl'),
      otlpHost: '127.0.0.1',
      otlpGrpcPort: 4317,
      otlpHttpPort: 4318,
      minSeverity: 'low',
    });
    expect(config.receiverTokens).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('reads the file and lets the environment win over it', () => {
    const { config } = loadConfig({ WARDEN_CONFIG_FILE: testdata('valid.json'), WARDEN_OTLP_HTTP_PORT: '24318' });
    expect(config.otlpGrpcPort).toBe(14317);
    expect(config.otlpHttpPort).toBe(24318);
    expect(config.minSeverity).toBe('medium');
    expect(config.alertsFile).toBe(path.join('/var/lib/warden', 'alerts.ocsf.jsonl'));
  });

  it('reports every bad setting at once, naming the variable and the fix', () => {
    const problems = problemsOf(() =>
      loadConfig({ WARDEN_OTLP_GRPC_PORT: 'abc', WARDEN_MIN_SEVERITY: 'severe', WARDEN_OTLP_HTTP_PORT: '70000' }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/WARDEN_OTLP_GRPC_PORT="abc": expected a TCP port number/);
    expect(problems.join('\n')).toMatch(/WARDEN_MIN_SEVERITY="severe": expected one of informational, low/);
    expect(problems.join('\n')).toMatch(/WARDEN_OTLP_HTTP_PORT="70000": a port is 0-65535/);
  });

  it('refuses the same port for gRPC and HTTP', () => {
    expect(problemsOf(() => loadConfig({ WARDEN_OTLP_GRPC_PORT: '5000', WARDEN_OTLP_HTTP_PORT: '5000' }))[0]).toMatch(
      /WARDEN_OTLP_GRPC_PORT and WARDEN_OTLP_HTTP_PORT are both 5000/,
    );
    expect(problemsOf(() => loadConfig({ WARDEN_ADMIN_PORT: '4318' }))[0]).toMatch(/WARDEN_OTLP_HTTP_PORT and WARDEN_ADMIN_PORT are both 4318/);
  });

  it.each([
    ['typo_key.json', /unknown setting "otlp_grcp_port"; did you mean "otlp_grpc_port"/],
    ['bad_port.json', /WARDEN_OTLP_GRPC_PORT="not-a-port"/],
    ['invalid_json.json', /cannot read it as JSON/],
    ['bad_not_object.json', /expected a JSON object/],
    ['missing.json', /cannot read it as JSON/],
  ])('rejects config file %s with a message that says what to fix', (file, message) => {
    expect(problemsOf(() => loadConfig({ WARDEN_CONFIG_FILE: testdata(file) })).join('\n')).toMatch(message);
  });

  it('warns about unknown WARDEN_ variables with the likely intended name', () => {
    const { warnings } = loadConfig({ WARDEN_OTLP_GRPC_PRT: '1' });
    expect(warnings).toEqual([expect.stringContaining('did you mean WARDEN_OTLP_GRPC_PORT?')]);
  });

  it('maps bearer tokens to tenants in both forms and never echoes a token in errors', () => {
    expect([...loadConfig({ WARDEN_RECEIVER_TOKENS: 'abc===team-a, t2=team-b' }).config.receiverTokens!]).toEqual([
      ['abc==', 'team-a'],
      ['t2', 'team-b'],
    ]);
    expect([...loadConfig({ WARDEN_RECEIVER_TOKENS: '{"tok1":"acme"}' }).config.receiverTokens!]).toEqual([['tok1', 'acme']]);
    const problems = problemsOf(() => loadConfig({ WARDEN_RECEIVER_TOKENS: 'supersecret=bad tenant!' }));
    expect(problems.join('\n')).toMatch(/tenant "bad tenant!"/);
    expect(problems.join('\n')).not.toContain('supersecret');
  });
});

describe('WARDEN_INTERNAL_DOMAINS', () => {
  it('is a lower-cased list of domains', () => {
    expect(loadConfig({ WARDEN_INTERNAL_DOMAINS: ' Acme.com, acme.internal ' }).config.internalDomains).toEqual(['acme.com', 'acme.internal']);
    expect(loadConfig({}).config.internalDomains).toEqual([]);
  });

  it('refuses something that is not a domain list', () => {
    expect(problemsOf(() => loadConfig({ WARDEN_INTERNAL_DOMAINS: 'acme.com; evil/path' })).join('\n')).toMatch(
      /WARDEN_INTERNAL_DOMAINS="acme.com; evil\/path": expected comma-separated domain names/,
    );
  });
});

describe('approved changes (WARDEN_APPROVED_TOOLS / WARDEN_APPROVED_DESTINATIONS)', () => {
  it('are trimmed lists, empty by default', () => {
    const { config } = loadConfig({ WARDEN_APPROVED_TOOLS: ' tax_filing.* , stripe.create_payment_link', WARDEN_APPROVED_DESTINATIONS: 'filepoint-1099.example,auditor@kpmg.example' });
    expect(config.approvedTools).toEqual(['tax_filing.*', 'stripe.create_payment_link']);
    expect(config.approvedDestinations).toEqual(['filepoint-1099.example', 'auditor@kpmg.example']);
    expect(loadConfig({}).config.approvedTools).toEqual([]);
  });

  it('refuse a bare * that would approve everything', () => {
    const problems = problemsOf(() => loadConfig({ WARDEN_APPROVED_TOOLS: 'tax_filing.*,*', WARDEN_APPROVED_DESTINATIONS: '*' })).join('\n');
    expect(problems).toMatch(/WARDEN_APPROVED_TOOLS.*a bare \* would approve every tool/);
    expect(problems).toMatch(/WARDEN_APPROVED_DESTINATIONS.*a bare \* would approve every destination/);
  });
});

describe('Kafka security (WARDEN_KAFKA_SECURITY_PROTOCOL)', () => {
  const kafka = { WARDEN_KAFKA_BROKERS: 'pkc-1.example.cloud:9092' };

  it('is plaintext unless set; sasl_ssl carries the credentials and trusts the system CAs', () => {
    expect(loadConfig(kafka).config.kafka?.security).toEqual({});
    const { config } = loadConfig({
      ...kafka,
      WARDEN_KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      WARDEN_KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      WARDEN_KAFKA_SASL_USERNAME: 'warden',
      WARDEN_KAFKA_SASL_PASSWORD: 'p4ss',
    });
    expect(config.kafka?.security).toEqual({ ssl: {}, sasl: { mechanism: 'scram-sha-512', username: 'warden', password: 'p4ss' } });
  });

  it('reads the CA file at start', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-ca-'));
    const caFile = path.join(dir, 'ca.pem');
    fs.writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const { config } = loadConfig({ ...kafka, WARDEN_KAFKA_SECURITY_PROTOCOL: 'ssl', WARDEN_KAFKA_SSL_CA_FILE: caFile });
    expect(config.kafka?.security.ssl?.ca).toContain('BEGIN CERTIFICATE');
    const missing = path.join(dir, 'nope.pem');
    expect(problemsOf(() => loadConfig({ ...kafka, WARDEN_KAFKA_SECURITY_PROTOCOL: 'ssl', WARDEN_KAFKA_SSL_CA_FILE: missing })).join('\n')).toMatch(
      /WARDEN_KAFKA_SSL_CA_FILE: cannot read .*nope\.pem \(ENOENT\)/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names what is missing or contradictory, all at once, without echoing the password', () => {
    const problems = problemsOf(() =>
      loadConfig({ ...kafka, WARDEN_KAFKA_SECURITY_PROTOCOL: 'sasl_plaintext', WARDEN_KAFKA_SASL_PASSWORD: 'hunter2-secret', WARDEN_KAFKA_SSL_CA_FILE: '/etc/ca.pem' }),
    ).join('\n');
    expect(problems).toMatch(/WARDEN_KAFKA_SECURITY_PROTOCOL is sasl_plaintext, so Kafka needs SASL credentials, but WARDEN_KAFKA_SASL_USERNAME is not set/);
    expect(problems).toMatch(/WARDEN_KAFKA_SSL_CA_FILE is set but WARDEN_KAFKA_SECURITY_PROTOCOL is sasl_plaintext, which does not use TLS/);
    expect(problems).not.toContain('hunter2-secret');
    expect(problemsOf(() => loadConfig({ ...kafka, WARDEN_KAFKA_SECURITY_PROTOCOL: 'tls' })).join('\n')).toMatch(
      /WARDEN_KAFKA_SECURITY_PROTOCOL.*expected one of plaintext, ssl, sasl_plaintext, sasl_ssl/,
    );
  });
});

describe('loadConfig: sinks', () => {
  it('turns no sink on by default', () => {
    const { sinks } = loadConfig({}).config;
    expect(sinks).toEqual({ spoolMaxBytes: 256 * 1024 * 1024, retryMaxSeconds: 60 });
  });

  it('turns each sink on by its address and fills in defaults, minimum severity following WARDEN_MIN_SEVERITY', () => {
    const { sinks } = loadConfig({
      WARDEN_MIN_SEVERITY: 'medium',
      WARDEN_SPLUNK_HEC_URL: 'https://splunk.example.com:8088',
      WARDEN_SPLUNK_HEC_TOKEN: '00000000-0000-4000-8000-000000000001',
      WARDEN_SPLUNK_HEC_ACK: 'true',
      WARDEN_WEBHOOK_URL: 'https://hooks.example.com/warden',
      WARDEN_WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      WARDEN_WEBHOOK_MIN_SEVERITY: 'critical',
      WARDEN_KAFKA_SINK_BROKERS: 'k1:9092, k2:9092',
    }).config;
    expect(sinks.splunk).toEqual({
      url: 'https://splunk.example.com:8088',
      token: '00000000-0000-4000-8000-000000000001',
      source: 'warden',
      sourcetype: 'ocsf:warden:detection_finding',
      ack: true,
      minSeverity: 'medium',
    });
    expect(sinks.webhook?.minSeverity).toBe('critical');
    expect(sinks.kafka).toEqual({ brokers: ['k1:9092', 'k2:9092'], topic: 'warden.ocsf-findings', minSeverity: 'medium' });
    expect(sinks.sentinel).toBeUndefined();
  });

  it('reads a boolean from the config file', () => {
    const { sinks } = loadConfig({ WARDEN_CONFIG_FILE: testdata('sinks.json') }).config;
    expect(sinks.splunk?.ack).toBe(true);
    expect(sinks.splunk?.index).toBe('security');
  });

  it('names what a half-configured sink is missing, without showing secrets', () => {
    const problems = problemsOf(() =>
      loadConfig({
        WARDEN_SPLUNK_HEC_URL: 'https://splunk.example.com:8088',
        WARDEN_SENTINEL_CLIENT_SECRET: 'very-secret-value',
        WARDEN_SPLUNK_HEC_ACK: 'maybe',
        WARDEN_KAFKA_SINK_BROKERS: 'localhost',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/WARDEN_SPLUNK_HEC_URL is set.*WARDEN_SPLUNK_HEC_TOKEN is not set/),
        expect.stringMatching(/WARDEN_SENTINEL_CLIENT_SECRET is set.*WARDEN_SENTINEL_ENDPOINT, WARDEN_SENTINEL_DCR_ID, WARDEN_SENTINEL_TENANT_ID, WARDEN_SENTINEL_CLIENT_ID are not set/),
        expect.stringMatching(/WARDEN_SPLUNK_HEC_ACK="maybe": expected true or false/),
        expect.stringMatching(/WARDEN_KAFKA_SINK_BROKERS="localhost": expected host:port/),
      ]),
    );
    expect(problems.join('\n')).not.toContain('very-secret-value');
  });
});
describe('loadConfig: response and admin API', () => {
  it('uses the built-in policy, no control plane and no admin tokens by default', () => {
    const { config } = loadConfig({});
    expect(config.response.controlPlane).toBeUndefined();
    expect(config.response.killSwitch).toBe(false);
    expect(config.response.policy.shadow).toBe(false);
    expect(config.adminTokens).toBeUndefined();
    expect(config.adminExternalUrl).toBe('http://127.0.0.1:9464');
  });

  it('reads tokens with roles, the control plane and the switches', () => {
    const { config } = loadConfig({
      WARDEN_ADMIN_TOKENS: '0123456789abcdef0123=alice:approver, fedcba9876543210fedc=ops:admin',
      WARDEN_CONTROL_PLANE_URL: 'https://agents.example.com/warden',
      WARDEN_CONTROL_PLANE_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      WARDEN_RESPONSE_SHADOW: 'true',
      WARDEN_RESPONSE_KILL_SWITCH: 'yes',
      WARDEN_ADMIN_EXTERNAL_URL: 'https://warden.example.com/',
    });
    expect([...config.adminTokens!.values()]).toEqual([
      { name: 'alice', role: 'approver' },
      { name: 'ops', role: 'admin' },
    ]);
    expect(config.response.controlPlane?.url).toBe('https://agents.example.com/warden');
    expect(config.response.policy.shadow).toBe(true);
    expect(config.response.killSwitch).toBe(true);
    expect(config.adminExternalUrl).toBe('https://warden.example.com');
  });

  it('names each bad token entry, a control plane without a secret and an unreadable policy, hiding the tokens', () => {
    const problems = problemsOf(() =>
      loadConfig({
        WARDEN_ADMIN_TOKENS: 'short=bob:approver,0123456789abcdef0123=carol:root,nonsense',
        WARDEN_CONTROL_PLANE_URL: 'https://agents.example.com/warden',
        WARDEN_RESPONSE_POLICY_FILE: testdata('does-not-exist.json'),
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/WARDEN_ADMIN_TOKENS entry 1 \(bob\): the token is shorter than 16 characters/),
        expect.stringMatching(/WARDEN_ADMIN_TOKENS entry 2 \(carol\): the role must be one of viewer, approver, admin/),
        expect.stringMatching(/WARDEN_ADMIN_TOKENS entry 3: expected token=name:role/),
        expect.stringMatching(/WARDEN_CONTROL_PLANE_URL is set but WARDEN_CONTROL_PLANE_SECRET is not/),
        expect.stringMatching(/WARDEN_RESPONSE_POLICY_FILE=.*cannot read it as JSON/),
      ]),
    );
    expect(problems.join('\n')).not.toContain('0123456789abcdef0123');
  });

  it('reports policy problems from the policy file under its variable', () => {
    const problems = problemsOf(() => loadConfig({ WARDEN_RESPONSE_POLICY_FILE: testdata('bad_policy.json') }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('WARDEN_RESPONSE_POLICY_FILE policy.'))).toBe(true);
  });
});
