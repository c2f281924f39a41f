import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError, type Severity } from '@warden/core';
import type { KafkaSaslMechanism, KafkaSecurity } from '@warden/kafka-bus';
import { validateResponsePolicy, type ResponsePolicy } from '@warden/response';
import { parseAdminTokens, type AdminTokens } from '../admin-api/admin-tokens';
import { SETTINGS, fileKey, type SettingName, type SettingSpec } from './settings';

export interface WardenConfig {
  readonly configFile?: string;
  readonly dataDir: string;
  readonly alertsFile: string;
  readonly otlpHost: string;
  readonly otlpGrpcPort: number;
  readonly otlpHttpPort: number;
  readonly otlpMaxRequestBytes: number;
  readonly adminHost: string;
  readonly adminPort: number;
  /** token → tenant; undefined when authentication is off. */
  readonly receiverTokens?: ReadonlyMap<string, string>;
  readonly minSeverity: Severity;
  readonly sessionIdleSeconds: number;
  readonly busCapacity: number;
  /** Set: run over Kafka (validated by the Kafka bus when it is built). */
  readonly kafka?: {
    readonly brokers: readonly string[];
    readonly topicPrefix: string;
    readonly partitions: number;
    readonly replicationFactor: number;
    readonly security: KafkaSecurity;
  };
  /** Lower-cased, without empty entries. */
  readonly internalDomains: readonly string[];
  /** Approved ahead of time (WARDEN_APPROVED_TOOLS / _DESTINATIONS): see packages/detection approvals. */
  readonly approvedTools: readonly string[];
  readonly approvedDestinations: readonly string[];
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Destinations beyond the findings file; each is on when its address is set. */
  readonly sinks: SinkSettings;
  readonly response: ResponseSettings;
  /** Admin API tokens → holder and role; undefined: the `/api/v1` endpoints are off. */
  readonly adminTokens?: AdminTokens;
  /** Base of the links to forensic bundles in findings. */
  readonly adminExternalUrl: string;
}


export interface ResponseSettings {
  readonly policy: ResponsePolicy;
  readonly controlPlane?: { readonly url: string; readonly secret: string };
  readonly killSwitch: boolean;
}

/**
 * Sink settings as the operator gave them, checked for completeness here; each sink's own
 * validator checks formats (URLs, ids) when the sink is built, so `warden start` and
 * `warden test-sinks` report the same problems.
 */
export interface SinkSettings {
  readonly spoolMaxBytes: number;
  readonly retryMaxSeconds: number;
  readonly splunk?: {
    readonly url: string;
    readonly token: string;
    readonly index?: string;
    readonly source: string;
    readonly sourcetype: string;
    readonly ack: boolean;
    readonly minSeverity: Severity;
  };
  readonly sentinel?: {
    readonly endpoint: string;
    readonly dcrImmutableId: string;
    readonly streamName: string;
    readonly tenantId: string;
    readonly clientId: string;
    readonly clientSecret: string;
    readonly authorityHost: string;
    readonly scope: string;
    readonly minSeverity: Severity;
  };
  readonly webhook?: { readonly url: string; readonly secret: string; readonly minSeverity: Severity };
  readonly kafka?: { readonly brokers: readonly string[]; readonly topic: string; readonly minSeverity: Severity };
}

export interface LoadedConfig {
  readonly config: WardenConfig;
  /** Things worth telling the operator that do not stop Warden (e.g. an unknown WARDEN_ variable). */
  readonly warnings: readonly string[];
}

const SPECS = Object.entries(SETTINGS) as [SettingName, SettingSpec][];

