/** holdout-ae's variants start with `holdout-ae-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AE_VARIANT_PREFIX = 'holdout-ae-';
export const holdoutAeCampaign = heldOutCampaign(HOLDOUT_AE_VARIANT_PREFIX);
