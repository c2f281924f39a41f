/** holdout-r's variants start with `holdout-r-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_R_VARIANT_PREFIX = 'holdout-r-';
export const holdoutRCampaign = heldOutCampaign(HOLDOUT_R_VARIANT_PREFIX);
