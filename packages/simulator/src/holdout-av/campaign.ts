/** holdout-av's variants start with `holdout-av-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AV_VARIANT_PREFIX = 'holdout-av-';
export const holdoutAvCampaign = heldOutCampaign(HOLDOUT_AV_VARIANT_PREFIX);
