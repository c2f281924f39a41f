/**
 * Which attack corpus the live phase mixes in. `standard` is the catalogue the detection rules
 * were tuned against; `holdout` (src/holdout/) was written apart from the detection code, so
 * scoring it measures how the rules do on traffic they never saw. `holdout-b` (src/holdout-b/) is
 * a second such set, written once `holdout` had been used to improve the rules, so that there is
 * always one corpus nobody has tuned on; `holdout-c` (src/holdout-c/) is the third, written once
 * both earlier ones had been used; `holdout-d` (src/holdout-d/) is the fourth, written once all three
 * had informed rule changes; `holdout-e` (src/holdout-e/) is the fifth, written when holdout-d's misses
 * were about to be worked on; `holdout-f` (src/holdout-f/) is the sixth, written when holdout-e's were; `holdout-g`
 * (src/holdout-g/) is a seventh, written alongside holdout-f by another hand, unseen until round six; `holdout-h`
 * (src/holdout-h/) is an eighth, written when holdout-f's and holdout-g's misses were about to be worked on; `holdout-i`
 * (src/holdout-i/) is a ninth, written when holdout-h's were; `holdout-j` (src/holdout-j/) is a tenth, written when holdout-h's
 * and holdout-i's were; `holdout-k` (src/holdout-k/) is an eleventh, written when holdout-j's were; `holdout-l`
 * (src/holdout-l/) is a twelfth, written when holdout-k's were; `holdout-m` (src/holdout-m/) is a thirteenth, written when
 * holdout-k's and holdout-l's were about to be; `holdout-n` (src/holdout-n/) is a fourteenth, written when holdout-m's
 * were about to be; `holdout-o` (src/holdout-o/) is a fifteenth, written when holdout-n's were about to be;
 * `holdout-p` (src/holdout-p/) is a sixteenth, written when holdout-o's were about to be; `holdout-q` (src/holdout-q/) is a
 * seventeenth, written when holdout-p's were about to be; `holdout-r` (src/holdout-r/) is an eighteenth, written when
 * holdout-q's were about to be; `holdout-s` (src/holdout-s/) is a nineteenth, written when holdout-q's and holdout-r's were
 * about to be; `holdout-t` (src/holdout-t/) is a twentieth, written when holdout-s's were about to be; `holdout-u` (src/holdout-u/)
 * is a twenty-first, written when holdout-t's were about to be; `holdout-v` (src/holdout-v/) is a twenty-second,
 * written when holdout-u's were about to be; `holdout-w` (src/holdout-w/) is a twenty-third, written when holdout-v's
 * were about to be; `holdout-x` (src/holdout-x/) is a twenty-fourth, written when holdout-w's were about to be.
 * History and ordinary traffic are the standard company's for every corpus up to holdout-ay: their
 * labelled sessions use tools of a world whose agents never used them before. A corpus whose world
 * brings its own ordinary work (ORDINARY_WORKFLOWS below) plays that instead, on the same plan, so
 * that a rare action of an agent's own workflow is measured as rare, not as never seen; `holdout-az`
 * (src/holdout-az/, a group of dental clinics in Slovenia) is the first such corpus, `holdout-ba`
 * (src/holdout-ba/, a freight forwarder and customs broker in Chile, Peru and Uruguay) the second,
 * `holdout-bb` (src/holdout-bb/, a farmers' cooperative and agri-input distributor in Kenya, Tanzania
 * and Uganda) the third, `holdout-bc` (src/holdout-bc/, a solar installer and island-microgrid operator
 * in Vietnam and the Philippines) the fourth, `holdout-bd` (src/holdout-bd/, a textile and garment
 * exporter in Turkey with offices in Georgia and Morocco) the fifth, `holdout-be` (src/holdout-be/, a
 * clinic and diagnostics-lab network in Brazil with a partner lab in Paraguay and a back office in
 * Portugal) the sixth.
 */