/**
 * Reads settings from the environment and the optional JSON file, validates all of them and
 * reports every problem at once, each naming the variable, what was wrong and what to set.
 */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<Record<SettingName, string>> = {}): LoadedConfig {
  const problems: string[] = [];
  const warnings: string[] = [];
  const raw: Partial<Record<SettingName, unknown>> = {};

  const configFile = overrides.configFile ?? env.WARDEN_CONFIG_FILE;
  if (configFile) readConfigFile(configFile, raw, problems);

  const known = new Set(SPECS.map(([, s]) => s.env));
  for (const name of Object.keys(env)) {
    if (name.startsWith('WARDEN_') && !known.has(name)) {
      const hint = closest(name, [...known]);
      warnings.push(`${name} is not a Warden setting and is ignored${hint ? `; did you mean ${hint}?` : ''}`);
    }
  }
  for (const [name, spec] of SPECS) {
    const value = overrides[name] ?? env[spec.env];
    if (value !== undefined && value !== '') raw[name] = value;
  }

  const values: Partial<Record<SettingName, unknown>> = {};
  for (const [name, spec] of SPECS) {
    const result = spec.schema.safeParse(raw[name]);
    if (result.success) {
      values[name] = result.data;
    } else {
      const shown = spec.secret ? '(hidden)' : JSON.stringify(raw[name]);
      const why = result.error.issues.map((i) => i.message).join('; ');
      problems.push(`${spec.env}=${shown}: ${why}. ${spec.description}`);
    }
  }

  let receiverTokens: Map<string, string> | undefined;
  if (typeof values.receiverTokens === 'string') {
    receiverTokens = parseTokens(values.receiverTokens, problems);
  }
  const ports = (['otlpGrpcPort', 'otlpHttpPort', 'adminPort'] as const).filter((n) => values[n] !== undefined && values[n] !== 0);
  for (let i = 0; i < ports.length; i++) {
    for (let j = i + 1; j < ports.length; j++) {
      const a = SETTINGS[ports[i]!];
      const b = SETTINGS[ports[j]!];
      if (values[ports[i]!] === values[ports[j]!]) {
        problems.push(`${a.env} and ${b.env} are both ${String(values[ports[i]!])}: each listener needs its own port (defaults ${a.defaultText} and ${b.defaultText}).`);
      }
    }
  }
  const kafkaSecurity = kafkaSecuritySettings(values, problems);
  const sinks = sinkSettings(values, problems);
  const response = responseSettings(values, problems);
  const adminTokens = typeof values.adminTokens === 'string' ? adminTokensOf(values.adminTokens, problems) : undefined;
  if (problems.length > 0 || !response) throw new ConfigError(problems);

  const dataDir = values.dataDir as string;
  const config: WardenConfig = {
    ...(typeof values.configFile === 'string' ? { configFile: values.configFile } : {}),
    dataDir,
    alertsFile: (values.alertsFile as string | undefined) ?? path.join(dataDir, 'alerts.ocsf.jsonl'),
    otlpHost: values.otlpHost as string,
    otlpGrpcPort: values.otlpGrpcPort as number,
    otlpHttpPort: values.otlpHttpPort as number,
    otlpMaxRequestBytes: values.otlpMaxRequestBytes as number,
    adminHost: values.adminHost as string,
    adminPort: values.adminPort as number,
    ...(receiverTokens ? { receiverTokens } : {}),
    minSeverity: values.minSeverity as Severity,
    sessionIdleSeconds: values.sessionIdleSeconds as number,
    busCapacity: values.busCapacity as number,
    ...(typeof values.kafkaBrokers === 'string'
      ? {
          kafka: {
            brokers: values.kafkaBrokers.split(',').map((b) => b.trim()).filter(Boolean),
            topicPrefix: values.kafkaTopicPrefix as string,
            partitions: values.kafkaPartitions as number,
            replicationFactor: values.kafkaReplicationFactor as number,
            security: kafkaSecurity,
          },
        }
      : {}),
    approvedTools: listOf(values.approvedTools),
    approvedDestinations: listOf(values.approvedDestinations),
    internalDomains:
      typeof values.internalDomains === 'string'
        ? values.internalDomains.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean)
        : [],
    logLevel: values.logLevel as WardenConfig['logLevel'],
    sinks,
    response,
    ...(adminTokens ? { adminTokens } : {}),
    adminExternalUrl: ((values.adminExternalUrl as string | undefined) ?? `http://${values.adminHost as string}:${values.adminPort as number}`).replace(/\/+$/, ''),
  };
  return { config, warnings };
}

function listOf(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : [];
}

/**
 * Kafka's security.protocol names which of TLS and SASL the clients use; SASL then needs a user and
 * a password, and a CA file must be readable PEM. Read at start, so a wrong path fails here.
 */
function kafkaSecuritySettings(values: Partial<Record<SettingName, unknown>>, problems: string[]): KafkaSecurity {
  const protocol = (values.kafkaSecurityProtocol as string | undefined) ?? 'plaintext';
  const security: { ssl?: KafkaSecurity['ssl']; sasl?: KafkaSecurity['sasl'] } = {};
  const caFile = values.kafkaSslCaFile as string | undefined;
  if (protocol.endsWith('ssl')) {
    security.ssl = {};
    if (caFile !== undefined) {
      try {
        const ca = readFileSync(caFile, 'utf8');
        if (ca.includes('-----BEGIN CERTIFICATE-----')) security.ssl = { ca };
        else problems.push(`${SETTINGS.kafkaSslCaFile.env}: ${caFile} holds no PEM certificate ("-----BEGIN CERTIFICATE-----"); point it at the CA certificate of your brokers.`);
      } catch (err) {
        problems.push(`${SETTINGS.kafkaSslCaFile.env}: cannot read ${caFile} (${(err as NodeJS.ErrnoException).code ?? String(err)}); point it at the PEM file of your brokers' CA, or unset it to trust the system's CAs.`);
      }
    }
  } else if (caFile !== undefined) {
    problems.push(`${SETTINGS.kafkaSslCaFile.env} is set but ${SETTINGS.kafkaSecurityProtocol.env} is ${protocol}, which does not use TLS; set it to ssl or sasl_ssl, or unset the CA file.`);
  }
  if (protocol.startsWith('sasl')) {
    const username = values.kafkaSaslUsername as string | undefined;
    const password = values.kafkaSaslPassword as string | undefined;
    const missing: string[] = [];
    if (username === undefined) missing.push(SETTINGS.kafkaSaslUsername.env);
    if (password === undefined) missing.push(SETTINGS.kafkaSaslPassword.env);
    if (missing.length > 0) {
      problems.push(`${SETTINGS.kafkaSecurityProtocol.env} is ${protocol}, so Kafka needs SASL credentials, but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set.`);
    } else {
      security.sasl = { mechanism: values.kafkaSaslMechanism as KafkaSaslMechanism, username: username as string, password: password as string };
    }
  }
  return security;
}

