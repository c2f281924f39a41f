import { execFile } from 'node:child_process';
import * as path from 'node:path';

/** One turn the agent exported, as test/agents/attacked-support-agent.js prints it. */
export interface TurnExport {
  readonly turn: number;
  readonly code: number;
  readonly error: string | null;
  readonly exportedAtMs: number;
}

export interface AttackedAgentOptions {
  readonly protocol: 'grpc' | 'http/protobuf';
  /** `host:port` of Warden's OTLP receiver. */
  readonly endpoint: string;
  readonly agentId: string;
  readonly sessionId: string;
  /** The address the injected instruction names and the agent then e-mails. */
  readonly attacker: string;
  readonly token?: string;
  /** Which of the two turns to play (default both): a test can act between them. */
  readonly turns?: readonly (1 | 2)[];
}

/**
 * Plays one injected-then-exfiltrating support session in its own process, through the official
 * OpenTelemetry exporters, as a real agent would; resolves with each exported turn.
 */
export function runAttackedAgent(options: AttackedAgentOptions): Promise<TurnExport[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(__dirname, '..', 'agents', 'attacked-support-agent.js'), JSON.stringify(options)],
      { timeout: 30_000 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`agent process failed: ${err.message}\n${stderr}`));
        resolve(
          stdout
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as TurnExport),
        );
      },
    );
  });
}
