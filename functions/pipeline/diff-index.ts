// PLACEHOLDER: the review work (issue 6) replaces this body; the signature is the contract.
// Called by the analyze step after each diff is written, so diffs/index.html stays current.
import type { Store } from '../core/ports.ts';
import type { IndexEntry } from '../core/render/report-page.ts';

export async function updateDiffIndex(store: Store, entry: IndexEntry): Promise<void> {
  void store;
  void entry;
}