import { HOLDOUT_B_VARIANT_PREFIX } from '../holdout-b/campaign';
import { HOLDOUT_B_BUILDERS } from '../holdout-b/registry';
import { HOLDOUT_C_VARIANT_PREFIX } from '../holdout-c/campaign';
import { HOLDOUT_C_BUILDERS } from '../holdout-c/registry';
import { HOLDOUT_D_VARIANT_PREFIX } from '../holdout-d/campaign';
import { HOLDOUT_D_BUILDERS } from '../holdout-d/registry';
import { HOLDOUT_E_VARIANT_PREFIX } from '../holdout-e/campaign';
import { HOLDOUT_E_BUILDERS } from '../holdout-e/registry';
import { HOLDOUT_F_VARIANT_PREFIX } from '../holdout-f/campaign';
import { HOLDOUT_F_BUILDERS } from '../holdout-f/registry';
import { HOLDOUT_G_VARIANT_PREFIX } from '../holdout-g/campaign';
import { HOLDOUT_G_BUILDERS } from '../holdout-g/registry';
import { HOLDOUT_H_VARIANT_PREFIX } from '../holdout-h/campaign';
import { HOLDOUT_H_BUILDERS } from '../holdout-h/registry';
import { HOLDOUT_I_VARIANT_PREFIX } from '../holdout-i/campaign';
import { HOLDOUT_I_BUILDERS } from '../holdout-i/registry';
import { HOLDOUT_J_VARIANT_PREFIX } from '../holdout-j/campaign';
import { HOLDOUT_J_BUILDERS } from '../holdout-j/registry';
import { HOLDOUT_K_VARIANT_PREFIX } from '../holdout-k/campaign';
import { HOLDOUT_K_BUILDERS } from '../holdout-k/registry';
import { HOLDOUT_L_VARIANT_PREFIX } from '../holdout-l/campaign';
import { HOLDOUT_L_BUILDERS } from '../holdout-l/registry';
import { HOLDOUT_M_VARIANT_PREFIX } from '../holdout-m/campaign';
import { HOLDOUT_M_BUILDERS } from '../holdout-m/registry';
import { HOLDOUT_N_VARIANT_PREFIX } from '../holdout-n/campaign';
import { HOLDOUT_N_BUILDERS } from '../holdout-n/registry';
import { HOLDOUT_O_VARIANT_PREFIX } from '../holdout-o/campaign';
import { HOLDOUT_O_BUILDERS } from '../holdout-o/registry';
import { HOLDOUT_P_VARIANT_PREFIX } from '../holdout-p/campaign';
import { HOLDOUT_P_BUILDERS } from '../holdout-p/registry';
import { HOLDOUT_Q_VARIANT_PREFIX } from '../holdout-q/campaign';
import { HOLDOUT_Q_BUILDERS } from '../holdout-q/registry';
import { HOLDOUT_R_VARIANT_PREFIX } from '../holdout-r/campaign';
import { HOLDOUT_R_BUILDERS } from '../holdout-r/registry';
import { HOLDOUT_S_VARIANT_PREFIX } from '../holdout-s/campaign';
import { HOLDOUT_S_BUILDERS } from '../holdout-s/registry';
import { HOLDOUT_T_VARIANT_PREFIX } from '../holdout-t/campaign';
import { HOLDOUT_T_BUILDERS } from '../holdout-t/registry';
import { HOLDOUT_U_VARIANT_PREFIX } from '../holdout-u/campaign';
import { HOLDOUT_U_BUILDERS } from '../holdout-u/registry';
import { HOLDOUT_V_VARIANT_PREFIX } from '../holdout-v/campaign';
import { HOLDOUT_V_BUILDERS } from '../holdout-v/registry';
import { HOLDOUT_W_VARIANT_PREFIX } from '../holdout-w/campaign';
import { HOLDOUT_W_BUILDERS } from '../holdout-w/registry';
import { HOLDOUT_X_VARIANT_PREFIX } from '../holdout-x/campaign';
import { HOLDOUT_X_BUILDERS } from '../holdout-x/registry';
import { HOLDOUT_Y_VARIANT_PREFIX } from '../holdout-y/campaign';
import { HOLDOUT_Y_BUILDERS } from '../holdout-y/registry';
import { HOLDOUT_Z_VARIANT_PREFIX } from '../holdout-z/campaign';
import { HOLDOUT_Z_BUILDERS } from '../holdout-z/registry';
import { HOLDOUT_AA_VARIANT_PREFIX } from '../holdout-aa/campaign';
import { HOLDOUT_AA_BUILDERS } from '../holdout-aa/registry';
import { HOLDOUT_AB_VARIANT_PREFIX } from '../holdout-ab/campaign';
import { HOLDOUT_AB_BUILDERS } from '../holdout-ab/registry';
import { HOLDOUT_AC_VARIANT_PREFIX } from '../holdout-ac/campaign';
import { HOLDOUT_AC_BUILDERS } from '../holdout-ac/registry';
import { HOLDOUT_AD_VARIANT_PREFIX } from '../holdout-ad/campaign';
import { HOLDOUT_AD_BUILDERS } from '../holdout-ad/registry';
import { HOLDOUT_AE_VARIANT_PREFIX } from '../holdout-ae/campaign';
import { HOLDOUT_AE_BUILDERS } from '../holdout-ae/registry';
import { HOLDOUT_AF_VARIANT_PREFIX } from '../holdout-af/campaign';
import { HOLDOUT_AF_BUILDERS } from '../holdout-af/registry';
import { HOLDOUT_AG_VARIANT_PREFIX } from '../holdout-ag/campaign';
import { HOLDOUT_AG_BUILDERS } from '../holdout-ag/registry';
import { HOLDOUT_AH_VARIANT_PREFIX } from '../holdout-ah/campaign';
import { HOLDOUT_AH_BUILDERS } from '../holdout-ah/registry';
import { HOLDOUT_AI_VARIANT_PREFIX } from '../holdout-ai/campaign';
import { HOLDOUT_AI_BUILDERS } from '../holdout-ai/registry';
import { HOLDOUT_AJ_VARIANT_PREFIX } from '../holdout-aj/campaign';
import { HOLDOUT_AJ_BUILDERS } from '../holdout-aj/registry';
import { HOLDOUT_AK_VARIANT_PREFIX } from '../holdout-ak/campaign';
import { HOLDOUT_AK_BUILDERS } from '../holdout-ak/registry';
import { HOLDOUT_AL_VARIANT_PREFIX } from '../holdout-al/campaign';
import { HOLDOUT_AL_BUILDERS } from '../holdout-al/registry';
import { HOLDOUT_AM_VARIANT_PREFIX } from '../holdout-am/campaign';
import { HOLDOUT_AM_BUILDERS } from '../holdout-am/registry';
import { HOLDOUT_AN_VARIANT_PREFIX } from '../holdout-an/campaign';
import { HOLDOUT_AN_BUILDERS } from '../holdout-an/registry';
import { HOLDOUT_AO_VARIANT_PREFIX } from '../holdout-ao/campaign';
import { HOLDOUT_AO_BUILDERS } from '../holdout-ao/registry';
import { HOLDOUT_AP_VARIANT_PREFIX } from '../holdout-ap/campaign';
import { HOLDOUT_AP_BUILDERS } from '../holdout-ap/registry';
import { HOLDOUT_AQ_VARIANT_PREFIX } from '../holdout-aq/campaign';
import { HOLDOUT_AQ_BUILDERS } from '../holdout-aq/registry';
import { HOLDOUT_AR_VARIANT_PREFIX } from '../holdout-ar/campaign';
import { HOLDOUT_AR_BUILDERS } from '../holdout-ar/registry';
import { HOLDOUT_AS_VARIANT_PREFIX } from '../holdout-as/campaign';
import { HOLDOUT_AS_BUILDERS } from '../holdout-as/registry';
import { HOLDOUT_AT_VARIANT_PREFIX } from '../holdout-at/campaign';
import { HOLDOUT_AT_BUILDERS } from '../holdout-at/registry';
import { HOLDOUT_AU_VARIANT_PREFIX } from '../holdout-au/campaign';
import { HOLDOUT_AU_BUILDERS } from '../holdout-au/registry';
import { HOLDOUT_AV_VARIANT_PREFIX } from '../holdout-av/campaign';
import { HOLDOUT_AV_BUILDERS } from '../holdout-av/registry';
import { HOLDOUT_AW_VARIANT_PREFIX } from '../holdout-aw/campaign';
import { HOLDOUT_AW_BUILDERS } from '../holdout-aw/registry';
import { HOLDOUT_AX_VARIANT_PREFIX } from '../holdout-ax/campaign';
import { HOLDOUT_AX_BUILDERS } from '../holdout-ax/registry';
import { HOLDOUT_AY_VARIANT_PREFIX } from '../holdout-ay/campaign';
import { HOLDOUT_AY_BUILDERS } from '../holdout-ay/registry';
import { HOLDOUT_AZ_VARIANT_PREFIX } from '../holdout-az/campaign';
import { HOLDOUT_AZ_WORKFLOWS } from '../holdout-az/ordinary';
import { COMPANY_DOMAIN as HOLDOUT_AZ_COMPANY_DOMAIN } from '../holdout-az/ordinary/world';
import { HOLDOUT_AZ_BUILDERS } from '../holdout-az/registry';
import { HOLDOUT_BA_VARIANT_PREFIX } from '../holdout-ba/campaign';
import { HOLDOUT_BA_WORKFLOWS } from '../holdout-ba/ordinary';
import { COMPANY_DOMAIN as HOLDOUT_BA_COMPANY_DOMAIN } from '../holdout-ba/ordinary/world';
import { HOLDOUT_BA_BUILDERS } from '../holdout-ba/registry';
import { HOLDOUT_BB_VARIANT_PREFIX } from '../holdout-bb/campaign';
import { HOLDOUT_BB_WORKFLOWS } from '../holdout-bb/ordinary';
import { COMPANY_DOMAIN as HOLDOUT_BB_COMPANY_DOMAIN } from '../holdout-bb/ordinary/world';
import { HOLDOUT_BB_BUILDERS } from '../holdout-bb/registry';
import { HOLDOUT_BC_VARIANT_PREFIX } from '../holdout-bc/campaign';
import { HOLDOUT_BC_WORKFLOWS } from '../holdout-bc/ordinary';
import { COMPANY_DOMAIN as HOLDOUT_BC_COMPANY_DOMAIN } from '../holdout-bc/ordinary/world';
import { HOLDOUT_BC_BUILDERS } from '../holdout-bc/registry';
import { HOLDOUT_BD_VARIANT_PREFIX } from '../holdout-bd/campaign';
import { HOLDOUT_BD_WORKFLOWS } from '../holdout-bd/ordinary';
import { COMPANY_DOMAIN as HOLDOUT_BD_COMPANY_DOMAIN } from '../holdout-bd/ordinary/world';
import { HOLDOUT_BD_BUILDERS } from '../holdout-bd/registry';
import { HOLDOUT_BE_VARIANT_PREFIX } from '../holdout-be/campaign';
import { HOLDOUT_BE_WORKFLOWS } from '../holdout-be/ordinary';
import { COMPANY_DOMAIN as HOLDOUT_BE_COMPANY_DOMAIN } from '../holdout-be/ordinary/world';
import { HOLDOUT_BE_BUILDERS } from '../holdout-be/registry';
import { HOLDOUT_VARIANT_PREFIX } from '../holdout/campaign';
import { HOLDOUT_BUILDERS } from '../holdout/registry';
import { PUBLIC_GARAK_VARIANT_PREFIX } from '../public-garak/campaign';
import { PUBLIC_GARAK_BUILDERS } from '../public-garak/registry';
import type { AgentType } from '../fleet';
import { STANDARD_WORKFLOWS } from '../workflows/standard';
import type { Workflow } from '../workflows/workflow';
import type { ScenarioBuilder, ScenarioId } from './catalogue';
import { SCENARIO_BUILDERS } from './registry';

