import { WardenError } from '@warden/core';
import type { WardenConfig } from '../config/load-config';

export function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** A busy port is the most common start failure; say which setting moves it. */
export function explainListenError(err: unknown, config: WardenConfig): unknown {
  const e = err as NodeJS.ErrnoException & { port?: number };
  const text = `${e?.message ?? ''} ${String(e?.cause ?? '')}`;
  if (e?.code === 'EADDRINUSE' || /EADDRINUSE|address already in use|No address added out of total/i.test(text)) {
    return new WardenError(
      'LISTEN_PORT_IN_USE',
      `a receiver port is already in use (gRPC ${config.otlpGrpcPort}, HTTP ${config.otlpHttpPort}): another Warden or an OpenTelemetry Collector may be running. Stop it, or set WARDEN_OTLP_GRPC_PORT / WARDEN_OTLP_HTTP_PORT.`,
      { cause: err },
    );
  }
  if (e?.code === 'EACCES') {
    return new WardenError('LISTEN_PORT_DENIED', `not allowed to listen on the configured ports: ${e.message}. Use ports above 1024.`, { cause: err });
  }
  return err;
}
