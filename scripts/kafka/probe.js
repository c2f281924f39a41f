'use strict';
/**
 * Asks a Kafka broker whether it serves, speaking the wire protocol directly (one Metadata v1
 * request) so the broker scripts need no npm packages and work before `npm ci`.
 *
 * A TCP connect alone is not enough: something else may hold the port, and a KRaft broker accepts
 * connections before it has caught up with the metadata log. A Metadata answer that lists at
 * least one broker means clients can use it.
 */
const net = require('node:net');

const METADATA_API_KEY = 3;
const METADATA_VERSION = 1;
const CLIENT_ID = 'warden-kafka-probe';

function metadataRequest(correlationId) {
  const clientId = Buffer.from(CLIENT_ID, 'utf8');
  // Header v1 (api key, version, correlation id, client id) then the body: an empty topic array,
  // which in v1 means "no topics", so the answer is just the broker list.
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4);
  let at = 0;
  at = body.writeInt16BE(METADATA_API_KEY, at);
  at = body.writeInt16BE(METADATA_VERSION, at);
  at = body.writeInt32BE(correlationId, at);
  at = body.writeInt16BE(clientId.length, at);
  at += clientId.copy(body, at);
  body.writeInt32BE(0, at);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

/** Parses a Metadata v1 response (without its size prefix) into the brokers it lists. */
function parseMetadataResponse(frame, correlationId) {
  let at = 0;
  const int16 = () => { const v = frame.readInt16BE(at); at += 2; return v; };
  const int32 = () => { const v = frame.readInt32BE(at); at += 4; return v; };
  const string = () => {
    const len = int16();
    if (len < 0) return null;
    const v = frame.toString('utf8', at, at + len);
    at += len;
    return v;
  };
  if (int32() !== correlationId) throw new Error('answer does not match the request (not a Kafka broker?)');
  const count = int32();
  if (count < 0 || count > 10_000) throw new Error('malformed broker list (not a Kafka broker?)');
  const brokers = [];
  for (let i = 0; i < count; i++) {
    const nodeId = int32();
    const host = string();
    const port = int32();
    string(); // rack
    brokers.push({ nodeId, host, port });
  }
  return brokers;
}

/**
 * Resolves `{ serving: true, brokers }` when a Kafka broker answers on host:port,
 * `{ serving: false, listening, reason }` when none does; `listening` tells whether anything
 * accepted the connection at all (a broker still starting, or another program). Never rejects.
 */
function probeKafka({ host = 'localhost', port, timeoutMs = 2000 }) {
  return new Promise((resolve) => {
    const correlationId = 1 + Math.floor(Math.random() * 1_000_000);
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    let settled = false;
    let listening = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result.serving ? result : { ...result, listening });
    };
    const timer = setTimeout(() => finish({ serving: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.on('connect', () => {
      listening = true;
      socket.write(metadataRequest(correlationId));
    });
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const size = received.readInt32BE(0);
      if (size < 0 || size > 1_000_000) {
        finish({ serving: false, reason: `port ${port} answers, but not like a Kafka broker` });
        return;
      }
      if (received.length < 4 + size) return;
      try {
        const brokers = parseMetadataResponse(received.subarray(4, 4 + size), correlationId);
        finish(brokers.length > 0
          ? { serving: true, brokers }
          : { serving: false, reason: 'the broker lists no brokers yet (still starting)' });
      } catch (err) {
        finish({ serving: false, reason: `port ${port}: ${err.message}` });
      }
    });
    socket.on('error', (err) => finish({ serving: false, reason: err.code ?? err.message }));
    socket.on('close', () => finish({ serving: false, reason: 'connection closed before an answer' }));
  });
}

module.exports = { probeKafka, metadataRequest, parseMetadataResponse };