// The corpora are named once, here; the type follows, and the compiler holds every Record below to it.
const CORPUS_NAMES = ['standard', 'holdout', 'holdout-b', 'holdout-c', 'holdout-d', 'holdout-e', 'holdout-f', 'holdout-g', 'holdout-h', 'holdout-i', 'holdout-j', 'holdout-k', 'holdout-l', 'holdout-m', 'holdout-n', 'holdout-o', 'holdout-p', 'holdout-q', 'holdout-r', 'holdout-s', 'holdout-t', 'holdout-u', 'holdout-v', 'holdout-w', 'holdout-x', 'holdout-y', 'holdout-z', 'holdout-aa', 'holdout-ab', 'holdout-ac', 'holdout-ad', 'holdout-ae', 'holdout-af', 'holdout-ag', 'holdout-ah', 'holdout-ai', 'holdout-aj', 'holdout-ak', 'holdout-al', 'holdout-am', 'holdout-an', 'holdout-ao', 'holdout-ap', 'holdout-aq', 'holdout-ar', 'holdout-as', 'holdout-at', 'holdout-au', 'holdout-av', 'holdout-aw', 'holdout-ax', 'holdout-ay', 'holdout-az', 'holdout-ba', 'holdout-bb', 'holdout-bc', 'holdout-bd', 'holdout-be', 'public-garak'] as const;

