/**
 * holdout-bd for scenario 9, with the agents' ordinary requests and ordinary tools in a new mix. The
 * customer desk moves to a small Turkish model, after which every request (a WhatsApp question, a
 * buyer's mail, an EDI order, a return) is answered by reading one outlet order three times and a
 * stock level once, and nobody is answered; the payables prompt gets a "reconcile first" build, after
 * which every request (pay a supplier, check an invoice, release the SWIFT batch) is answered by listing
 * the incoming receipts twice and the open bills once, and nothing is ever paid. Low severity,
 * reliability only.
 */
import type { Campaign, CampaignSession, ScenarioBuilder } from '../scenarios/catalogue';
import { holdoutBdCampaign } from './campaign';
import { HOLDOUT_BD_DRIFT_MODEL, HOLDOUT_BD_DRIFT_PROMPT_VERSION } from './indicators';
import { ISBANK } from './ordinary/finance';
import { fakeOutletCustomer, fakeOutletOrder, getOrderCall } from './ordinary/outlet';
import { LOGO } from './ordinary/support';
import { ACCOUNTANTS, ACME_ACCOUNTS, EXPORT_DESK, OUTLET_DESK } from './ordinary/world';

const DRIFT_SESSIONS = 7;

function series(make: (role: CampaignSession['role']) => CampaignSession): CampaignSession[] {
  return Array.from({ length: DRIFT_SESSIONS }, (_, i) => make(i === DRIFT_SESSIONS - 1 ? 'trigger' : 'setup'));
}

const DESK_REQUESTS = ['Outlet WhatsApp hattında bekleyen mesajlara bak.', 'Answer Katrin Vogel\'s mail about the SS31 delivery.', 'Nordhaven EDI\'dan sipariş geçti, Logo\'ya aç ve teyit at.', 'ACM-OUT-1428830 için iade aç.', 'Şikayetvar\'da cevap bekleyen şikayet var, cevapla.'];
const AP_REQUESTS = ['Ege Pamuk\'un faturasını onayla ve öde.', 'Does Rheintal\'s invoice 30-1187 match?', 'Salı: SWIFT paketini onayla.', 'Pay Delta Giza Cotton\'s lint invoice.', 'Pamukkale Boya\'nın bu ayki faturası tutuyor mu?'];

export const holdoutBdDrift: ScenarioBuilder = (): Campaign[] => [
  holdoutBdCampaign({
    scenario: 'drift',
    variant: 'customer_desk_moved_to_a_small_turkish_model_reads_one_outlet_order_three_times_and_never_answers_anyone',
    agentType: 'support-agent',
    liveSpacing: 0.04,
    persistentChange: { model: HOLDOUT_BD_DRIFT_MODEL },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `the model is ${HOLDOUT_BD_DRIFT_MODEL}; every request is answered with three reads of one outlet order and a stock read, never a reply`,
      build: ({ rng }) => {
        const c = fakeOutletCustomer(rng);
        const o = fakeOutletOrder(rng, c);
        return {
          userId: rng.pick([...OUTLET_DESK, ...EXPORT_DESK.slice(0, 2)]),
          model: HOLDOUT_BD_DRIFT_MODEL,
          turns: [
            {
              userMessage: rng.pick(DESK_REQUESTS),
              rounds: [
                ...[0, 1, 2].map(() => [getOrderCall(o, c)]),
                [{ tool: 'logo.get_stock', args: { item: 'OUT-TW-520-2' }, result: { item: 'OUT-TW-520-2', on_hand: rng.int(0, 900), unit: 'pcs' }, http: [{ method: 'GET', url: `${LOGO}/items/OUT-TW-520-2/stock`, statusCode: 200 }], mark: 'drift_call' }],
              ],
              finalAnswer: 'Sipariş sistemde kayıtlı görünüyor.',
            },
          ],
        };
      },
    })),
  }),
  holdoutBdCampaign({
    scenario: 'drift',
    variant: 'payables_mutabakat_first_prompt_build_lists_currency_receipts_twice_and_never_pays_a_supplier_or_an_atelier',
    agentType: 'finance-agent',
    liveSpacing: 0.04,
    persistentChange: { promptVersion: HOLDOUT_BD_DRIFT_PROMPT_VERSION },
    sessions: series((role) => ({
      role,
      placement: 'live',
      mark: 'drift_call',
      description: `prompt ${HOLDOUT_BD_DRIFT_PROMPT_VERSION}: every request is answered by listing incoming receipts twice and the open bills once, never a payment, approval or release`,
      build: ({ rng }) => ({
        userId: rng.pick(ACCOUNTANTS.filter((u) => u.startsWith('muhasebe') || u.startsWith('finans'))),
        promptVersion: HOLDOUT_BD_DRIFT_PROMPT_VERSION,
        turns: [
          {
            userMessage: rng.pick(AP_REQUESTS),
            rounds: [
              ...[0, 1].map(() => [{ tool: 'isbank.list_incoming', args: { accounts: [ACME_ACCOUNTS.eur, ACME_ACCOUNTS.gbp] }, result: { transactions: [] }, http: [{ method: 'GET', url: `${ISBANK}/accounts/transactions?direction=in`, statusCode: 200 }] }]),
              [{ tool: 'logo.list_bills', args: { state: 'kayıtlı' }, result: { records: [], total: 0 }, http: [{ method: 'GET', url: `${LOGO}/purchaseInvoices?state=registered`, statusCode: 200 }], mark: 'drift_call' }],
            ],
            finalAnswer: 'Tahsilatlar mutabık olmadan ödeme yapılamaz.',
          },
        ],
      }),
    })),
  }),
];
