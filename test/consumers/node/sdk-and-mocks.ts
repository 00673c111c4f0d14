import { ApiError, createActivationClient } from 'amilia-activation/sdk';
import { createMockServer } from 'amilia-activation/mocks/node';

const { backend, server } = createMockServer({ now: '2026-11-25T12:00:00Z' });
server.listen();
const admin = createActivationClient({ baseUrl: 'https://api.test', organization: 'forest-explorers', getToken: () => backend.adminToken });
try {
  const { Account } = await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
  const owner: string = Account.Owners[0]?.FullName ?? '';
  console.log(owner, backend.outbox.list().length);
} catch (error) {
  if (error instanceof ApiError) console.log(error.code);
} finally {
  server.close();
}