export type ScenarioCorpus = (typeof CORPUS_NAMES)[number];

export const SCENARIO_CORPORA: readonly ScenarioCorpus[] = CORPUS_NAMES;

const BUILDERS: Readonly<Record<ScenarioCorpus, Readonly<Record<ScenarioId, ScenarioBuilder>>>> = {
  standard: SCENARIO_BUILDERS,
  holdout: HOLDOUT_BUILDERS,
  'holdout-b': HOLDOUT_B_BUILDERS,
  'holdout-c': HOLDOUT_C_BUILDERS,
  'holdout-d': HOLDOUT_D_BUILDERS,
  'holdout-e': HOLDOUT_E_BUILDERS,
  'holdout-f': HOLDOUT_F_BUILDERS,
  'holdout-g': HOLDOUT_G_BUILDERS,
  'holdout-h': HOLDOUT_H_BUILDERS,
  'holdout-i': HOLDOUT_I_BUILDERS,
  'holdout-j': HOLDOUT_J_BUILDERS,
  'holdout-k': HOLDOUT_K_BUILDERS,
  'holdout-l': HOLDOUT_L_BUILDERS,
  'holdout-m': HOLDOUT_M_BUILDERS,
  'holdout-n': HOLDOUT_N_BUILDERS,
  'holdout-o': HOLDOUT_O_BUILDERS,
  'holdout-p': HOLDOUT_P_BUILDERS,
  'holdout-q': HOLDOUT_Q_BUILDERS,
  'holdout-r': HOLDOUT_R_BUILDERS,
  'holdout-s': HOLDOUT_S_BUILDERS,
  'holdout-t': HOLDOUT_T_BUILDERS,
  'holdout-u': HOLDOUT_U_BUILDERS,
  'holdout-v': HOLDOUT_V_BUILDERS,
  'holdout-w': HOLDOUT_W_BUILDERS,
  'holdout-x': HOLDOUT_X_BUILDERS,
  'holdout-y': HOLDOUT_Y_BUILDERS,
  'holdout-z': HOLDOUT_Z_BUILDERS,
  'holdout-aa': HOLDOUT_AA_BUILDERS,
  'holdout-ab': HOLDOUT_AB_BUILDERS,
  'holdout-ac': HOLDOUT_AC_BUILDERS,
  'holdout-ad': HOLDOUT_AD_BUILDERS,
  'holdout-ae': HOLDOUT_AE_BUILDERS,
  'holdout-af': HOLDOUT_AF_BUILDERS,
  'holdout-ag': HOLDOUT_AG_BUILDERS,
  'holdout-ah': HOLDOUT_AH_BUILDERS,
  'holdout-ai': HOLDOUT_AI_BUILDERS,
  'holdout-aj': HOLDOUT_AJ_BUILDERS,
  'holdout-ak': HOLDOUT_AK_BUILDERS,
  'holdout-al': HOLDOUT_AL_BUILDERS,
  'holdout-am': HOLDOUT_AM_BUILDERS,
  'holdout-an': HOLDOUT_AN_BUILDERS,
  'holdout-ao': HOLDOUT_AO_BUILDERS,
  'holdout-ap': HOLDOUT_AP_BUILDERS,
  'holdout-aq': HOLDOUT_AQ_BUILDERS,
  'holdout-ar': HOLDOUT_AR_BUILDERS,
  'holdout-as': HOLDOUT_AS_BUILDERS,
  'holdout-at': HOLDOUT_AT_BUILDERS,
  'holdout-au': HOLDOUT_AU_BUILDERS,
  'holdout-av': HOLDOUT_AV_BUILDERS,
  'holdout-aw': HOLDOUT_AW_BUILDERS,
  'holdout-ax': HOLDOUT_AX_BUILDERS,
  'holdout-ay': HOLDOUT_AY_BUILDERS,
  'holdout-az': HOLDOUT_AZ_BUILDERS,
  'holdout-ba': HOLDOUT_BA_BUILDERS,
  'holdout-bb': HOLDOUT_BB_BUILDERS,
  'holdout-bc': HOLDOUT_BC_BUILDERS,
  'holdout-bd': HOLDOUT_BD_BUILDERS,
  'holdout-be': HOLDOUT_BE_BUILDERS,
  'public-garak': PUBLIC_GARAK_BUILDERS,
};

