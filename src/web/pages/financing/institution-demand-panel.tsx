import { App, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { equityApi } from '../../api/financing-api.ts';
import type { DemandView } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCurrentUser } from '../../session/session-context.tsx';
import { ClaimButton } from './claim-button.tsx';
import { ClaimsTable } from './claims-table.tsx';
import { ContactDialog } from './contact-dialog.tsx';
import { DecideDialog } from './decide-dialog.tsx';

const claimable = new Set([110, 210]);

/** What the institution can do with a demand: claim it, record the first contact, decide; for an equity demand, say it is interested. */
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
        {demand.kind === 'equity' && demand.interests[0] ? <Tag color="green" data-testid="interest-expressed">{t('equity.interestExpressed', { at: formatDateTime(demand.interests[0].expressedAt).slice(0, 16) })}</Tag> : null}
        {demand.kind === 'equity' && !demand.interests[0] ? <InterestButton demandId={demand.id} onSent={onChanged} onRefused={setRefusal} /> : null}
      </Space>
      <ClaimsTable claims={demand.claims} />
      <ContactDialog demandId={demand.id} isOpen={dialog === 'contact'} onClose={() => setDialog(undefined)} onRecorded={() => done(t('inbox.contacted'))} />
      <DecideDialog demand={demand} isOpen={dialog === 'decide'} onClose={() => setDialog(undefined)} onDecided={() => done(t('inbox.decided'))} />
    </>
  );
}

/** 投资意向: an investor that may see an equity demand tells the enterprise it is interested. */
function InterestButton({ demandId, onSent, onRefused }: { demandId: string; onSent(): void; onRefused(error: ApiError): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [isSending, setIsSending] = useState(false);
  const send = async () => {
    setIsSending(true);
    try {
      await equityApi.expressInterest(demandId);
      void message.success(t('equity.interestSent'));
      onSent();
    } catch (failure) {
      onRefused(asApiError(failure));
    } finally {
      setIsSending(false);
    }
  };
  return (
    <Button loading={isSending} onClick={() => void send()} data-testid="express-interest">
      {t('equity.interest')}
    </Button>
  );
}
