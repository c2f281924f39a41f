/** holdout-ak's variants start with `holdout-ak-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AK_VARIANT_PREFIX = 'holdout-ak-';
export const holdoutAkCampaign = heldOutCampaign(HOLDOUT_AK_VARIANT_PREFIX);
