import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, WardenError } from '@warden/core';
import { SCENARIO_CORPORA } from '@warden/simulator';
import { runApprovals } from './commands/approvals';
import { runAudit } from './commands/audit';
import { runDemo } from './commands/demo';
import { runFindings } from './commands/findings';
import { runKillSwitch } from './commands/kill-switch';
import { printConfig } from './commands/config';
import { runSimulate } from './commands/simulate';
import { runService } from './commands/service';
import { runStart } from './commands/start';
import { runTestSinks } from './commands/test-sinks';
import { PRODUCT } from './product';

const USAGE = `warden ${PRODUCT.version} — security monitor for fleets of AI agents

Usage:
  warden start                  run Warden (embedded mode): OTLP in on :4317 (gRPC) and :4318 (HTTP),
                                OCSF findings out to $WARDEN_ALERTS_FILE and stdout
  warden receiver | baseline | scorer | emitter
                                with WARDEN_KAFKA_BROKERS: run one service of a Kafka deployment
                                (as many of each as there are partitions); \`warden start\` runs all four
  warden demo [--corpus C]      run Warden and a simulated fleet with attacks; watch them get caught
  warden simulate --endpoint host:port [options]
                                send a simulated, labelled agent fleet to a running Warden; options:
                                --protocol grpc|http/protobuf|http/json  --token T  --seed N
                                --agents-per-type N  --history N  --live N  --rate N (sessions/s)
                                --scenarios all|id,id  --labels FILE (ground truth, JSON Lines)
                                --corpus ${SCENARIO_CORPORA.join('|')}
                                (attack sessions written apart from the detection rules;
                                docs/scenarios.md)
  warden config                 list every setting, its variable and its current value
  warden test-sinks [--json]    send one synthetic (Informational) finding to every configured sink
                                and report what each answered; exits 1 if any did not accept it
  warden approvals list [--status pending|approved|denied|expired|all] [--json]
                                response actions waiting for a person, with age, deadline and votes
  warden approvals show <id>    one approval request with its evidence bundle (JSON)
  warden approvals approve|deny <id> --reason "..."
                                vote on a pending action, as the person the admin token names
  warden findings benign <finding-id> --reason "..."
                                a person's verdict: the finding was benign; the SIEM sees it Suppressed,
                                its pending approvals are denied, and its session is learned so the
                                same work stops raising findings (once Warden has closed the finding)
  warden kill-switch on|off --reason "..."
                                stop (or resume) every automated action; detection and alerting go on
  warden kill-switch status     kill switch, shadow mode, circuit breaker and pending approvals
  warden audit verify [--file F]
                                check the audit log's hash chain offline (default
                                $WARDEN_DATA_DIR/audit/audit.jsonl); exits 1 naming the first bad entry
  warden help | --version

Settings come from WARDEN_* environment variables (and WARDEN_CONFIG_FILE); see \`warden config\`.
approvals, findings and kill-switch talk to a running Warden's admin port: WARDEN_ADMIN_URL (default
http://127.0.0.1:9464) and WARDEN_ADMIN_TOKEN, or --url and --token. Exit codes: 0 ok, 1 refused
or failed, 2 bad usage or configuration.
`;

/** Exit codes: 0 ok, 1 runtime failure, 2 bad usage or configuration. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        return await runStart(rest);
      case 'receiver':
      case 'baseline':
      case 'scorer':
      case 'emitter':
        return await runService(command, rest);
      case 'demo':
        return await runDemo(rest);
      case 'simulate':
        return await runSimulate(rest);
      case 'config':
        return printConfig(rest);
      case 'test-sinks':
        return await runTestSinks(rest);
      case 'approvals':
        return await runApprovals(rest);
      case 'findings':
        return await runFindings(rest);
      case 'kill-switch':
        return await runKillSwitch(rest);
      case 'audit':
        return await runAudit(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      case '--version':
      case 'version':
        process.stdout.write(`${PRODUCT.version}\n`);
        return 0;
      default:
        process.stderr.write(`warden: unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    return reportFatal(err);
  }
}

export function reportFatal(err: unknown): number {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\nRun \`warden config\` to see every setting.\n`);
    return 2;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`warden: ${err.message}\n`);
    return 2;
  }
  if (err instanceof WardenError) {
    process.stderr.write(`warden: ${err.message} [${err.code}]\n`);
    return 1;
  }
  process.stderr.write(`warden: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 1;
}

export class UsageError extends Error {}

/** parseOptions for commands that also take positional words (a subcommand, an id). */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * The `--reason` a decision needs (an approval, the kill switch, a review): trimmed, never empty,
 * because it is the audit log's answer to "why". `command` and `goesTo` make the error say which
 * command wants it and who reads it. The admin API checks the same field of the request body
 * (json-http's requiredReason) and also bounds its length; this one fails before any call is made.
 */
export function requiredReasonOption(values: Record<string, string | boolean | undefined>, command: string, goesTo: string): string {
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  if (reason === '') throw new UsageError(`${command} needs --reason "why": it goes into ${goesTo}`);
  return reason;
}

/** parseArgs with errors turned into usage errors that say what was wrong. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
