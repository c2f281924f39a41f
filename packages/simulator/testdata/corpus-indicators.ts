/**
 * The payload strings each corpus plants (addresses, hosts, accounts of its attackers), by corpus,
 * so that one check can prove no corpus carries another's.
 */
import { HOLDOUT_B_INDICATORS } from '../src/holdout-b/indicators';
import { HOLDOUT_C_INDICATORS } from '../src/holdout-c/indicators';
import { HOLDOUT_D_INDICATORS } from '../src/holdout-d/indicators';
import { HOLDOUT_E_INDICATORS } from '../src/holdout-e/indicators';
import { HOLDOUT_F_INDICATORS } from '../src/holdout-f/indicators';
import { HOLDOUT_G_INDICATORS } from '../src/holdout-g/indicators';
import { HOLDOUT_H_INDICATORS } from '../src/holdout-h/indicators';
import { HOLDOUT_I_INDICATORS } from '../src/holdout-i/indicators';
import { HOLDOUT_J_INDICATORS } from '../src/holdout-j/indicators';
import { HOLDOUT_K_INDICATORS } from '../src/holdout-k/indicators';
import { HOLDOUT_L_INDICATORS } from '../src/holdout-l/indicators';
import { HOLDOUT_M_INDICATORS } from '../src/holdout-m/indicators';
import { HOLDOUT_N_INDICATORS } from '../src/holdout-n/indicators';
import { HOLDOUT_O_INDICATORS } from '../src/holdout-o/indicators';
import { HOLDOUT_P_INDICATORS } from '../src/holdout-p/indicators';
import { HOLDOUT_Q_INDICATORS } from '../src/holdout-q/indicators';
import { HOLDOUT_R_INDICATORS } from '../src/holdout-r/indicators';
import { HOLDOUT_S_INDICATORS } from '../src/holdout-s/indicators';
import { HOLDOUT_T_INDICATORS } from '../src/holdout-t/indicators';
import { HOLDOUT_U_INDICATORS } from '../src/holdout-u/indicators';
import { HOLDOUT_V_INDICATORS } from '../src/holdout-v/indicators';
import { HOLDOUT_W_INDICATORS } from '../src/holdout-w/indicators';
import { HOLDOUT_X_INDICATORS } from '../src/holdout-x/indicators';
import { HOLDOUT_Y_INDICATORS } from '../src/holdout-y/indicators';
import { HOLDOUT_Z_INDICATORS } from '../src/holdout-z/indicators';
import { HOLDOUT_AA_INDICATORS } from '../src/holdout-aa/indicators';
import { HOLDOUT_AB_INDICATORS } from '../src/holdout-ab/indicators';
import { HOLDOUT_AC_INDICATORS } from '../src/holdout-ac/indicators';
import { HOLDOUT_AD_INDICATORS } from '../src/holdout-ad/indicators';
import { HOLDOUT_AE_INDICATORS } from '../src/holdout-ae/indicators';
import { HOLDOUT_AF_INDICATORS } from '../src/holdout-af/indicators';
import { HOLDOUT_AG_INDICATORS } from '../src/holdout-ag/indicators';
import { HOLDOUT_AH_INDICATORS } from '../src/holdout-ah/indicators';
import { HOLDOUT_AI_INDICATORS } from '../src/holdout-ai/indicators';
import { HOLDOUT_AJ_INDICATORS } from '../src/holdout-aj/indicators';
import { HOLDOUT_AK_INDICATORS } from '../src/holdout-ak/indicators';
import { HOLDOUT_AL_INDICATORS } from '../src/holdout-al/indicators';
import { HOLDOUT_AM_INDICATORS } from '../src/holdout-am/indicators';
import { HOLDOUT_AN_INDICATORS } from '../src/holdout-an/indicators';
import { HOLDOUT_AO_INDICATORS } from '../src/holdout-ao/indicators';
import { HOLDOUT_AP_INDICATORS } from '../src/holdout-ap/indicators';
import { HOLDOUT_AQ_INDICATORS } from '../src/holdout-aq/indicators';
import { HOLDOUT_AR_INDICATORS } from '../src/holdout-ar/indicators';
import { HOLDOUT_AS_INDICATORS } from '../src/holdout-as/indicators';
import { HOLDOUT_AT_INDICATORS } from '../src/holdout-at/indicators';
import { HOLDOUT_AU_INDICATORS } from '../src/holdout-au/indicators';
import { HOLDOUT_AV_INDICATORS } from '../src/holdout-av/indicators';
import { HOLDOUT_AW_INDICATORS } from '../src/holdout-aw/indicators';
import { HOLDOUT_AX_INDICATORS } from '../src/holdout-ax/indicators';
import { HOLDOUT_AY_INDICATORS } from '../src/holdout-ay/indicators';
import { HOLDOUT_AZ_INDICATORS } from '../src/holdout-az/indicators';
import { HOLDOUT_BA_INDICATORS } from '../src/holdout-ba/indicators';
import { HOLDOUT_BB_INDICATORS } from '../src/holdout-bb/indicators';
import { HOLDOUT_BC_INDICATORS } from '../src/holdout-bc/indicators';
import { HOLDOUT_BD_INDICATORS } from '../src/holdout-bd/indicators';
import { HOLDOUT_BE_INDICATORS } from '../src/holdout-be/indicators';
import { HOLDOUT_INDICATORS } from '../src/holdout/indicators';
import { PUBLIC_GARAK_INDICATORS } from '../src/public-garak/registry';
import type { ScenarioCorpus } from '../src/scenarios/corpus';
import { ATTACK_INDICATORS } from '../src/scenarios/indicators';

