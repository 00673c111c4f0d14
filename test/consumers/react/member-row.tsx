// React 19: the wrappers from amilia-activation/react, and the tags themselves typed by amilia-activation/types/jsx.
import { renderToString } from 'react-dom/server';
import type { Person } from 'amilia-activation';
import { ActivationButton, ActivationProvider } from 'amilia-activation/react';

export function MemberRow({ person, onSent }: { person: Person; onSent: (email: string) => void }) {
  return (
    <ActivationProvider baseUrl="https://api.example.org" organization="forest-explorers" language="fr">
      <ActivationButton accountId="1042" personId={String(person.Id)} person={person} onAmiliaRequestSent={(e) => onSent(e.detail.request.Email)} />
      <amilia-client-email account-id="1042" person-id={String(person.Id)} person={person} onamilia-email-saved={(e) => onSent(e.detail.person.Email ?? '')} />
      {/* @ts-expect-error: the detail of amilia-request-sent has no `job` */}
      <ActivationButton accountId="1042" personId="7" onAmiliaRequestSent={(e) => e.detail.job} />
      {/* @ts-expect-error: `person` is a Person, not a number */}
      <amilia-client-email account-id="1042" person-id="7" person={42} />
      {/* @ts-expect-error: the detail of amilia-email-saved has no `job` */}
      <amilia-client-email account-id="1042" person-id="7" onamilia-email-saved={(e) => e.detail.job} />
    </ActivationProvider>
  );
}

export const render = (person: Person): string => renderToString(<MemberRow person={person} onSent={() => {}} />);
