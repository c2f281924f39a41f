export type { SplunkHecAckConfig, SplunkHecConfig } from './splunk-hec-config';
export { DEFAULT_SPLUNK_HEC_SOURCE, DEFAULT_SPLUNK_HEC_SOURCETYPE, looksLikeHecToken, validateSplunkHecConfig } from './splunk-hec-config';
export type { SplunkHecEnvelope, SplunkHecEnvelopeMetadata, SplunkHecIndexedFields } from './splunk-hec-encoder';
export { encodeSplunkHecBatch, hecTimeFromEpochMs, toSplunkHecEnvelope } from './splunk-hec-encoder';
export type { ResponseHeaderReader } from './classify-splunk-hec-response';
export { classifySplunkHecResponse } from './classify-splunk-hec-response';
export { classifySplunkHecTransportError } from './classify-transport-error';
export type { SplunkHecReply } from './splunk-hec-reply';
export { parseSplunkHecAckStatus, parseSplunkHecReply } from './splunk-hec-reply';
export type { SplunkHecHealth, SplunkHecTarget, SplunkHecTargetDeps } from './splunk-hec-target';
export {
  SPLUNK_HEC_ACK_PATH,
  SPLUNK_HEC_EVENT_PATH,
  SPLUNK_HEC_HEALTH_PATH,
  createSplunkHecTarget,
} from './splunk-hec-target';