export function scenarioBuilders(corpus: ScenarioCorpus): Readonly<Record<ScenarioId, ScenarioBuilder>> {
  return BUILDERS[corpus];
}

/** The corpora whose world has its own ordinary work; every other corpus plays the standard company's. */
const ORDINARY_WORKFLOWS: Partial<Record<ScenarioCorpus, Readonly<Record<AgentType, Workflow>>>> = {
  'holdout-az': HOLDOUT_AZ_WORKFLOWS,
  'holdout-ba': HOLDOUT_BA_WORKFLOWS,
  'holdout-bb': HOLDOUT_BB_WORKFLOWS,
  'holdout-bc': HOLDOUT_BC_WORKFLOWS,
  'holdout-bd': HOLDOUT_BD_WORKFLOWS,
  'holdout-be': HOLDOUT_BE_WORKFLOWS,
};

/** The workflows `corpus`'s ordinary sessions play, history and live, one per agent type. */
export function ordinaryWorkflows(corpus: ScenarioCorpus): Readonly<Record<AgentType, Workflow>> {
  return ORDINARY_WORKFLOWS[corpus] ?? STANDARD_WORKFLOWS;
}

/**
 * The domains the organisation of a corpus's world owns: what its administrators would set
 * WARDEN_INTERNAL_DOMAINS to. The standard company and every world that borrows its ordinary work
 * is acme.example; a world with its own company has its own domain too (the fleet's system prompts,
 * the same in every world, still name acme.example).
 */
