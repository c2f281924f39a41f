/** holdout-an's variants start with `holdout-an-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AN_VARIANT_PREFIX = 'holdout-an-';
export const holdoutAnCampaign = heldOutCampaign(HOLDOUT_AN_VARIANT_PREFIX);
