import { silentLogger } from '@warden/core';
import { Registry } from 'prom-client';
import { createAdminServer } from '../../telemetry/admin-server';
import { parseAdminTokens } from '../admin-tokens';
import { TEST_TOKENS, type FakeResponderControl } from './fake-responder-control';

/** A real admin server on a free port with vera (viewer), alice and bob (approvers), root-ops (admin). */
export async function startTestAdminServer(responder: FakeResponderControl): Promise<{ url: string; stop: () => Promise<void> }> {
  const tokens = parseAdminTokens(
    `${TEST_TOKENS.viewer}=vera:viewer,${TEST_TOKENS.approver}=alice:approver,${TEST_TOKENS.approver2}=bob:approver,${TEST_TOKENS.admin}=root-ops:admin`,
  );
  const admin = createAdminServer({ host: '127.0.0.1', port: 0, tokens }, { registry: new Registry(), components: () => ({}), logger: silentLogger, responder });
  await admin.start();
  return { url: `http://127.0.0.1:${admin.port()}`, stop: () => admin.stop() };
}
