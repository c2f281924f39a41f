/** holdout-aq's variants start with `holdout-aq-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AQ_VARIANT_PREFIX = 'holdout-aq-';
export const holdoutAqCampaign = heldOutCampaign(HOLDOUT_AQ_VARIANT_PREFIX);
