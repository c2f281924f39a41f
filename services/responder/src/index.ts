export type { ApprovalView, FindingReviewView, ForensicBundle, ResponderControl, ResponderStats, ResponderStatus, ReviewResult, VoteResult } from './responder-control';
export type { Responder, ResponderConfig, ResponderDeps } from './responder';
export { createResponder } from './responder';
export type { ControlPlaneRetryPolicy, ControlPlaneSettings } from './control-plane-client';
export { DEFAULT_CONTROL_PLANE_RETRY } from './control-plane-client';
export type { ControlPlaneActionBody, ControlPlaneEventType, ControlPlaneVerdict } from './control-plane-request';
export { classifyControlPlaneResponse, controlPlaneBody, controlPlaneWebhookId } from './control-plane-request';
