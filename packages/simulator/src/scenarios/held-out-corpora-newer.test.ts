/** The shared held-out checks (testdata/held-out-corpus-promises.ts) for the newest third of the corpora. */
import { describeHeldOutCorpora, heldOutThird } from '../../testdata/held-out-corpus-promises';

describeHeldOutCorpora(heldOutThird(2));
