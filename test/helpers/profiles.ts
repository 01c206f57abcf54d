// The smallest watch profile a collector test needs: Russia and Vietnam, with their capitals.
import { parseProfile } from '../../functions/core/profile.ts';

export const russiaVietnamProfile = parseProfile({
  id: 'test',
  name: 'Russia and Vietnam (test)',
  relevance: { requireGroups: [['russia'], ['vietnam']] },
  entities: [
    { name: 'Russia', group: 'russia', kind: 'country', aliases: ['Moscow'] },
    { name: 'Vietnam', group: 'vietnam', kind: 'country', aliases: ['Hanoi'] },
  ],
});
