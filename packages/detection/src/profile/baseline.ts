import type { DetectionConfig } from '../config';
import type { Destination, DestinationKind } from '../indicators/indicators';
import { NO_APPROVALS, type ApprovalMatcher } from './approvals';
import type { AgentProfile } from './agent-profile';
import { overlappingEntry, type CountEntry, type CountMap } from './count-map';

/** Which history an agent is compared with right now. */
export type BaselineSource = 'agent' | 'cohort' | 'none';

/**
 * The agent's own profile once it has enough sessions, else its cohort's; "known" questions ask
 * both (a value is new only if neither agent nor cohort has it). When neither is mature, novelty
 * is damped to near zero so a cold agent raises only absolute rules.
 */
export class Baseline {
  readonly source: BaselineSource;
  /** Profile used for numeric history (volumes, rates, resource counts). */
  readonly primary: AgentProfile | undefined;
  /** 1 when a mature history exists, `coldNoveltyFactor` otherwise. */
  readonly noveltyFactor: number;

  constructor(
    readonly agent: AgentProfile | undefined,
    readonly cohort: AgentProfile | undefined,
    config: Pick<DetectionConfig, 'minAgentSessions' | 'minCohortSessions' | 'coldNoveltyFactor'>,
    /** Compiled once per configuration by the scorer; none unless given. */
    private readonly approvals: ApprovalMatcher = NO_APPROVALS,
  ) {
    if (agent !== undefined && agent.sessions >= config.minAgentSessions) this.source = 'agent';
    else if (cohort !== undefined && cohort.sessions >= config.minCohortSessions) this.source = 'cohort';
    else this.source = 'none';
    this.primary = this.source === 'agent' ? agent : this.source === 'cohort' ? cohort : undefined;
    this.noveltyFactor = this.source === 'none' ? config.coldNoveltyFactor : 1;
  }

  get mature(): boolean {
    return this.source !== 'none';
  }

  private lookup(pick: (p: AgentProfile) => CountMap | undefined, key: string): CountEntry | undefined {
    const own = (m: CountMap | undefined): CountEntry | undefined => (m !== undefined && Object.hasOwn(m, key) ? m[key] : undefined);
    const a = this.agent === undefined ? undefined : own(pick(this.agent));
    const c = this.cohort === undefined ? undefined : own(pick(this.cohort));
    if (a === undefined) return c;
    if (c === undefined) return a;
    return overlappingEntry(a, c);
  }

  tool(name: string): CountEntry | undefined {
    return this.lookup((p) => p.tools, name);
  }

  destination(kind: DestinationKind, value: string): CountEntry | undefined {
    return this.lookup((p) => p.destinations[kind], value);
  }

  dataDomain(domain: string): CountEntry | undefined {
    return this.lookup((p) => p.dataDomains, domain);
  }

  /** Approved ahead of time (profile/approvals.ts): not new, whatever the history says. */
  approvedTool(name: string): boolean {
    return this.approvals.tool(name);
  }

  approvedDataDomain(domain: string): boolean {
    return this.approvals.dataDomain(domain);
  }

  approvedDestination(d: Destination): boolean {
    return this.approvals.destination(d);
  }

  resource(name: string): CountEntry | undefined {
    return this.lookup((p) => p.resources, name);
  }

  /** Hosts the tool talked to (agent and cohort together) and how many calls that history holds. */
  hostsForTool(tool: string): { hosts: CountMap; history: number } {
    const hosts: CountMap = {};
    for (const p of [this.agent, this.cohort]) {
      for (const [h, e] of Object.entries(p?.hostsByTool[tool] ?? {})) {
        const prev = hosts[h];
        hosts[h] = prev === undefined ? { ...e } : overlappingEntry(prev, e);
      }
    }
    let history = 0;
    for (const e of Object.values(hosts)) history += e.n;
    return { hosts, history };
  }

  /** Whether any tool of a service (its name starts with `prefix`, `isbank.`) reached `host` for the agent or its cohort. */
  hostKnownForService(prefix: string, host: string): boolean {
    for (const p of [this.agent, this.cohort]) {
      for (const [tool, hosts] of Object.entries(p?.hostsByTool ?? {})) if (tool.startsWith(prefix) && Object.hasOwn(hosts, host)) return true;
    }
    return false;
  }

  /** Share of learned sessions that introduced a new destination of this kind (0 = closed set). */
  destinationNoveltyRate(kind: DestinationKind): number {
    const p = this.primary;
    if (p === undefined || p.sessions === 0) return 0;
    return p.destinationNovelty[kind] / p.sessions;
  }
}
