import { Typography } from 'antd';
import type { ClaimView } from '../../api/types.ts';
import { formatFen } from '../../format/format-money.ts';
import { formatRateBp } from '../../format/format-rate.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { declineReasonName } from '../../i18n/financing-names.ts';

/** An approval's terms, or a decline's reason (by name) and the institution's words. */
export function ClaimOutcome({ claim }: { claim: ClaimView }) {
  const { t, language } = useI18n();
  const approval = claim.approval as { amountFen?: number; rateBp?: number; termMonths?: number } | null;
  if (claim.status === 'approved' && approval) {
    return (
      <Typography.Text type="success" data-testid="claim-approval">
        {t('claim.approvalTerms', { amount: formatFen(approval.amountFen ?? 0, language), rate: formatRateBp(approval.rateBp), term: t('demand.months', { n: approval.termMonths ?? 0 }) })}
      </Typography.Text>
    );
  }
  if (claim.status === 'declined' && claim.declineReason) {
    return (
      <span data-testid="claim-decline">
        <Typography.Text type="danger">{declineReasonName(claim.declineReason, language)}</Typography.Text>
        {claim.declineText ? (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {claim.declineText}
          </Typography.Text>
        ) : null}
      </span>
    );
  }
  return <Typography.Text type="secondary">—</Typography.Text>;
}
