/**
 * `seed: "demo"`: a few hundred varied accounts, deterministic (a seeded generator), so QA always
 * finds every status: active, never invited, recently invited, expired, share requested, no email,
 * archived, users with an Amilia login elsewhere, and self-signups who see the share banner.
 */
import type { Language } from '../src/policy/index.js';
import type { Clock } from './clock.js';
import type { PersonRecord, UserRecord } from './state.js';
import type { Store } from './store.js';

/** Sign in as these on the demo's client side. */
export const DEMO_USERS = {
  /** Signed up on their own; a client of the organization has their email: they see the share banner. */
  selfSignup: { email: 'sam.tremblay@example.com', password: 'maple-syrup-morning' },
  /** Has an Amilia login with another organization: a mass run sends them a share request. */
  elsewhere: { email: 'olivia.chen@example.com', password: 'paddle-the-lake-2026' },
} as const;

const FIRST = ['Émilie', 'François', 'Olivia', 'Liam', 'Noah', 'Chloé', 'Zoë', 'Mathis', 'Léa', 'Jacob', 'Amira', 'Yusuf', 'Ana', 'Björn', 'Siobhan', 'Nguyễn', 'Aarav', 'Maëlle', 'Gabriel', 'Hélène', 'Kai', 'Sofía', 'Ève', 'Raphaël'];
const LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Chen', 'Haddad', 'Singh', "O'Brien", 'Nguyen', 'Lévesque', 'Pelletier', 'Bélanger', 'Smith', 'García', 'Ouellet'];

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (text: string) => text.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();
const DAY = 86_400_000;

export function seedDemo(store: Store, accounts = 320) {
  const rand = random(20261125);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const today = store.now().getTime();
  const at = (daysAgo: number) => new Date(today - daysAgo * DAY - Math.floor(rand() * 8) * 3_600_000);
  const user = (email: string, password: string, person: { FirstName: string; LastName: string }, activatedOn: Date): UserRecord =>
    store.addUser({ Email: email, Password: password, FirstName: person.FirstName, LastName: person.LastName, ActivatedOn: activatedOn.toISOString() });
  // Backdated: the store takes the time a request was sent, so the clock never moves.
  const sendAt = (person: PersonRecord, when: Date, channel: 'Automatic' | 'Manual' | 'Mass') => store.sendRequest(person, channel, when);

  for (let i = 0; i < accounts; i++) {
    const createdDaysAgo = Math.floor(((accounts - i) / accounts) * 540) + 1;
    const created = at(createdDaysAgo);
    const account = store.addAccount(created, rand() < 0.04);
    const first = pick(FIRST);
    const last = pick(LAST);
    const language: Language = rand() < 0.45 ? 'fr' : 'en';
    const story = i === 0 ? 'self' : i === 1 ? 'elsewhere' : pick(['active', 'active', 'active', 'never', 'never', 'recent', 'expired', 'pending', 'noemail', 'noemail', 'elsewhere', 'share', 'self']);
    const email =
      i === 0 ? DEMO_USERS.selfSignup.email : i === 1 ? DEMO_USERS.elsewhere.email : `${ascii(first)}.${ascii(last)}${i}@example.com`;
    const owner = store.addPerson(
      account.Id,
      { FirstName: i === 0 ? 'Sam' : i === 1 ? 'Olivia' : first, LastName: i === 0 ? 'Tremblay' : i === 1 ? 'Chen' : last, Email: story === 'noemail' ? null : email, PreferredLanguage: language },
      true,
    );
    const sinceCreation = (fraction: number) => new Date(created.getTime() + fraction * (today - created.getTime()));
    switch (story) {
      case 'active': {
        const invitation = sendAt(owner, sinceCreation(0), 'Automatic');
        store.accept(invitation, owner, user(email, 'demo-password-123', owner, sinceCreation(0.1)));
        break;
      }
      case 'recent':
        sendAt(owner, at(1 + Math.floor(rand() * 8)), pick(['Manual', 'Mass'] as const));
        break;
      case 'expired':
        sendAt(owner, createdDaysAgo > 70 ? at(61 + Math.floor(rand() * (createdDaysAgo - 61))) : sinceCreation(0), 'Automatic');
        break;
      case 'pending':
        sendAt(owner, at(Math.min(createdDaysAgo, 11 + Math.floor(rand() * 45))), 'Mass');
        break;
      case 'elsewhere':
        user(email, i === 1 ? DEMO_USERS.elsewhere.password : 'elsewhere-pass-456', owner, at(600));
        break;
      case 'share':
        user(email, 'elsewhere-pass-456', owner, at(700));
        sendAt(owner, at(Math.min(createdDaysAgo, 12 + Math.floor(rand() * 30))), 'Mass');
        break;
      case 'self':
        // One self-signup in ten signed up over two years ago: their offer has lapsed.
        user(email, i === 0 ? DEMO_USERS.selfSignup.password : 'self-signup-789', owner, at(i !== 0 && rand() < 0.1 ? 800 : 30 + Math.floor(rand() * 300)));
        break;
    }
    const members = rand() < 0.45 ? 1 + Math.floor(rand() * 3) : 0;
    for (let m = 0; m < members; m++) {
      const child = rand() < 0.7;
      const memberFirst = pick(FIRST);
      const born = new Date(today - (child ? 3 + rand() * 12 : 19 + rand() * 40) * 365.25 * DAY).toISOString().slice(0, 10);
      store.addPerson(
        account.Id,
        {
          FirstName: memberFirst,
          LastName: last,
          DateOfBirth: born,
          Email: !child && rand() < 0.6 ? `${ascii(memberFirst)}.${ascii(last)}${i}m${m}@example.com` : null,
          PreferredLanguage: language,
        },
        false,
      );
    }
  }
}
