/** holdout-al's variants start with `holdout-al-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AL_VARIANT_PREFIX = 'holdout-al-';
export const holdoutAlCampaign = heldOutCampaign(HOLDOUT_AL_VARIANT_PREFIX);
