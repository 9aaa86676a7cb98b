import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import type { DemandView } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCurrentUser } from '../../session/session-context.tsx';
import { ClaimButton } from './claim-button.tsx';
import { ClaimsTable } from './claims-table.tsx';
import { ContactDialog } from './contact-dialog.tsx';
import { DecideDialog } from './decide-dialog.tsx';

const claimable = new Set([110, 210]);

/** What the institution can do with a demand: claim it, record the first contact, decide. */
export function InstitutionDemandPanel({ demand, onChanged }: { demand: DemandView; onChanged(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useCurrentUser();
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const [dialog, setDialog] = useState<'contact' | 'decide' | undefined>(undefined);
  const mine = demand.claims.find((claim) => claim.institution.id === user.organisationId && (claim.status === 'claimed' || claim.status === 'contacted'));
  const hasClaimed = demand.claims.some((claim) => claim.institution.id === user.organisationId);
  const done = (text: string) => {
    setDialog(undefined);
    void message.success(text);
    onChanged();
  };
  return (
    <>
      <ErrorAlert error={refusal} />
      <Space style={{ marginBottom: 16 }}>
        {!hasClaimed && claimable.has(demand.status) ? (
          <ClaimButton
            demandId={demand.id}
            onClaimed={() => {
              setRefusal(undefined);
              onChanged();
            }}
            onRefused={setRefusal}
          />
        ) : null}
        {mine?.status === 'claimed' ? (
          <Button onClick={() => setDialog('contact')} data-testid="record-contact">
            {t('inbox.contact')}
          </Button>
        ) : null}
        {mine ? (
          <Button type="primary" onClick={() => setDialog('decide')} data-testid="decide-claim">
            {t('inbox.decide')}
          </Button>
        ) : null}
      </Space>
      <ClaimsTable claims={demand.claims} />
      <ContactDialog demandId={demand.id} isOpen={dialog === 'contact'} onClose={() => setDialog(undefined)} onRecorded={() => done(t('inbox.contacted'))} />
      <DecideDialog demand={demand} isOpen={dialog === 'decide'} onClose={() => setDialog(undefined)} onDecided={() => done(t('inbox.decided'))} />
    </>
  );
}
