import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { OcsfSchemaValidator } from '@warden/ocsf';
import { fixtureOcsf } from './__tests__/fixtures';
import { SENTINEL_COLUMNS, SENTINEL_FIELD_VALUE_LIMIT_BYTES, oversizedColumns, toSentinelRow, type SentinelRow } from './sentinel-row';

interface ArmResource {
  readonly type: string;
  readonly properties: Record<string, unknown>;
}
const template = JSON.parse(readFileSync(path.join(__dirname, 'dcr-template.json'), 'utf8')) as { resources: ArmResource[] };
const dcr = template.resources.find((r) => r.type === 'Microsoft.Insights/dataCollectionRules')!;
const table = template.resources.find((r) => r.type === 'Microsoft.OperationalInsights/workspaces/tables')!;
const streams = dcr.properties['streamDeclarations'] as Record<string, { columns: { name: string; type: string }[] }>;
const dataFlows = dcr.properties['dataFlows'] as { streams: string[]; transformKql: string; outputStream: string }[];
const tableSchema = table.properties['schema'] as { name: string; columns: { name: string; type: string }[] };

// Reserved by Azure Monitor for its own columns (compared case-insensitively).
const RESERVED = ['id', 'type', 'title', 'tenantid', 'uniqueid', '_resourceid', '_subscriptionid', '_itemid', '_billedsize', '_isbillable', '_timereceived'];

describe('SENTINEL_COLUMNS', () => {
  it('obey the custom-table column rules', () => {
    for (const { name } of SENTINEL_COLUMNS) {
      expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,44}$/);
      expect(RESERVED).not.toContain(name.toLowerCase());
    }
    const lower = SENTINEL_COLUMNS.map((c) => c.name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(SENTINEL_COLUMNS.find((c) => c.name === 'TimeGenerated')?.type).toBe('datetime');
  });

  it('are exactly what dcr-template.json declares for the stream, the table and the transform', () => {
    expect(Object.keys(streams)).toEqual(['Custom-WardenFindings_CL']);
    expect(streams['Custom-WardenFindings_CL']!.columns).toEqual(SENTINEL_COLUMNS.map(({ name, type }) => ({ name, type })));
    expect(tableSchema.name).toBe('WardenFindings_CL');
    expect(tableSchema.columns.map(({ name, type }) => ({ name, type: type.toLowerCase() }))).toEqual(
      SENTINEL_COLUMNS.map(({ name, type }) => ({ name, type })),
    );
    expect(dataFlows).toHaveLength(1);
    const flow = dataFlows[0]!;
    expect(flow.streams).toEqual(['Custom-WardenFindings_CL']);
    expect(flow.outputStream).toBe('Custom-WardenFindings_CL');
    const projected = /^source \| project (.+)$/.exec(flow.transformKql)?.[1]?.split(', ');
    expect(projected).toEqual(SENTINEL_COLUMNS.map((c) => c.name));
  });
});

describe('toSentinelRow', () => {
  const ocsf = fixtureOcsf();
  const row = toSentinelRow(ocsf);

  it('has only declared columns, each value of its declared type', () => {
    const types = new Map(SENTINEL_COLUMNS.map((c) => [c.name, c.type]));
    for (const [key, value] of Object.entries(row)) {
      const type = types.get(key);
      expect({ key, declared: type !== undefined }).toEqual({ key, declared: true });
      if (type === 'string') expect(typeof value).toBe('string');
      if (type === 'int') expect(Number.isInteger(value)).toBe(true);
      if (type === 'boolean') expect(typeof value).toBe('boolean');
      if (type === 'datetime') expect(new Date(value as string).toISOString()).toBe(value);
    }
    // Every column is filled for a finding with an agent version.
    expect(Object.keys(row).sort()).toEqual(SENTINEL_COLUMNS.map((c) => c.name).sort());
  });

  it('maps the fixture to the flat columns analysts query', () => {
    const { Ocsf, ...flat } = row;
    expect(flat).toEqual({
      TimeGenerated: '2026-11-22T09:33:30.000Z',
      RecordUid: 'fnd-acme-support-7-conv-8812:1',
      FindingUid: 'fnd-acme-support-7-conv-8812',
      Revision: 1,
      ActivityId: 1,
      ActivityName: 'Create',
      SeverityId: 5,
      Severity: 'Critical',
      Status: 'New',
      RiskScore: 87,
      RiskLevel: 'Critical',
      ConfidenceScore: 86,
      IsAlert: true,
      FindingTitle: 'Injected instruction followed by e-mail to a new external address',
      Message: 'Agent support-agent (support-7): Injected instruction followed by e-mail to a new external address (risk 87/100, Critical)',
      FindingTypes: ['AI Agent Security', 'Prompt Injection', 'New Destination', 'Data Exfiltration', 'Correlation'],
      AttackTactics: ['AML.TA0010', 'TA0010'],
      AttackTechniques: ['AML.T0051', 'AML.T0051.001', 'AML.T0057', 'T1048'],
      AgentUid: 'support-7',
      AgentName: 'support-agent',
      AgentVersion: '2.4.1',
      AgentType: 'support-agent',
      SessionId: 'conv-8812',
      WardenTenant: 'acme',
      TraceId: '75f80d9046671856919b2a09e21bc08a',
      StartTime: '2026-11-22T09:33:21.000Z',
      EndTime: '2026-11-22T09:33:24.200Z',
      OcsfVersion: '1.9.0-dev',
      ProductVersion: '0.0.0-test',
    } satisfies Omit<SentinelRow, 'Ocsf'>);
    expect(Ocsf).toBe(ocsf);
  });

  it('carries a schema-valid OCSF record in Ocsf', () => {
    const errors = OcsfSchemaValidator.load().validate(JSON.parse(JSON.stringify(row.Ocsf))).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('omits agent columns it cannot fill rather than sending empty strings', () => {
    const bare = toSentinelRow({ ...ocsf, evidences: [] });
    expect(bare).not.toHaveProperty('AgentUid');
    expect(bare).not.toHaveProperty('AgentName');
    expect(bare).not.toHaveProperty('AgentVersion');
    expect(toSentinelRow(fixtureOcsf({ agentVersion: undefined }))).not.toHaveProperty('AgentVersion');
  });

  it('flags values the service would truncate at 64 KB', () => {
    expect(oversizedColumns(row)).toEqual([]);
    const huge = toSentinelRow({ ...ocsf, message: 'x'.repeat(SENTINEL_FIELD_VALUE_LIMIT_BYTES + 1) });
    expect(oversizedColumns(huge)).toEqual(['Message', 'Ocsf']);
  });
});
