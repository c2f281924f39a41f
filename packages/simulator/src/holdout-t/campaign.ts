/** holdout-t's variants start with `holdout-t-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_T_VARIANT_PREFIX = 'holdout-t-';
export const holdoutTCampaign = heldOutCampaign(HOLDOUT_T_VARIANT_PREFIX);