/** A sink is on when its address is set; then every setting it cannot work without must be set too. */
function sinkSettings(values: Partial<Record<SettingName, unknown>>, problems: string[]): SinkSettings {
  const str = (name: SettingName) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const fallbackSeverity = (values.minSeverity as Severity | undefined) ?? 'low';
  const sev = (name: SettingName) => (values[name] as Severity | undefined) ?? fallbackSeverity;
  const requireAll = (sink: string, trigger: SettingName, needed: readonly SettingName[]) => {
    const missing = needed.filter((n) => str(n) === undefined).map((n) => SETTINGS[n].env);
    if (missing.length > 0) {
      problems.push(`${SETTINGS[trigger].env} is set, so the ${sink} sink is on, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. Set ${missing.length === 1 ? 'it' : 'them'}, or unset ${SETTINGS[trigger].env} to turn the sink off.`);
      return false;
    }
    return true;
  };

  let splunk: SinkSettings['splunk'];
  if (str('splunkHecUrl') !== undefined && requireAll('Splunk', 'splunkHecUrl', ['splunkHecToken'])) {
    splunk = {
      url: str('splunkHecUrl')!,
      token: str('splunkHecToken')!,
      ...(str('splunkHecIndex') ? { index: str('splunkHecIndex')! } : {}),
      source: str('splunkHecSource') ?? 'warden',
      sourcetype: str('splunkHecSourcetype') ?? 'ocsf:warden:detection_finding',
      ack: values.splunkHecAck === true,
      minSeverity: sev('splunkMinSeverity'),
    };
  }
  let sentinel: SinkSettings['sentinel'];
  const sentinelParts: SettingName[] = ['sentinelEndpoint', 'sentinelDcrId', 'sentinelTenantId', 'sentinelClientId', 'sentinelClientSecret'];
  const sentinelTrigger = sentinelParts.find((n) => str(n) !== undefined);
  if (sentinelTrigger && requireAll('Sentinel', sentinelTrigger, sentinelParts)) {
    sentinel = {
      endpoint: str('sentinelEndpoint')!,
      dcrImmutableId: str('sentinelDcrId')!,
      streamName: str('sentinelStream') ?? 'Custom-WardenFindings_CL',
      tenantId: str('sentinelTenantId')!,
      clientId: str('sentinelClientId')!,
      clientSecret: str('sentinelClientSecret')!,
      authorityHost: str('sentinelAuthorityHost') ?? 'https://login.microsoftonline.com',
      scope: str('sentinelScope') ?? 'https://monitor.azure.com//.default',
      minSeverity: sev('sentinelMinSeverity'),
    };
  }
  let webhook: SinkSettings['webhook'];
  if (str('webhookUrl') !== undefined && requireAll('webhook', 'webhookUrl', ['webhookSecret'])) {
    webhook = { url: str('webhookUrl')!, secret: str('webhookSecret')!, minSeverity: sev('webhookMinSeverity') };
  }
  let kafka: SinkSettings['kafka'];
  if (str('kafkaSinkBrokers') !== undefined) {
    const brokers = str('kafkaSinkBrokers')!.split(',').map((b) => b.trim()).filter(Boolean);
    const bad = brokers.filter((b) => !/^[A-Za-z0-9.-]+:\d{1,5}$/.test(b) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(b));
    if (brokers.length === 0 || bad.length > 0) {
      problems.push(`WARDEN_KAFKA_SINK_BROKERS=${JSON.stringify(str('kafkaSinkBrokers'))}: expected host:port[,host:port…]${bad.length > 0 ? ` (not host:port: ${bad.join(', ')})` : ''}.`);
    } else {
      kafka = { brokers, topic: str('kafkaSinkTopic') ?? 'warden.ocsf-findings', minSeverity: sev('kafkaSinkMinSeverity') };
    }
  }
  return {
    spoolMaxBytes: (values.sinkSpoolMaxBytes as number | undefined) ?? 256 * 1024 * 1024,
    retryMaxSeconds: (values.sinkRetryMaxSeconds as number | undefined) ?? 60,
    ...(splunk ? { splunk } : {}),
    ...(sentinel ? { sentinel } : {}),
    ...(webhook ? { webhook } : {}),
    ...(kafka ? { kafka } : {}),
  };
}

