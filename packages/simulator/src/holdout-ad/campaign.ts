/** holdout-ad's variants start with `holdout-ad-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AD_VARIANT_PREFIX = 'holdout-ad-';
export const holdoutAdCampaign = heldOutCampaign(HOLDOUT_AD_VARIANT_PREFIX);
