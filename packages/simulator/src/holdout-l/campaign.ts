/** holdout-l's variants start with `holdout-l-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_L_VARIANT_PREFIX = 'holdout-l-';
export const holdoutLCampaign = heldOutCampaign(HOLDOUT_L_VARIANT_PREFIX);
