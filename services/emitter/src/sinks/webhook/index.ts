export type { WebhookConfig, WebhookPayloadFormat } from './webhook-config';
export { DEFAULT_WEBHOOK_SETTINGS, describeWebhookEndpoint, validateWebhookConfig, webhookConfigWarnings } from './webhook-config';
export { encodeWebhookPayload, webhookEventType } from './webhook-payload';
export { classifyWebhookResponse } from './classify-webhook-response';
export { classifyWebhookTransportError } from './classify-webhook-transport-error';
export type { WebhookTargetDeps } from './webhook-target';
export { createWebhookTarget } from './webhook-target';
