import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { cultivationApi } from '../../api/cultivation-api.ts';
import type { ProposalView } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { tierLabel, type TierNames } from './tier-names.ts';

/** The Select's value for "移出培育库" (a decided tier of null); no tier code can look like it. */
const leaveValue = ':leave';

interface Props {
  proposal: ProposalView | undefined;
  tierNames: TierNames;
  onClose(): void;
  onDecided(decided: ProposalView): void;
}

/**
 * 改判: decide another tier (or none) than proposed, with a written reason. How long a reason must be
 * is the server's rule; its refusal lands under the field, in the reader's language.
 */
export function OverrideDialog({ proposal, tierNames, onClose, onDecided }: Props) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<{ tierCode: string; reason?: string }>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const isReasonError = error?.code === 'OVERRIDE_REASON_REQUIRED';

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };
  const submit = async () => {
    if (!proposal) return;
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      const decided = await cultivationApi.decide(proposal.id, { decision: 'override', tierCode: values.tierCode === leaveValue ? null : values.tierCode, reason: values.reason ?? '' });
      form.resetFields();
      onDecided(decided);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  const options = [...[...tierNames].map(([code, name]) => ({ value: code, label: pick(name) })), { value: leaveValue, label: t('cultivation.leave') }];
  return (
    <Modal
      open={proposal !== undefined}
      title={proposal ? t('proposal.overrideTitle', { name: proposal.enterprise.name }) : ''}
      okText={t('proposal.override')}
      cancelText={t('common.cancel')}
      confirmLoading={isSaving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      forceRender
    >
      {error && !isReasonError ? <ErrorAlert error={error} /> : null}
      {proposal ? (
        <Typography.Paragraph type="secondary">
          {t('proposal.proposed', { tier: tierLabel(proposal.toTier, tierNames, 'to', pick, t) })}
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        name="override-proposal"
        layout="vertical"
        requiredMark
        onValuesChange={() => {
          if (isReasonError) setError(undefined);
        }}
      >
        <Form.Item name="tierCode" label={t('proposal.decidedTier')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={options} data-testid="override-tier" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('proposal.reason')}
          required
          extra={isReasonError ? undefined : t('proposal.reasonHint')}
          validateStatus={isReasonError ? 'error' : undefined}
          help={isReasonError && error ? <span data-testid="override-reason-error">{pick(error.messages)}</span> : undefined}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="override-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