const ORGANISATION_DOMAINS: Partial<Record<ScenarioCorpus, readonly string[]>> = {
  'holdout-az': ['acme.example', HOLDOUT_AZ_COMPANY_DOMAIN],
  'holdout-ba': ['acme.example', HOLDOUT_BA_COMPANY_DOMAIN],
  'holdout-bb': ['acme.example', HOLDOUT_BB_COMPANY_DOMAIN],
  'holdout-bc': ['acme.example', HOLDOUT_BC_COMPANY_DOMAIN],
  'holdout-bd': ['acme.example', HOLDOUT_BD_COMPANY_DOMAIN],
  'holdout-be': ['acme.example', HOLDOUT_BE_COMPANY_DOMAIN],
};

export function organisationDomains(corpus: ScenarioCorpus): readonly string[] {
  return ORGANISATION_DOMAINS[corpus] ?? ['acme.example'];
}

/** The prefix every variant of a held-out corpus carries (the standard catalogue has none). */
const VARIANT_PREFIX: Readonly<Record<ScenarioCorpus, string | undefined>> = {
  standard: undefined,
  holdout: HOLDOUT_VARIANT_PREFIX,
  'holdout-b': HOLDOUT_B_VARIANT_PREFIX,
  'holdout-c': HOLDOUT_C_VARIANT_PREFIX,
  'holdout-d': HOLDOUT_D_VARIANT_PREFIX,
  'holdout-e': HOLDOUT_E_VARIANT_PREFIX,
  'holdout-f': HOLDOUT_F_VARIANT_PREFIX,
  'holdout-g': HOLDOUT_G_VARIANT_PREFIX,
  'holdout-h': HOLDOUT_H_VARIANT_PREFIX,
  'holdout-i': HOLDOUT_I_VARIANT_PREFIX,
  'holdout-j': HOLDOUT_J_VARIANT_PREFIX,
  'holdout-k': HOLDOUT_K_VARIANT_PREFIX,
  'holdout-l': HOLDOUT_L_VARIANT_PREFIX,
  'holdout-m': HOLDOUT_M_VARIANT_PREFIX,
  'holdout-n': HOLDOUT_N_VARIANT_PREFIX,
  'holdout-o': HOLDOUT_O_VARIANT_PREFIX,
  'holdout-p': HOLDOUT_P_VARIANT_PREFIX,
  'holdout-q': HOLDOUT_Q_VARIANT_PREFIX,
  'holdout-r': HOLDOUT_R_VARIANT_PREFIX,
  'holdout-s': HOLDOUT_S_VARIANT_PREFIX,
  'holdout-t': HOLDOUT_T_VARIANT_PREFIX,
  'holdout-u': HOLDOUT_U_VARIANT_PREFIX,
  'holdout-v': HOLDOUT_V_VARIANT_PREFIX,
  'holdout-w': HOLDOUT_W_VARIANT_PREFIX,
  'holdout-x': HOLDOUT_X_VARIANT_PREFIX,
  'holdout-y': HOLDOUT_Y_VARIANT_PREFIX,
  'holdout-z': HOLDOUT_Z_VARIANT_PREFIX,
  'holdout-aa': HOLDOUT_AA_VARIANT_PREFIX,
  'holdout-ab': HOLDOUT_AB_VARIANT_PREFIX,
  'holdout-ac': HOLDOUT_AC_VARIANT_PREFIX,
  'holdout-ad': HOLDOUT_AD_VARIANT_PREFIX,
  'holdout-ae': HOLDOUT_AE_VARIANT_PREFIX,
  'holdout-af': HOLDOUT_AF_VARIANT_PREFIX,
  'holdout-ag': HOLDOUT_AG_VARIANT_PREFIX,
  'holdout-ah': HOLDOUT_AH_VARIANT_PREFIX,
  'holdout-ai': HOLDOUT_AI_VARIANT_PREFIX,
  'holdout-aj': HOLDOUT_AJ_VARIANT_PREFIX,
  'holdout-ak': HOLDOUT_AK_VARIANT_PREFIX,
  'holdout-al': HOLDOUT_AL_VARIANT_PREFIX,
  'holdout-am': HOLDOUT_AM_VARIANT_PREFIX,
  'holdout-an': HOLDOUT_AN_VARIANT_PREFIX,
  'holdout-ao': HOLDOUT_AO_VARIANT_PREFIX,
  'holdout-ap': HOLDOUT_AP_VARIANT_PREFIX,
  'holdout-aq': HOLDOUT_AQ_VARIANT_PREFIX,
  'holdout-ar': HOLDOUT_AR_VARIANT_PREFIX,
  'holdout-as': HOLDOUT_AS_VARIANT_PREFIX,
  'holdout-at': HOLDOUT_AT_VARIANT_PREFIX,
  'holdout-au': HOLDOUT_AU_VARIANT_PREFIX,
  'holdout-av': HOLDOUT_AV_VARIANT_PREFIX,
  'holdout-aw': HOLDOUT_AW_VARIANT_PREFIX,
  'holdout-ax': HOLDOUT_AX_VARIANT_PREFIX,
  'holdout-ay': HOLDOUT_AY_VARIANT_PREFIX,
  'holdout-az': HOLDOUT_AZ_VARIANT_PREFIX,
  'holdout-ba': HOLDOUT_BA_VARIANT_PREFIX,
  'holdout-bb': HOLDOUT_BB_VARIANT_PREFIX,
  'holdout-bc': HOLDOUT_BC_VARIANT_PREFIX,
  'holdout-bd': HOLDOUT_BD_VARIANT_PREFIX,
  'holdout-be': HOLDOUT_BE_VARIANT_PREFIX,
  'public-garak': PUBLIC_GARAK_VARIANT_PREFIX,
};

/** The corpus a label's variant comes from; the longest prefix wins (`holdout-` starts `holdout-b-`). */
export function corpusOfVariant(variant: string): ScenarioCorpus {
  let best: ScenarioCorpus = 'standard';
  let bestLength = 0;
  for (const corpus of SCENARIO_CORPORA) {
    const prefix = VARIANT_PREFIX[corpus];
    if (prefix !== undefined && prefix.length > bestLength && variant.startsWith(prefix)) {
      best = corpus;
      bestLength = prefix.length;
    }
  }
  return best;
}
