export type {
  OcsfAiAgent,
  OcsfAnalytic,
  OcsfAttack,
  OcsfDetectionFinding,
  OcsfEntityRef,
  OcsfEvidence,
  OcsfFindingInfo,
  OcsfKeyValue,
  OcsfMetadata,
  OcsfObservable,
  OcsfRelatedEvent,
  OcsfResourceDetails,
  OcsfResponseData,
  OcsfSignalData,
} from './detection-finding';
export { DETECTION_FINDING_CLASS_UID, FINDINGS_CATEGORY_UID, OCSF_SCHEMA_VERSION } from './detection-finding';
export type { DetectionFindingContext } from './map-finding';
export { DETECTION_FINDING_LIMITS, forensicBundleUrl, toDetectionFinding } from './map-finding';
export type { OcsfResponseControl } from './response-note';
export type { OcsfValidationCode, OcsfValidationError } from './schema-validator';
export { OcsfSchemaValidator } from './schema-validator';
export type { OcsfSchemaFiles, SchemaDocument } from './schema-files';
export { DEFAULT_SCHEMA_DIR, readSchemaFiles } from './schema-files';
export { attackFor, attacksFor } from './attack-catalog';
export { maskSecrets, maskSensitive } from './redact';
export type { PersonalDataKind } from './personal-data';
export { maskPersonalData, personalDataIn } from './personal-data';
