/** holdout-au's variants start with `holdout-au-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AU_VARIANT_PREFIX = 'holdout-au-';
export const holdoutAuCampaign = heldOutCampaign(HOLDOUT_AU_VARIANT_PREFIX);
