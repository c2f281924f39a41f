/** The receiver as a Component: start, ports, the one-time auth warning, graceful and bounded stop. */
import * as net from 'node:net';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { WardenError } from '@warden/core';
import { validateReceiverConfig } from './config';
import { createOtlpReceiver } from './otlp-receiver';
import {
  RawGrpcClient,
  RecordingLogger,
  RecordingPublisher,
  fixedClock,
  httpRequest,
  makeSpans,
  startReceiver,
} from './__tests__/harness';

const body = () =>
  Buffer.from(ProtobufTraceSerializer.serializeRequest(makeSpans([{ name: 'chat', agentId: 'a1', startOffsetMs: 0 }])) ?? []);
const PROTOBUF = { 'Content-Type': 'application/x-protobuf' };

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lifecycle', () => {
  test('stop() without start() and twice is safe; ports are unknown before start', async () => {
    const receiver = createOtlpReceiver(validateReceiverConfig({ grpcPort: 0, httpPort: 0 }), {
      publisher: new RecordingPublisher(),
      logger: new RecordingLogger(),
      clock: fixedClock,
    });
    expect(() => receiver.grpcPort()).toThrow(WardenError);
    await expect(receiver.stop()).resolves.toBeUndefined();
    await expect(receiver.stop()).resolves.toBeUndefined();
    // A stopped receiver does not come back.
    await expect(receiver.start()).rejects.toMatchObject({ code: 'RECEIVER_ALREADY_STARTED' });
  });

  test('binds ephemeral ports, refuses a second start, stops twice, and frees the ports', async () => {
    const { receiver } = await startReceiver();
    const grpcPort = receiver.grpcPort();
    const httpPort = receiver.httpPort();
    expect(grpcPort).toBeGreaterThan(0);
    expect(httpPort).toBeGreaterThan(0);
    expect(grpcPort).not.toBe(httpPort);
    await expect(receiver.start()).rejects.toMatchObject({ code: 'RECEIVER_ALREADY_STARTED' });
    await Promise.all([receiver.stop(), receiver.stop()]);
    await receiver.stop();
    expect(await refusesConnections(httpPort)).toBe(true);
    expect(await refusesConnections(grpcPort)).toBe(true);
  });

  test('without tokens: one warning at start, none per request, everything is tenant "default"', async () => {
    const { receiver, logger, publisher } = await startReceiver();
    try {
      for (let i = 0; i < 3; i++) {
        const reply = await httpRequest(receiver.httpPort(), { body: body(), headers: { ...PROTOBUF, Authorization: 'Bearer anything' } });
        expect(reply.status).toBe(200);
      }
      const warnings = logger.lines.filter((l) => l.level === 'warn');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.message).toMatch(/no receiver tokens/);
      expect(publisher.events.every((e) => e.tenant === 'default')).toBe(true);
    } finally {
      await receiver.stop();
    }
  });

  test('with tokens: no authentication warning', async () => {
    const { receiver, logger } = await startReceiver({ tokens: { 'tok-1': 'acme' } });
    await receiver.stop();
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(0);
  });

  test('a port in use fails start with an error naming the setting, and the receiver still stops cleanly', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      const receiver = createOtlpReceiver(validateReceiverConfig({ grpcPort: 0, httpPort: busy }), {
        publisher: new RecordingPublisher(),
        logger: new RecordingLogger(),
        clock: fixedClock,
      });
      const failure = await receiver.start().then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(failure).toBeInstanceOf(WardenError);
      expect((failure as WardenError).code).toBe('RECEIVER_LISTEN_FAILED');
      expect((failure as WardenError).message).toContain('receiver.httpPort');
      await receiver.stop();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe('graceful stop', () => {
  test('finishes requests in flight on both protocols, and refuses new connections meanwhile', async () => {
    const publisher = new RecordingPublisher();
    const { receiver } = await startReceiver({}, { publisher });
    const httpPort = receiver.httpPort();
    const grpcClient = new RawGrpcClient(receiver.grpcPort());
    const release = publisher.hold();

    const httpReply = httpRequest(httpPort, { body: body(), headers: PROTOBUF });
    const grpcReply = grpcClient.export(body());
    await publisher.untilHeld(2);
    let stopped = false;
    const stopping = receiver.stop().then(() => {
      stopped = true;
    });
    await settle(100);
    expect(stopped).toBe(false);
    expect(await refusesConnections(httpPort)).toBe(true);

    release();
    expect((await httpReply).status).toBe(200);
    expect((await grpcReply).code).toBe(GrpcStatus.OK);
    await stopping;
    grpcClient.close();
    expect(publisher.calls).toHaveLength(2);
  });

  test('gives up on requests stuck downstream after shutdownTimeoutMs', async () => {
    const publisher = new RecordingPublisher();
    const { receiver, logger } = await startReceiver({ shutdownTimeoutMs: 300 }, { publisher });
    publisher.hold(); // never released
    const stuck = httpRequest(receiver.httpPort(), { body: body(), headers: PROTOBUF }).then(
      (r) => r.status,
      () => 'connection closed',
    );
    await publisher.untilHeld(1);
    const started = Date.now();
    await receiver.stop();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await stuck).toBe('connection closed');
    expect(logger.lines.some((l) => l.level === 'warn' && /still in flight/.test(l.message))).toBe(true);
  });
});

describe('stop during start', () => {
  test('a stop() issued while binding leaves nothing listening', async () => {
    const receiver = createOtlpReceiver(validateReceiverConfig({ grpcPort: 0, httpPort: 0 }), {
      publisher: new RecordingPublisher(),
      logger: new RecordingLogger(),
      clock: fixedClock,
    });
    const started = receiver.start();
    const stopped = receiver.stop();
    await started;
    await stopped;
    expect(await refusesConnections(receiver.httpPort())).toBe(true);
    expect(await refusesConnections(receiver.grpcPort())).toBe(true);
  });
});