export const CORPUS_INDICATORS: Readonly<Record<ScenarioCorpus, readonly string[]>> = {
  standard: ATTACK_INDICATORS,
  holdout: HOLDOUT_INDICATORS,
  'holdout-b': HOLDOUT_B_INDICATORS,
  'holdout-c': HOLDOUT_C_INDICATORS,
  'holdout-d': HOLDOUT_D_INDICATORS,
  'holdout-e': HOLDOUT_E_INDICATORS,
  'holdout-f': HOLDOUT_F_INDICATORS,
  'holdout-g': HOLDOUT_G_INDICATORS,
  'holdout-h': HOLDOUT_H_INDICATORS,
  'holdout-i': HOLDOUT_I_INDICATORS,
  'holdout-j': HOLDOUT_J_INDICATORS,
  'holdout-k': HOLDOUT_K_INDICATORS,
  'holdout-l': HOLDOUT_L_INDICATORS,
  'holdout-m': HOLDOUT_M_INDICATORS,
  'holdout-n': HOLDOUT_N_INDICATORS,
  'holdout-o': HOLDOUT_O_INDICATORS,
  'holdout-p': HOLDOUT_P_INDICATORS,
  'holdout-q': HOLDOUT_Q_INDICATORS,
  'holdout-r': HOLDOUT_R_INDICATORS,
  'holdout-s': HOLDOUT_S_INDICATORS,
  'holdout-t': HOLDOUT_T_INDICATORS,
  'holdout-u': HOLDOUT_U_INDICATORS,
  'holdout-v': HOLDOUT_V_INDICATORS,
  'holdout-w': HOLDOUT_W_INDICATORS,
  'holdout-x': HOLDOUT_X_INDICATORS,
  'holdout-y': HOLDOUT_Y_INDICATORS,
  'holdout-z': HOLDOUT_Z_INDICATORS,
  'holdout-aa': HOLDOUT_AA_INDICATORS,
  'holdout-ab': HOLDOUT_AB_INDICATORS,
  'holdout-ac': HOLDOUT_AC_INDICATORS,
  'holdout-ad': HOLDOUT_AD_INDICATORS,
  'holdout-ae': HOLDOUT_AE_INDICATORS,
  'holdout-af': HOLDOUT_AF_INDICATORS,
  'holdout-ag': HOLDOUT_AG_INDICATORS,
  'holdout-ah': HOLDOUT_AH_INDICATORS,
  'holdout-ai': HOLDOUT_AI_INDICATORS,
  'holdout-aj': HOLDOUT_AJ_INDICATORS,
  'holdout-ak': HOLDOUT_AK_INDICATORS,
  'holdout-al': HOLDOUT_AL_INDICATORS,
  'holdout-am': HOLDOUT_AM_INDICATORS,
  'holdout-an': HOLDOUT_AN_INDICATORS,
  'holdout-ao': HOLDOUT_AO_INDICATORS,
  'holdout-ap': HOLDOUT_AP_INDICATORS,
  'holdout-aq': HOLDOUT_AQ_INDICATORS,
  'holdout-ar': HOLDOUT_AR_INDICATORS,
  'holdout-as': HOLDOUT_AS_INDICATORS,
  'holdout-at': HOLDOUT_AT_INDICATORS,
  'holdout-au': HOLDOUT_AU_INDICATORS,
  'holdout-av': HOLDOUT_AV_INDICATORS,
  'holdout-aw': HOLDOUT_AW_INDICATORS,
  'holdout-ax': HOLDOUT_AX_INDICATORS,
  'holdout-ay': HOLDOUT_AY_INDICATORS,
  'holdout-az': HOLDOUT_AZ_INDICATORS,
  'holdout-ba': HOLDOUT_BA_INDICATORS,
  'holdout-bb': HOLDOUT_BB_INDICATORS,
  'holdout-bc': HOLDOUT_BC_INDICATORS,
  'holdout-bd': HOLDOUT_BD_INDICATORS,
  'holdout-be': HOLDOUT_BE_INDICATORS,
  'public-garak': PUBLIC_GARAK_INDICATORS,
};
