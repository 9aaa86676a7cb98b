import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { demandsApi } from '../../api/financing-api.ts';
import type { ClaimView, DemandView } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ClaimsTable } from './claims-table.tsx';
import { RatingDialog } from './rating-dialog.tsx';
import { ReferralDialog } from './referral-dialog.tsx';

const withdrawable = new Set([110, 210, 410, 420]);
const referable = new Set([410, 420]);

/** What the enterprise can do with its demand: withdraw it, accept a referral, rate the institutions that answered. */
export function EnterpriseDemandPanel({ demand, onChanged }: { demand: DemandView; onChanged(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [isReferring, setIsReferring] = useState(false);
  const [rating, setRating] = useState<ClaimView | undefined>(undefined);
  const withdraw = async () => {
    try {
      await demandsApi.withdraw(demand.id);
      void message.success(t('demand.withdrawn'));
      onChanged();
    } catch (failure) {
      void message.error(pick(asApiError(failure).messages));
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        {referable.has(demand.status) ? (
          <Button type="primary" onClick={() => setIsReferring(true)} data-testid="accept-referral">
            {t('demand.referral')}
          </Button>
        ) : null}
        {withdrawable.has(demand.status) ? (
          <Popconfirm title={t('demand.withdrawConfirm')} okText={t('demand.withdraw')} cancelText={t('common.cancel')} onConfirm={() => withdraw()}>
            <Button danger data-testid="withdraw-demand">
              {t('demand.withdraw')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      <ClaimsTable
        claims={demand.claims}
        hasRatings
        action={(claim) =>
          (claim.status === 'approved' || claim.status === 'declined') && claim.rating === null ? (
            <Button size="small" onClick={() => setRating(claim)} data-testid="rate-institution">
              {t('demand.rate')}
            </Button>
          ) : null
        }
      />
      <ReferralDialog
        demandId={demand.id}
        excludedCodes={[...demand.recipients.map((recipient) => recipient.code), ...demand.claims.map((claim) => claim.institution.code)]}
        isOpen={isReferring}
        onClose={() => setIsReferring(false)}
        onReferred={() => {
          setIsReferring(false);
          void message.success(t('demand.referralDone'));
          onChanged();
        }}
      />
      <RatingDialog
        demandId={demand.id}
        claim={rating}
        onClose={() => setRating(undefined)}
        onRated={(claim) => {
          setRating(undefined);
          void message.success(t('demand.rated', { name: claim.institution.name }));
          onChanged();
        }}
      />
    </>
  );
}
