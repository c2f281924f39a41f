/** holdout-v's variants start with `holdout-v-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_V_VARIANT_PREFIX = 'holdout-v-';
export const holdoutVCampaign = heldOutCampaign(HOLDOUT_V_VARIANT_PREFIX);
