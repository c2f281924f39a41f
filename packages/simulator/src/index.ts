export { Prng } from './prng';
export type { AgentInstance, AgentType, AgentTypeProfile, FleetOptions, SimulatedConvention } from './fleet';
export { AGENT_TYPES, AGENT_TYPE_PROFILES, buildFleet } from './fleet';
export type { InstrumentationScopeSpec, SpanAttributeValue, SpanEventSpec, SpanKindName, SpanSpec } from './span-spec';
export type { FindingExpectation, ScenarioExpectation, ScenarioId } from './scenarios/catalogue';
export { SCENARIO_EXPECTATIONS, SCENARIO_IDS } from './scenarios/catalogue';
export type { ScenarioCorpus } from './scenarios/corpus';
export { SCENARIO_CORPORA, corpusOfVariant } from './scenarios/corpus';
export { HOLDOUT_INDICATORS } from './holdout/indicators';
export { HOLDOUT_VARIANT_PREFIX } from './holdout/campaign';
export { HOLDOUT_B_INDICATORS } from './holdout-b/indicators';
export { HOLDOUT_B_VARIANT_PREFIX } from './holdout-b/campaign';
export { HOLDOUT_C_INDICATORS } from './holdout-c/indicators';
export { HOLDOUT_C_VARIANT_PREFIX } from './holdout-c/campaign';
export { HOLDOUT_D_INDICATORS } from './holdout-d/indicators';
export { HOLDOUT_D_VARIANT_PREFIX } from './holdout-d/campaign';
export { HOLDOUT_E_INDICATORS } from './holdout-e/indicators';
export { HOLDOUT_E_VARIANT_PREFIX } from './holdout-e/campaign';
export { HOLDOUT_F_INDICATORS } from './holdout-f/indicators';
export { HOLDOUT_F_VARIANT_PREFIX } from './holdout-f/campaign';
export { HOLDOUT_G_INDICATORS } from './holdout-g/indicators';
export { HOLDOUT_G_VARIANT_PREFIX } from './holdout-g/campaign';
export { HOLDOUT_H_INDICATORS } from './holdout-h/indicators';
export { HOLDOUT_H_VARIANT_PREFIX } from './holdout-h/campaign';
export { HOLDOUT_I_INDICATORS } from './holdout-i/indicators';
export { HOLDOUT_I_VARIANT_PREFIX } from './holdout-i/campaign';
export { HOLDOUT_J_INDICATORS } from './holdout-j/indicators';
export { HOLDOUT_J_VARIANT_PREFIX } from './holdout-j/campaign';
export { HOLDOUT_K_INDICATORS } from './holdout-k/indicators';
export { HOLDOUT_K_VARIANT_PREFIX } from './holdout-k/campaign';
export { HOLDOUT_L_INDICATORS } from './holdout-l/indicators';
export { HOLDOUT_L_VARIANT_PREFIX } from './holdout-l/campaign';
export { HOLDOUT_M_INDICATORS } from './holdout-m/indicators';
export { HOLDOUT_M_VARIANT_PREFIX } from './holdout-m/campaign';
export { HOLDOUT_N_INDICATORS } from './holdout-n/indicators';
export { HOLDOUT_N_VARIANT_PREFIX } from './holdout-n/campaign';
export { HOLDOUT_O_INDICATORS } from './holdout-o/indicators';
export { HOLDOUT_O_VARIANT_PREFIX } from './holdout-o/campaign';
export { HOLDOUT_P_INDICATORS } from './holdout-p/indicators';
export { HOLDOUT_P_VARIANT_PREFIX } from './holdout-p/campaign';
export { HOLDOUT_Q_INDICATORS } from './holdout-q/indicators';
export { HOLDOUT_Q_VARIANT_PREFIX } from './holdout-q/campaign';
export { HOLDOUT_R_INDICATORS } from './holdout-r/indicators';
export { HOLDOUT_R_VARIANT_PREFIX } from './holdout-r/campaign';
export { HOLDOUT_S_INDICATORS } from './holdout-s/indicators';
export { HOLDOUT_S_VARIANT_PREFIX } from './holdout-s/campaign';
export { HOLDOUT_T_INDICATORS } from './holdout-t/indicators';
export { HOLDOUT_T_VARIANT_PREFIX } from './holdout-t/campaign';
export { HOLDOUT_U_INDICATORS } from './holdout-u/indicators';
export { HOLDOUT_U_VARIANT_PREFIX } from './holdout-u/campaign';
export { HOLDOUT_V_INDICATORS } from './holdout-v/indicators';
export { HOLDOUT_V_VARIANT_PREFIX } from './holdout-v/campaign';
export { HOLDOUT_W_INDICATORS } from './holdout-w/indicators';
export { HOLDOUT_W_VARIANT_PREFIX } from './holdout-w/campaign';
export { HOLDOUT_X_INDICATORS } from './holdout-x/indicators';
export { HOLDOUT_X_VARIANT_PREFIX } from './holdout-x/campaign';
export { HOLDOUT_Y_INDICATORS } from './holdout-y/indicators';
export { HOLDOUT_Y_VARIANT_PREFIX } from './holdout-y/campaign';
export { HOLDOUT_Z_INDICATORS } from './holdout-z/indicators';
export { HOLDOUT_Z_VARIANT_PREFIX } from './holdout-z/campaign';
export { HOLDOUT_AA_INDICATORS } from './holdout-aa/indicators';
export { HOLDOUT_AA_VARIANT_PREFIX } from './holdout-aa/campaign';
export { HOLDOUT_AB_INDICATORS } from './holdout-ab/indicators';
export { HOLDOUT_AB_VARIANT_PREFIX } from './holdout-ab/campaign';
export { HOLDOUT_AC_INDICATORS } from './holdout-ac/indicators';
export { HOLDOUT_AC_VARIANT_PREFIX } from './holdout-ac/campaign';
export { HOLDOUT_AD_INDICATORS } from './holdout-ad/indicators';
export { HOLDOUT_AD_VARIANT_PREFIX } from './holdout-ad/campaign';
export { HOLDOUT_AE_INDICATORS } from './holdout-ae/indicators';
export { HOLDOUT_AE_VARIANT_PREFIX } from './holdout-ae/campaign';
export { HOLDOUT_AF_INDICATORS } from './holdout-af/indicators';
export { HOLDOUT_AF_VARIANT_PREFIX } from './holdout-af/campaign';
export { HOLDOUT_AG_INDICATORS } from './holdout-ag/indicators';
export { HOLDOUT_AG_VARIANT_PREFIX } from './holdout-ag/campaign';
export { HOLDOUT_AH_INDICATORS } from './holdout-ah/indicators';
export { HOLDOUT_AH_VARIANT_PREFIX } from './holdout-ah/campaign';
export { HOLDOUT_AI_INDICATORS } from './holdout-ai/indicators';
export { HOLDOUT_AI_VARIANT_PREFIX } from './holdout-ai/campaign';
export { HOLDOUT_AJ_INDICATORS } from './holdout-aj/indicators';
export { HOLDOUT_AJ_VARIANT_PREFIX } from './holdout-aj/campaign';
export { HOLDOUT_AK_INDICATORS } from './holdout-ak/indicators';
export { HOLDOUT_AK_VARIANT_PREFIX } from './holdout-ak/campaign';
export { HOLDOUT_AL_INDICATORS } from './holdout-al/indicators';
export { HOLDOUT_AL_VARIANT_PREFIX } from './holdout-al/campaign';
export { HOLDOUT_AM_INDICATORS } from './holdout-am/indicators';
export { HOLDOUT_AM_VARIANT_PREFIX } from './holdout-am/campaign';
export { HOLDOUT_AN_INDICATORS } from './holdout-an/indicators';
export { HOLDOUT_AN_VARIANT_PREFIX } from './holdout-an/campaign';
export { HOLDOUT_AO_INDICATORS } from './holdout-ao/indicators';
export { HOLDOUT_AO_VARIANT_PREFIX } from './holdout-ao/campaign';
export { HOLDOUT_AP_INDICATORS } from './holdout-ap/indicators';
export { HOLDOUT_AP_VARIANT_PREFIX } from './holdout-ap/campaign';
export { HOLDOUT_AQ_INDICATORS } from './holdout-aq/indicators';
export { HOLDOUT_AQ_VARIANT_PREFIX } from './holdout-aq/campaign';
export { HOLDOUT_AR_INDICATORS } from './holdout-ar/indicators';
export { HOLDOUT_AR_VARIANT_PREFIX } from './holdout-ar/campaign';
export { HOLDOUT_AS_INDICATORS } from './holdout-as/indicators';
export { HOLDOUT_AS_VARIANT_PREFIX } from './holdout-as/campaign';
export { HOLDOUT_AT_INDICATORS } from './holdout-at/indicators';
export { HOLDOUT_AT_VARIANT_PREFIX } from './holdout-at/campaign';
export { HOLDOUT_AU_INDICATORS } from './holdout-au/indicators';
export { HOLDOUT_AU_VARIANT_PREFIX } from './holdout-au/campaign';
export { HOLDOUT_AV_INDICATORS } from './holdout-av/indicators';
export { HOLDOUT_AV_VARIANT_PREFIX } from './holdout-av/campaign';
export { HOLDOUT_AW_INDICATORS } from './holdout-aw/indicators';
export { HOLDOUT_AW_VARIANT_PREFIX } from './holdout-aw/campaign';
export { HOLDOUT_AX_INDICATORS } from './holdout-ax/indicators';
export { HOLDOUT_AX_VARIANT_PREFIX } from './holdout-ax/campaign';
export { HOLDOUT_AY_INDICATORS } from './holdout-ay/indicators';
export { HOLDOUT_AY_VARIANT_PREFIX } from './holdout-ay/campaign';
export { HOLDOUT_AZ_INDICATORS } from './holdout-az/indicators';
export { HOLDOUT_AZ_VARIANT_PREFIX } from './holdout-az/campaign';
export { HOLDOUT_AZ_WORKFLOWS } from './holdout-az/ordinary';
export { PUBLIC_GARAK_INDICATORS } from './public-garak/registry';
export { PUBLIC_GARAK_VARIANT_PREFIX } from './public-garak/campaign';
export {
  ATTACK_INDICATORS,
  ATTACKER_ADDRESS,
  CONTENT_INJECTION,
  DRIFT_MODEL,
  DRIFT_PROMPT_VERSION,
  EXTERNAL_CONFIRMATION_ADDRESS,
  LEAK_ADDRESS,
  MEMORY_POISON,
  POISON_IBAN,
  PUBLIC_CHANNEL,
  UNKNOWN_HOST,
  UNKNOWN_TOOL,
} from './scenarios/indicators';
export type { LabelledSpan, ScenarioLabel } from './labels';
export { labelsToJsonLines } from './labels';
export type { SimulatedSession, SimulatedTraffic, TrafficOptions } from './traffic';
export { generateTraffic } from './traffic';
export type { OtlpProtocol } from './endpoint';
export { OTLP_PROTOCOLS, resolveEndpoint } from './endpoint';
export type { DeliveredSpan, SimulationOptions, SimulationPhase, SimulationProgress, SimulationReport } from './run-simulation';
export { runSimulation, SIMULATION_DEFAULTS } from './run-simulation';
export { deliveryKey, deliveryLog, type DeliveryLog } from './delivery-log';
