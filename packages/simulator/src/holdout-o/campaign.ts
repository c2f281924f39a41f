/** holdout-o's variants start with `holdout-o-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_O_VARIANT_PREFIX = 'holdout-o-';
export const holdoutOCampaign = heldOutCampaign(HOLDOUT_O_VARIANT_PREFIX);