function responseSettings(values: Partial<Record<SettingName, unknown>>, problems: string[]): ResponseSettings | undefined {
  const url = values.controlPlaneUrl as string | undefined;
  const secret = values.controlPlaneSecret as string | undefined;
  if (url !== undefined && secret === undefined) {
    problems.push('WARDEN_CONTROL_PLANE_URL is set but WARDEN_CONTROL_PLANE_SECRET is not: Warden signs every action it sends. Set the secret your control plane verifies with, or unset the URL.');
  }
  let raw: unknown = {};
  const file = values.responsePolicyFile as string | undefined;
  if (file !== undefined) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`WARDEN_RESPONSE_POLICY_FILE=${JSON.stringify(file)}: cannot read it as JSON (${(err as Error).message}). Point it at a JSON policy (docs/response.md), or unset it for the built-in one.`);
      return undefined;
    }
  }
  let policy: ResponsePolicy;
  try {
    policy = validateResponsePolicy(raw);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems.map((p) => `WARDEN_RESPONSE_POLICY_FILE ${p}`));
    return undefined;
  }
  if (values.responseShadow === true) policy = { ...policy, shadow: true };
  return {
    policy,
    ...(url !== undefined && secret !== undefined ? { controlPlane: { url, secret } } : {}),
    killSwitch: values.responseKillSwitch === true,
  };
}

function adminTokensOf(text: string, problems: string[]): AdminTokens | undefined {
  try {
    const tokens = parseAdminTokens(text);
    return tokens.size > 0 ? tokens : undefined;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
    return undefined;
  }
}

function readConfigFile(file: string, raw: Partial<Record<SettingName, unknown>>, problems: string[]): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    problems.push(`WARDEN_CONFIG_FILE=${JSON.stringify(file)}: cannot read it as JSON (${why}). Point it at a JSON object of settings, or unset it.`);
    return;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push(`WARDEN_CONFIG_FILE=${JSON.stringify(file)}: expected a JSON object such as {"otlp_grpc_port": 4317}.`);
    return;
  }
  const byKey = new Map(SPECS.map(([name, spec]) => [fileKey(spec), name] as const));
  for (const [key, value] of Object.entries(parsed)) {
    const name = byKey.get(key);
    if (!name || name === 'configFile') {
      const hint = closest(key, [...byKey.keys()]);
      problems.push(`${file}: unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (run \`warden config\` for the list)`);
      continue;
    }
    raw[name] = typeof value === 'object' && value !== null ? JSON.stringify(value) : typeof value === 'boolean' ? String(value) : value;
  }
}

function parseTokens(text: string, problems: string[]): Map<string, string> | undefined {
  const tokens = new Map<string, string>();
  const add = (token: string, tenant: string, where: string) => {
    if (!token || !/^[A-Za-z0-9._~+/=-]+$/.test(token)) {
      problems.push(`WARDEN_RECEIVER_TOKENS ${where}: a token must be non-empty and use only the characters of a bearer token (letters, digits, -._~+/=).`);
    } else if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(tenant)) {
      problems.push(`WARDEN_RECEIVER_TOKENS ${where}: tenant "${tenant}" must be 1-63 letters, digits, dots, dashes or underscores.`);
    } else {
      tokens.set(token, tenant);
    }
  };
  if (text.trim().startsWith('{')) {
    try {
      const obj = JSON.parse(text) as Record<string, unknown>;
      Object.entries(obj).forEach(([token, tenant], i) => add(token, String(tenant), `entry ${i + 1}`));
    } catch {
      problems.push('WARDEN_RECEIVER_TOKENS: starts with "{" but is not valid JSON. Use {"<token>": "<tenant>"} or token=tenant,token2=tenant2.');
      return undefined;
    }
  } else {
    text.split(',').forEach((pair, i) => {
      const at = pair.lastIndexOf('=');
      if (at <= 0) {
        problems.push(`WARDEN_RECEIVER_TOKENS entry ${i + 1}: expected token=tenant.`);
        return;
      }
      add(pair.slice(0, at).trim(), pair.slice(at + 1).trim(), `entry ${i + 1}`);
    });
  }
  return tokens.size > 0 ? tokens : undefined;
}

/** The known name nearest to a typo, when it is near enough to be a likely slip. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= 3 ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
