/** The shared held-out checks (testdata/held-out-corpus-promises.ts) for the older half of the corpora. */
import { describeHeldOutCorpora, HELD_OUT_CORPORA } from '../../testdata/held-out-corpus-promises';

describeHeldOutCorpora(HELD_OUT_CORPORA.slice(0, Math.ceil(HELD_OUT_CORPORA.length / 2)));
