import { ConfigError, WardenError } from '@warden/core';

export const DEFAULT_ADMIN_URL = 'http://127.0.0.1:9464';

/** The options every command that talks to a running Warden takes (`--url`, `--token`). */
export const ADMIN_CONNECTION_OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
} as const;

export interface AdminClientOptions {
  /** Base URL of the admin port, e.g. http://127.0.0.1:9464 (a path prefix behind a proxy is kept). */
  readonly url: string;
  readonly token?: string;
  readonly timeoutMs?: number;
}

export interface AdminClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/** `--url`/`--token` win over WARDEN_ADMIN_URL/WARDEN_ADMIN_TOKEN; the URL must be http(s). */
export function adminClientOptions(values: Readonly<Record<string, unknown>>, env: NodeJS.ProcessEnv): AdminClientOptions {
  const url = typeof values.url === 'string' ? values.url : (env.WARDEN_ADMIN_URL ?? DEFAULT_ADMIN_URL);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username !== '' || parsed.password !== '') {
    throw new ConfigError([
      `WARDEN_ADMIN_URL (or --url) must be the http:// or https:// address of Warden's admin port without credentials, such as ${DEFAULT_ADMIN_URL}; got "${parsed ? parsed.origin : url.slice(0, 80)}"`,
    ]);
  }
  const token = typeof values.token === 'string' ? values.token : env.WARDEN_ADMIN_TOKEN;
  return { url, ...(token ? { token } : {}) };
}

/**
 * The CLI's side of the admin API. A refusal becomes a WardenError carrying the API's code and
 * message (the CLI exits 1 with it); the token goes only into the Authorization header.
 */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const base = options.url.replace(/\/+$/, '');
  const where = new URL(options.url).origin;

  const request = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      throw new WardenError(
        'ADMIN_API_UNREACHABLE',
        `cannot reach Warden's admin API at ${where} (${cause}); is Warden running? Set WARDEN_ADMIN_URL or pass --url`,
        { retriable: true, cause: err },
      );
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new WardenError('ADMIN_API_BAD_ANSWER', `${where} answered ${res.status} without JSON; is it Warden's admin port (WARDEN_ADMIN_URL)?`);
    }
    if (!res.ok) {
      const error = (parsed as { error?: { code?: unknown; message?: unknown } }).error;
      const code = typeof error?.code === 'string' ? error.code : `HTTP_${res.status}`;
      const message = typeof error?.message === 'string' ? error.message : `the admin API answered ${res.status}`;
      throw new WardenError(code, `the admin API refused (${res.status}): ${message}`, { context: { status: res.status } });
    }
    return parsed as T;
  };

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
  };
}
