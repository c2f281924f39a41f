/** holdout-ay's variants start with `holdout-ay-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AY_VARIANT_PREFIX = 'holdout-ay-';
export const holdoutAyCampaign = heldOutCampaign(HOLDOUT_AY_VARIANT_PREFIX);
