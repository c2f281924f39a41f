/** holdout-bd's variants start with `holdout-bd-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_BD_VARIANT_PREFIX = 'holdout-bd-';
export const holdoutBdCampaign = heldOutCampaign(HOLDOUT_BD_VARIANT_PREFIX);
