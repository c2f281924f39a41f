/** holdout-ag's variants start with `holdout-ag-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AG_VARIANT_PREFIX = 'holdout-ag-';
export const holdoutAgCampaign = heldOutCampaign(HOLDOUT_AG_VARIANT_PREFIX);
